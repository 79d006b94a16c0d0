package com.talentsync.core.store;

import java.util.Objects;

/**
 * A resume about to be stored. The store keeps its own records rather than the
 * {@code resume} package's, so that {@code resume} may depend on {@code store} and never the
 * other way round.
 *
 * @param sha256 lower-case hex SHA-256 of the original bytes stored with it
 */
public record NewResume(
        String displayName, String fileName, String mediaType, String sha256, long sizeBytes, int wordCount,
        String text) {

    public static final int MAX_DISPLAY_NAME = 200;
    public static final int MAX_FILE_NAME = 1024;

    public NewResume {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        if (displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("display name must be 1.." + MAX_DISPLAY_NAME + " characters");
        }
        if (fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
            throw new IllegalArgumentException("file name must be 1.." + MAX_FILE_NAME + " characters");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        if (sizeBytes < 0 || wordCount < 0) {
            throw new IllegalArgumentException("sizes cannot be negative");
        }
    }
}
