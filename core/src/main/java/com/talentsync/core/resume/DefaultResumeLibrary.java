package com.talentsync.core.resume;

import com.talentsync.core.store.InsertResult;
import com.talentsync.core.store.NewResume;
import com.talentsync.core.store.ResumeRepository;
import com.talentsync.core.store.StoredResume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports resumes into the repository. Bad input comes back as {@link ImportOutcome.Rejected};
 * a failing database throws {@link com.talentsync.core.store.StorageException}. Thread-safe.
 */
public final class DefaultResumeLibrary implements ResumeLibrary {

    /** File name and type recorded for pasted text, which has neither. */
    public static final String PASTED_FILE_NAME = "pasted.txt";
    public static final String PASTED_MEDIA_TYPE = "text/plain";
    static final int MAX_DERIVED_NAME = 80;

    private final DocumentReader reader;
    private final ResumeRepository repository;
    private final ReaderLimits limits;

    public DefaultResumeLibrary(DocumentReader reader, ResumeRepository repository) {
        this(reader, repository, reader instanceof TikaDocumentReader tika ? tika.limits() : ReaderLimits.defaults());
    }

    /** @param limits applied to pasted text, as the reader applies them to files */
    public DefaultResumeLibrary(DocumentReader reader, ResumeRepository repository, ReaderLimits limits) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ImportOutcome importFile(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            reader.checkBeforeReading(file);
            // Hash first: re-importing a folder of known files should not parse each one again.
            byte[] bytes = readBytes(file, source);
            String sha256 = ContentHash.sha256(bytes);
            Optional<StoredResume> existing = repository.findBySha256(sha256);
            if (existing.isPresent()) {
                return new ImportOutcome.Duplicate(summary(existing.get()));
            }
            ExtractedDocument document = reader.read(file);
            if (!document.sha256().equals(sha256)) {
                // The text would not belong to the bytes we store; better to ask again.
                throw new InputException(InputError.Kind.UNREADABLE, Messages.changedWhileImporting(source));
            }
            NewResume resume = new NewResume(displayNameFor(document.fileName()), clip(document.fileName(),
                    NewResume.MAX_FILE_NAME), document.mediaType(), sha256, bytes.length, document.wordCount(),
                    document.text());
            return store(resume, bytes);
        } catch (InputException e) {
            return new ImportOutcome.Rejected(source, e.error());
        }
    }

    @Override
    public ImportOutcome importText(String displayName, String text) {
        String name = displayName == null ? "" : displayName.strip();
        String source = name.isEmpty() ? "pasted text" : name;
        if (text == null || text.isBlank()) {
            return rejected(source, InputError.Kind.EMPTY, "the pasted text is empty; paste the resume text first");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxFileBytes()) {
            return rejected(source, InputError.Kind.TOO_LARGE, "the pasted text is too large: "
                    + ReaderLimits.megabytes(bytes.length) + " (limit " + limits.maxFileSizeLabel() + ")");
        }
        String sha256 = ContentHash.sha256(bytes);
        Optional<StoredResume> existing = repository.findBySha256(sha256);
        if (existing.isPresent()) {
            return new ImportOutcome.Duplicate(summary(existing.get()));
        }
        String normalized = TextNormalizer.normalize(text, limits.maxTextChars());
        if (normalized.isBlank()) {
            return rejected(source, InputError.Kind.NO_TEXT, "the pasted text contains no readable characters");
        }
        String stored = name.isEmpty() ? firstLine(normalized) : clip(name, NewResume.MAX_DISPLAY_NAME);
        return store(new NewResume(stored, PASTED_FILE_NAME, PASTED_MEDIA_TYPE, sha256, bytes.length,
                TextNormalizer.countWords(normalized), normalized), bytes);
    }

    @Override
    public List<ResumeSummary> list(String query) {
        return repository.list(query).stream().map(DefaultResumeLibrary::summary).toList();
    }

    @Override
    public Optional<ResumeSummary> find(long id) {
        return repository.findById(id).map(DefaultResumeLibrary::summary);
    }

    @Override
    public Optional<String> extractedText(long id) {
        return repository.extractedText(id);
    }

    @Override
    public boolean delete(long id) {
        return repository.delete(id);
    }

    private ImportOutcome store(NewResume resume, byte[] bytes) {
        return switch (repository.insert(resume, bytes)) {
            case InsertResult.Inserted inserted -> new ImportOutcome.Imported(summary(inserted.resume()));
            case InsertResult.AlreadyStored stored -> new ImportOutcome.Duplicate(summary(stored.existing()));
        };
    }

    private static byte[] readBytes(Path file, String source) throws InputException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(InputError.Kind.NOT_FOUND, Messages.notFound(file), e);
        } catch (AccessDeniedException e) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(source, "permission denied"), e);
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(source, String.valueOf(
                    e.getMessage())), e);
        }
    }

    /** "Jane_Doe_CV.pdf" is listed as "Jane_Doe_CV": the name the user gave the file. */
    private static String displayNameFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return clip(stem.isBlank() ? fileName : stem.strip(), NewResume.MAX_DISPLAY_NAME);
    }

    /** The first non-blank line, which in a resume is nearly always the person's name. */
    private static String firstLine(String normalized) {
        String line = normalized.lines().filter(l -> !l.isBlank()).findFirst().orElse("pasted text").strip();
        return clip(line, MAX_DERIVED_NAME);
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).stripTrailing();
    }

    private static ImportOutcome rejected(String source, InputError.Kind kind, String message) {
        return new ImportOutcome.Rejected(source, new InputError(kind, message));
    }

    private static ResumeSummary summary(StoredResume stored) {
        return new ResumeSummary(stored.id(), stored.displayName(), stored.fileName(), stored.mediaType(),
                stored.sha256(), stored.sizeBytes(), stored.wordCount(), stored.createdAt());
    }
}
