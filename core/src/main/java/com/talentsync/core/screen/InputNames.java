package com.talentsync.core.screen;

import com.talentsync.core.resume.SupportedFormat;
import java.util.Locale;
import java.util.Set;

/** What a file's name alone says: junk to skip, a ZIP to open, another archive to refuse. */
final class InputNames {

    /** Archive and compressed formats: never opened inside a ZIP, and only ZIP is opened at all. */
    private static final Set<String> ARCHIVES = Set.of("zip", "jar", "war", "ear", "apk", "7z", "rar", "tar", "gz",
            "tgz", "bz2", "tbz", "tbz2", "xz", "txz", "zst", "lz", "lzma", "z", "cab", "iso", "arj", "lzh");
    /** Files operating systems and Office leave beside documents; nobody means to screen them. */
    private static final Set<String> OS_FILES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db");

    private InputNames() {}

    /** Hidden files (".DS_Store", macOS "._x" forks), Office lock files ("~$cv.docx") and OS files. */
    static boolean isJunk(String fileName) {
        return fileName.startsWith(".") || fileName.startsWith("~$") || OS_FILES.contains(lower(fileName));
    }

    /** Hidden folders (".git") and the resource-fork folder macOS adds to ZIPs it makes. */
    static boolean isJunkFolder(String folderName) {
        return folderName.startsWith(".") || folderName.equals("__MACOSX");
    }

    static boolean isZip(String fileName) {
        return SupportedFormat.extensionOf(fileName).filter("zip"::equals).isPresent();
    }

    static boolean isArchive(String fileName) {
        return SupportedFormat.extensionOf(fileName).filter(ARCHIVES::contains).isPresent();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
