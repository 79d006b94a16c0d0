package com.talentsync.core.resume;

import java.nio.file.Path;

/**
 * The one-line messages users see for bad input. Each names the file and the problem and,
 * where it helps, what to do or what is accepted; kept together so they read alike.
 */
final class Messages {

    private Messages() {}

    static String notFound(Path file) {
        return "file not found: " + file;
    }

    static String directory(String name) {
        return name + " is a folder, not a file; choose a resume file (supported: "
                + SupportedFormat.supportedList() + ")";
    }

    static String notRegularFile(String name) {
        return name + " is not a regular file; choose a resume file (supported: "
                + SupportedFormat.supportedList() + ")";
    }

    static String unreadable(String name, String reason) {
        return "cannot read " + name + ": " + oneLine(reason);
    }

    static String tooLarge(String name, long size, ReaderLimits limits) {
        return name + " is too large: " + ReaderLimits.megabytes(size) + " (limit " + limits.maxFileSizeLabel() + ")";
    }

    static String emptyFile(String name) {
        return "file is empty: " + name + " (0 bytes)";
    }

    static String unsupportedType(String name) {
        String type = SupportedFormat.extensionOf(name).map(ext -> "." + ext).orElse(name + " has no extension");
        return "unsupported file type: " + type + " (supported: " + SupportedFormat.supportedList() + ")";
    }

    static String encrypted(String name) {
        return name + " is password-protected; save a copy without a password and import that";
    }

    static String corrupt(String name, SupportedFormat format) {
        return name + " could not be read: it looks damaged or is not a valid " + withoutArticle(format);
    }

    static String noText(String name, SupportedFormat format) {
        if (format == SupportedFormat.PDF) {
            return name + " has no text layer: it looks image-only (scanned); run OCR on it first"
                    + " and import the result, or paste the text instead";
        }
        return name + " contains no text";
    }

    static String changedWhileImporting(String name) {
        return name + " changed while it was being imported; try again";
    }

    /** Folds any line breaks a library put into its message, so errors stay one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String withoutArticle(SupportedFormat format) {
        return format.description().replaceFirst("^(a|an) ", "");
    }
}
