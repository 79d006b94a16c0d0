package com.talentsync.core.resume;

import java.util.List;

/**
 * What Tika read from one file.
 *
 * @param fileName   the file's name without folders, as the user knows it
 * @param mediaType  the detected media type, e.g. {@code application/pdf}
 * @param text       the plain text a reader of the file sees, never blank; text the file hides
 *                   (white, hidden, tiny or off-page) is taken out
 * @param wordCount  whitespace-separated words in {@code text}
 * @param sha256     lower-case hex SHA-256 of the original bytes (the duplicate key)
 * @param sizeBytes  size of the original file
 * @param hiddenText the runs of hidden text the file holds, in reading order, whitespace
 *                   collapsed; ignored by everything downstream, kept so the UI can warn
 */
public record ExtractedDocument(
        String fileName,
        String mediaType,
        String text,
        int wordCount,
        String sha256,
        long sizeBytes,
        List<String> hiddenText) {

    public ExtractedDocument {
        hiddenText = List.copyOf(hiddenText);
    }

    /** A document with nothing hidden in it (pasted text, plain-text files). */
    public ExtractedDocument(String fileName, String mediaType, String text, int wordCount, String sha256,
            long sizeBytes) {
        this(fileName, mediaType, text, wordCount, sha256, sizeBytes, List.of());
    }
}
