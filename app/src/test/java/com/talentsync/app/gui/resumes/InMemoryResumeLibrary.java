package com.talentsync.app.gui.resumes;

import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.ResumeSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A library in memory for view tests: plain text files only, duplicates by content. */
public final class InMemoryResumeLibrary implements ResumeLibrary {

    private final Map<Long, ResumeSummary> summaries = new LinkedHashMap<>();
    private final Map<Long, String> texts = new LinkedHashMap<>();
    private long nextId = 1;
    private long clock;

    @Override
    public synchronized ImportOutcome importFile(Path file) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            return new ImportOutcome.Rejected(name, new InputError(InputError.Kind.NOT_FOUND, "file not found: " + name));
        }
        if (!name.endsWith(".txt")) {
            return new ImportOutcome.Rejected(name, new InputError(InputError.Kind.UNSUPPORTED,
                    "unsupported file type: " + name + " (supported here: txt)"));
        }
        try {
            return store(name.replace(".txt", ""), name, Files.readString(file));
        } catch (IOException e) {
            return new ImportOutcome.Rejected(name, new InputError(InputError.Kind.UNREADABLE, "cannot read " + name));
        }
    }

    @Override
    public synchronized ImportOutcome importText(String displayName, String text) {
        if (text.isBlank()) {
            return new ImportOutcome.Rejected("pasted text", new InputError(InputError.Kind.EMPTY, "pasted text is empty"));
        }
        String name = displayName.isBlank() ? text.strip().lines().findFirst().orElse("Pasted") : displayName;
        return store(name, "pasted.txt", text);
    }

    private ImportOutcome store(String name, String file, String text) {
        String hash = Integer.toHexString(text.hashCode());
        Optional<ResumeSummary> same = summaries.values().stream().filter(s -> s.sha256().equals(hash)).findFirst();
        if (same.isPresent()) {
            return new ImportOutcome.Duplicate(same.get());
        }
        long id = nextId++;
        ResumeSummary summary = new ResumeSummary(id, name, file, "text/plain", hash, text.length(),
                text.split("\\s+").length, Instant.ofEpochSecond(1_700_000_000L + clock++));
        summaries.put(id, summary);
        texts.put(id, text);
        return new ImportOutcome.Imported(summary);
    }

    @Override
    public synchronized List<ResumeSummary> list(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<ResumeSummary> found = new ArrayList<>();
        for (ResumeSummary summary : summaries.values()) {
            String haystack = (summary.displayName() + " " + summary.fileName() + " " + texts.get(summary.id())).toLowerCase(Locale.ROOT);
            if (needle.isEmpty() || haystack.contains(needle)) {
                found.add(summary);
            }
        }
        found.sort(Comparator.comparing(ResumeSummary::createdAt).reversed());
        return found;
    }

    @Override
    public synchronized Optional<ResumeSummary> find(long id) {
        return Optional.ofNullable(summaries.get(id));
    }

    @Override
    public synchronized Optional<String> extractedText(long id) {
        return Optional.ofNullable(texts.get(id));
    }

    @Override
    public synchronized boolean delete(long id) {
        texts.remove(id);
        return summaries.remove(id) != null;
    }
}
