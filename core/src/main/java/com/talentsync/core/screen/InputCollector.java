package com.talentsync.core.screen;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.SupportedFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the user chose (folders, files, ZIP archives) into the list of files to read.
 * Folders are walked recursively following links but never in a loop; hidden and OS files
 * are skipped; ZIPs are unpacked by {@link ZipUnpacker} into one private temporary folder.
 * Files the reader will not accept are still listed, so the reader's own message says why.
 */
final class InputCollector {

    private static final Logger log = LoggerFactory.getLogger(InputCollector.class);
    /** Deeper than any real folder of resumes; stops a pathological tree early. */
    private static final int MAX_DEPTH = 32;
    static final String UNPACK_PREFIX = "talentsync-screen-";

    private final ZipUnpacker unpacker;
    private final Optional<Path> tempParent;

    /** @param tempParent where the private unpack folder goes; empty for the system's temporary folder */
    InputCollector(ArchiveLimits limits, Optional<Path> tempParent) {
        this.unpacker = new ZipUnpacker(limits);
        this.tempParent = tempParent;
    }

    /** What each input is, decided before anything is read. */
    private enum Kind { FOLDER, ZIP, FILE }

    private record Found(String display, Path path, boolean zip) {}

    /**
     * @throws InputException when nothing was given, an input is missing, or a top-level file is
     *     neither a ZIP nor a resume format
     */
    CollectedInputs collect(List<Path> inputs) throws InputException {
        if (inputs.isEmpty()) {
            throw new InputException(InputError.Kind.NOT_FOUND, "nothing to screen: " + accepted());
        }
        List<Kind> kinds = new ArrayList<>();
        for (Path input : inputs) {
            kinds.add(kindOf(input));
        }
        List<Found> found = new ArrayList<>();
        List<FailedFile> failed = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            switch (kinds.get(i)) {
                case FOLDER -> walk(input, found, failed, seen);
                case ZIP -> addOnce(new Found(fileName(input), input, true), found, seen);
                case FILE -> addOnce(new Found(fileName(input), input, false), found, seen);
            }
        }
        found.sort(Comparator.comparing(Found::display));
        return expand(found, failed);
    }

    private CollectedInputs expand(List<Found> found, List<FailedFile> failed) {
        List<InputFile> files = new ArrayList<>();
        Optional<Path> unpackFolder = Optional.empty();
        try {
            int archives = 0;
            for (Found item : found) {
                if (!item.zip()) {
                    files.add(new InputFile(item.display(), item.path()));
                    continue;
                }
                if (unpackFolder.isEmpty()) {
                    unpackFolder = Optional.of(tempParent.isPresent()
                            ? Files.createTempDirectory(tempParent.get(), UNPACK_PREFIX)
                            : Files.createTempDirectory(UNPACK_PREFIX));
                }
                Path target = Files.createDirectory(unpackFolder.get().resolve("a" + ++archives));
                ZipUnpacker.Unpacked unpacked = unpacker.unpack(item.path(), item.display(), target);
                files.addAll(unpacked.files());
                failed.addAll(unpacked.failed());
            }
        } catch (IOException e) {
            unpackFolder.ifPresent(ZipUnpacker::deleteQuietly);
            throw new UncheckedIOException("cannot unpack archives into the temporary folder", e);
        }
        files.sort(Comparator.comparing(InputFile::display));
        failed.sort(Comparator.comparing(FailedFile::file));
        return new CollectedInputs(files, failed, unpackFolder);
    }

    private static Kind kindOf(Path input) throws InputException {
        if (Files.isDirectory(input)) {
            return Kind.FOLDER;
        }
        if (!Files.exists(input)) {
            throw new InputException(InputError.Kind.NOT_FOUND, "not found: " + input + " (" + accepted() + ")");
        }
        String name = fileName(input);
        if (InputNames.isZip(name)) {
            return Kind.ZIP;
        }
        if (InputNames.isArchive(name)) {
            throw new InputException(InputError.Kind.UNSUPPORTED,
                    name + ": only ZIP archives are opened (" + accepted() + ")");
        }
        if (SupportedFormat.forFileName(name).isEmpty()) {
            throw new InputException(InputError.Kind.UNSUPPORTED, "unsupported input: " + name + " (" + accepted() + ")");
        }
        return Kind.FILE;
    }

    private static void walk(Path root, List<Found> found, List<FailedFile> failed, Set<Path> seen) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean junk = !dir.equals(root) && InputNames.isJunkFolder(fileName(dir));
                    return junk ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = fileName(file);
                    if (attributes.isDirectory() || InputNames.isJunk(name)) {
                        return FileVisitResult.CONTINUE; // a directory here is one past MAX_DEPTH
                    }
                    String display = relative(root, file);
                    if (InputNames.isZip(name)) {
                        addOnce(new Found(display, file, true), found, seen);
                    } else if (InputNames.isArchive(name)) {
                        failed.add(new FailedFile(display, name + ": only ZIP archives are opened;"
                                + " unpack it, or put its resumes in a folder or a .zip"));
                    } else {
                        addOnce(new Found(display, file, false), found, seen);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        log.debug("skipping {}: a link back into a folder already walked", file);
                    } else {
                        log.debug("cannot read {}", file, e);
                        String reason = e instanceof AccessDeniedException ? "permission denied" : "it could not be opened";
                        failed.add(new FailedFile(relative(root, file), "cannot read " + fileName(file) + ": " + reason));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failed.add(new FailedFile(fileName(root), "cannot read the folder " + fileName(root)));
            log.debug("cannot walk {}", root, e);
        }
    }

    /** The same file reached twice (given twice, or through a link) is screened once. */
    private static void addOnce(Found item, List<Found> found, Set<Path> seen) {
        Path key;
        try {
            key = item.path().toRealPath();
        } catch (IOException e) {
            key = item.path().toAbsolutePath().normalize();
        }
        if (seen.add(key)) {
            found.add(item);
        }
    }

    private static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? fileName(file) : relative;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String accepted() {
        return "give a folder, a .zip archive or resume files: " + SupportedFormat.supportedList();
    }
}
