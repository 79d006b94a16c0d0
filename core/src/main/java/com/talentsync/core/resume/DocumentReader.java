package com.talentsync.core.resume;

import java.nio.file.Path;

/** Reads a resume file of a supported format into plain text. */
public interface DocumentReader {

    /**
     * Reads {@code file}.
     *
     * @throws InputException when the file is missing, unreadable, unsupported, too large,
     *     encrypted, empty, corrupt, or has no text; the message is one line for the user
     */
    ExtractedDocument read(Path file) throws InputException;

    /**
     * The checks {@link #read} starts with that need no parsing (exists, size, extension), so
     * a caller can refuse a file, or find it is a duplicate, before paying for a parse.
     * The default checks nothing.
     *
     * @throws InputException with the same error {@link #read} would give
     */
    default void checkBeforeReading(Path file) throws InputException {}
}
