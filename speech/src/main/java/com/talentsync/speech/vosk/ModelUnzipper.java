package com.talentsync.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a model zip safely and marks a finished unpack, so a half-written folder (the app was
 * killed mid-unpack, the disk filled up) is never taken for a model.
 *
 * <p>Safety: entries that would land outside the target (zip-slip: "../", absolute paths) are
 * refused; the bytes actually written are counted against a size limit, so a zip bomb's lying
 * headers do not help it; the number of entries is capped.
 */
final class ModelUnzipper {

    /** Written last into a finished unpack: the total byte count and file count of what it holds. */
    static final String MARKER = ".talentsync-unpacked";

    /** The largest Vosk models (e.g. vosk-model-en-us-0.22) unpack to under 3 GB. */
    static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 20_000;

    /** Thrown for a zip entry that must not be unpacked; carries a one-line reason. */
    static final class UnsafeZipException extends IOException {
        UnsafeZipException(String message) {
            super(message);
        }
    }

    private final long maxBytes;
    private final int maxEntries;

    ModelUnzipper(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    ModelUnzipper() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);
    }

    /**
     * Unpacks the entries under {@code prefix} (e.g. "assets/model-en-us/", or "" for all) into
     * {@code target}, which must exist and be empty, with the prefix cut off.
     *
     * @param skipNames entry file names to leave out (e.g. Android's "uuid")
     * @return whether any entry was unpacked
     */
    boolean unpack(InputStream zipBytes, String prefix, Path target, java.util.Set<String> skipNames)
            throws IOException {
        Path root = target.toAbsolutePath().normalize();
        long written = 0;
        int entries = 0;
        boolean any = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new UnsafeZipException("it has more than " + maxEntries + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                    continue;
                }
                Path out = safeResolve(root, name.substring(prefix.length()), name);
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                if (skipNames.contains(out.getFileName().toString())) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (OutputStream file = Files.newOutputStream(out)) {
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        written += n;
                        if (written > maxBytes) {
                            throw new UnsafeZipException("it unpacks to more than " + (maxBytes >> 20) + " MB");
                        }
                        file.write(buffer, 0, n);
                    }
                }
                any = true;
            }
        }
        return any;
    }

    private static Path safeResolve(Path root, String relative, String entryName) throws UnsafeZipException {
        if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")) {
            throw new UnsafeZipException("entry " + entryName + " has an absolute path");
        }
        Path out = root.resolve(relative).normalize();
        if (!out.startsWith(root) || out.equals(root)) {
            throw new UnsafeZipException("entry " + entryName + " points outside the folder it unpacks to");
        }
        return out;
    }

    /** Writes the marker describing everything now in {@code folder}. Call last. */
    static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(MARKER), describe(folder), StandardCharsets.UTF_8);
    }

    /** Whether {@code folder} holds a finished unpack whose files still add up to what the marker says. */
    static boolean isComplete(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return false;
        }
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).strip().equals(describe(folder));
        } catch (IOException e) {
            return false;
        }
    }

    /** "bytes=N files=M" over every regular file but the marker. */
    private static String describe(Path folder) throws IOException {
        long bytes = 0;
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!file.getFileName().toString().equals(MARKER)) {
                    bytes += Files.size(file);
                    files++;
                }
            }
        }
        return "bytes=" + bytes + " files=" + files;
    }

    /** The shallowest folder within {@code maxDepth} levels of {@code top} that is a model root. */
    static Optional<Path> findModelRoot(Path top, int maxDepth) throws IOException {
        try (Stream<Path> all = Files.walk(top, maxDepth)) {
            return all.filter(Files::isDirectory)
                    .filter(ModelLayout::isModelRoot)
                    .min(Comparator.comparingInt(Path::getNameCount));
        }
    }

    /** Deletes a folder tree, quietly: used on our own temporary folders only. */
    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover temp folder is never used as a model
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
