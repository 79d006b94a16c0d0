package com.talentsync.core.resume;

/**
 * What Tika read from one file.
 *
 * @param fileName  the file's name without folders, as the user knows it
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param text      the plain text, never blank
 * @param wordCount whitespace-separated words in {@code text}
 * @param sha256    lower-case hex SHA-256 of the original bytes (the duplicate key)
 * @param sizeBytes size of the original file
 */
public record ExtractedDocument(
        String fileName, String mediaType, String text, int wordCount, String sha256, long sizeBytes) {}
