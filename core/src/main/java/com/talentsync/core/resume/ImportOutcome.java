package com.talentsync.core.resume;

/** What happened to one file or pasted text handed to {@link ResumeLibrary}. */
public sealed interface ImportOutcome {

    /** A new resume row was stored. */
    record Imported(ResumeSummary resume) implements ImportOutcome {}

    /** The same bytes were stored before; nothing was written. */
    record Duplicate(ResumeSummary existing) implements ImportOutcome {}

    /** Nothing was written; {@code source} is the file name or label the user gave. */
    record Rejected(String source, InputError error) implements ImportOutcome {}
}
