package com.talentsync.core.screen;

/**
 * A file that could not be screened.
 *
 * @param file  as the user knows it: a path under the folder given, or {@code archive.zip!/inner/path}
 * @param error one line saying what is wrong and what is accepted
 */
public record FailedFile(String file, String error) {}
