package com.talentsync.core.match;

import java.util.List;
import java.util.Objects;

/**
 * A job ad read once for matching many resumes: its text, what the parser found in it, and the
 * embeddings of its responsibilities. Made by {@link ResumeMatcher#prepare}; immutable and
 * safe to share between threads.
 */
public final class PreparedJob {

    private final String text;
    private final JobDescription description;
    private final List<String> duties;
    private final List<float[]> dutyVectors;

    PreparedJob(String text, JobDescription description, List<String> duties, List<float[]> dutyVectors) {
        this.text = Objects.requireNonNull(text, "text");
        this.description = Objects.requireNonNull(description, "description");
        this.duties = List.copyOf(duties);
        this.dutyVectors = List.copyOf(dutyVectors);
    }

    public String text() {
        return text;
    }

    public JobDescription description() {
        return description;
    }

    /** The sentences the semantic part compares the resume with: the duties, or the ad's main sentences. */
    public List<String> duties() {
        return duties;
    }

    List<float[]> dutyVectors() {
        return dutyVectors;
    }
}
