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
}
