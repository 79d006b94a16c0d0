package com.talentsync.core.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the resumes of one ZIP archive into a private folder, refusing what could harm the
 * machine: too many entries, too much data, bomb-like compression (the whole archive is then
 * refused), entries whose path leaves the archive, and archives inside the archive.
 *
 * <p>Entry names never become paths: each file lands in its own numbered folder under its bare
 * file name, so even a traversal that slipped past the checks could not write elsewhere.
 */
final class ZipUnpacker {

    private static final Logger log = LoggerFactory.getLogger(ZipUnpacker.class);
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    /** Characters no file system accepts in a name, plus controls. */
    private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    /** The charset the ZIP format assumes when an entry does not say it is UTF-8. */
    private static final Charset ZIP_DEFAULT = Charset.forName("IBM437");
    private static final int MAX_NAME_CHARS = 150;

    private final ArchiveLimits limits;

    ZipUnpacker(ArchiveLimits limits) {
        this.limits = limits;
    }

    record Unpacked(List<InputFile> files, List<FailedFile> failed) {}

    /**
     * @param archive the ZIP on disk
     * @param display how the user knows it, used in every file name reported
     * @param target  an empty folder only this call writes to
     */
    Unpacked unpack(Path archive, String display, Path target) {
        try (ZipFile zip = open(archive)) {
            return unpackAll(zip, archive, display, target);
        } catch (ArchiveRefused refused) {
            deleteQuietly(target);
            return refusedWhole(display, refused.getMessage());
        } catch (IOException e) {
            log.debug("{} could not be read as a ZIP archive", display, e);
            deleteQuietly(target);
            return refusedWhole(display, display + " could not be read: it looks damaged or is not a valid ZIP archive");
        }
    }

    private Unpacked unpackAll(ZipFile zip, Path archive, String display, Path target) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            throw new ArchiveRefused(display + " was not opened: it holds " + zip.size() + " entries (limit "
                    + limits.maxEntries() + ")");
        }
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        List<InputFile> files = new ArrayList<>();
        List<FailedFile> failed = new ArrayList<>();
        long[] total = {0};
        long archiveSize = Files.size(archive);
        int index = 0;
        for (ZipEntry entry : entries) {
            index++;
            String name = entry.getName().replace('\\', '/');
            String shown = display + "!/" + printable(name);
            Optional<String> unsafe = unsafePath(name);
            if (unsafe.isPresent()) {
                failed.add(new FailedFile(shown, printable(name) + " was refused: " + unsafe.get()));
                continue;
            }
            if (entry.isDirectory() || name.endsWith("/") || isJunk(name)) {
                continue;
            }
            String baseName = name.substring(name.lastIndexOf('/') + 1);
            if (InputNames.isArchive(baseName)) {
                failed.add(new FailedFile(shown, baseName + " is an archive inside " + display
                        + ": archives within archives are not opened; put its resumes in the ZIP itself"));
                continue;
            }
            Path folder = Files.createDirectory(target.resolve("e" + index));
            Path out = folder.resolve(safeFileName(baseName));
            long packed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : archiveSize;
            Optional<String> tooLarge = copy(zip, entry, out, packed, display, total);
            if (tooLarge.isPresent()) {
                Files.deleteIfExists(out);
                failed.add(new FailedFile(shown, tooLarge.get()));
            } else {
                files.add(new InputFile(shown, out));
            }
        }
        return new Unpacked(files, failed);
    }

    /** Copies one entry, counting as it goes; a too-large entry is reported, a bomb refuses the archive. */
    private Optional<String> copy(ZipFile zip, ZipEntry entry, Path out, long packed, String display, long[] total)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (InputStream in = zip.getInputStream(entry);
                OutputStream sink = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                total[0] += read;
                if (total[0] > limits.maxTotalBytes()) {
                    throw new ArchiveRefused(display + " was not opened: it unpacks to more than "
                            + ArchiveLimits.size(limits.maxTotalBytes()) + " (limit "
                            + ArchiveLimits.size(limits.maxTotalBytes()) + ")");
                }
                if (written > limits.ratioFloorBytes() && written > packed * limits.maxRatio()) {
                    throw new ArchiveRefused(display + " was not opened: it looks like a ZIP bomb ("
                            + printable(entry.getName()) + " expands more than " + limits.maxRatio()
                            + " times; accepted: up to " + limits.maxRatio() + " times)");
                }
                if (written > limits.maxEntryBytes()) {
                    return Optional.of(baseName(entry) + " is too large: more than "
                            + ArchiveLimits.size(limits.maxEntryBytes()) + " unpacked (limit "
                            + ArchiveLimits.size(limits.maxEntryBytes()) + ")");
                }
                sink.write(buffer, 0, read);
            }
        } catch (ZipException e) {
            log.debug("entry {} of {} could not be unpacked", entry.getName(), display, e);
            return Optional.of(baseName(entry) + " could not be unpacked: it is damaged or password-protected");
        }
        return Optional.empty();
    }

    /** Why an entry's path is refused, if it is: it must stay inside the archive. */
    static Optional<String> unsafePath(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/")) {
            return Optional.of("its path is absolute; entries must stay inside the archive");
        }
        if (DRIVE_LETTER.matcher(path).matches()) {
            return Optional.of("its path names a drive; entries must stay inside the archive");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return Optional.of("its path climbs out with \"..\"; entries must stay inside the archive");
            }
        }
        if (path.indexOf('\0') >= 0) {
            return Optional.of("its name holds a NUL character");
        }
        return Optional.empty();
    }

    private static boolean isJunk(String name) {
        String[] segments = name.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (InputNames.isJunkFolder(segments[i])) {
                return true;
            }
        }
        return InputNames.isJunk(segments[segments.length - 1]);
    }

    /** The entry's own name, made safe for the disk and short enough for it, extension kept. */
    static String safeFileName(String baseName) {
        String clean = UNSAFE_NAME_CHARS.matcher(baseName).replaceAll("_").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            clean = "unnamed";
        }
        if (clean.length() > MAX_NAME_CHARS) {
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_NAME_CHARS - extension.length()) + extension;
        }
        return clean;
    }

    private static String baseName(ZipEntry entry) {
        String name = entry.getName().replace('\\', '/');
        return printable(name.substring(name.lastIndexOf('/') + 1));
    }

    /** Entry names are untrusted: no line breaks or control characters may reach a one-line message. */
    static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // Names in the old DOS code page (ZIPs from older Windows tools) are not valid UTF-8.
            log.debug("{} is not a UTF-8 ZIP, trying {}", archive, ZIP_DEFAULT, e);
            return new ZipFile(archive.toFile(), ZIP_DEFAULT);
        }
    }

    private static Unpacked refusedWhole(String display, String message) {
        return new Unpacked(List.of(), List.of(new FailedFile(display, message)));
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Collections.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("could not delete {}", path, e);
                }
            });
        } catch (IOException e) {
            log.warn("could not clean up {}", folder, e);
        }
    }

    /** Stops unpacking: the archive as a whole is refused with this one-line message. */
    private static final class ArchiveRefused extends IOException {
        ArchiveRefused(String message) {
            super(message);
        }
    }
}
