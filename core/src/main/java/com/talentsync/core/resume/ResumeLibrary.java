package com.talentsync.core.resume;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The stored resumes: import, list, read, delete. Thread-safe. */
public interface ResumeLibrary {

    /** Reads and stores a file; a file whose bytes are already stored is a {@code Duplicate}. */
    ImportOutcome importFile(Path file);

    /** Stores pasted text as a plain-text resume named {@code displayName}. */
    ImportOutcome importText(String displayName, String text);

    /**
     * Stored resumes, newest first. A blank query lists all; otherwise case-insensitive match
     * on display name, file name or extracted text.
     */
    List<ResumeSummary> list(String query);

    Optional<ResumeSummary> find(long id);

    Optional<String> extractedText(long id);

    /** @return true when a resume was deleted */
    boolean delete(long id);
}
