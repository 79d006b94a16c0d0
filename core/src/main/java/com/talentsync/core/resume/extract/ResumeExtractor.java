package com.talentsync.core.resume.extract;

import java.time.LocalDate;

/** Turns a resume's plain text into {@link ResumeFacts}; never throws on odd input. */
public interface ResumeExtractor {

    /** @param today resolves "present" and "to date" */
    ResumeFacts extract(String text, LocalDate today);

    /** Names this extractor's rules; stored analyses made by another version are redone. */
    default String version() {
        return getClass().getName();
    }
}
