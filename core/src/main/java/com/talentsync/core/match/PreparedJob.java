package com.talentsync.core.match;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A job ad read once for matching many resumes: its text, what the parser found in it, and the
 * embeddings of its responsibilities. Made by {@link ResumeMatcher#prepare}; immutable and
 * safe to share between threads.
 */
public final class PreparedJob {

    private final String text;
    private final JobDescription description;
    private final String role;
    private final float[] roleVector;
    private final List<String> duties;
    private final List<float[]> dutyVectors;
    private final ResumeGuard.AdContext adContext;
    private final Map<String, Set<String>> skillCues;

    PreparedJob(String text, JobDescription description, float[] roleVector, List<String> duties,
                List<float[]> dutyVectors, ResumeGuard.AdContext adContext, Map<String, Set<String>> skillCues) {
        this.text = Objects.requireNonNull(text, "text");
        this.description = Objects.requireNonNull(description, "description");
        this.role = description.title();
        this.roleVector = roleVector.clone();
        this.duties = List.copyOf(duties);
        this.dutyVectors = dutyVectors.stream().map(float[]::clone).toList();
        this.adContext = Objects.requireNonNull(adContext, "adContext");
        this.skillCues = Map.copyOf(skillCues);
        if (this.duties.size() != this.dutyVectors.size()) {
            throw new IllegalArgumentException("one vector per duty: " + duties.size() + " duties, "
                    + dutyVectors.size() + " vectors");
        }
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

    /** The ad's title as the semantic part reads it: what the whole job is; "" when it has none. */
    String role() {
        return role;
    }

    float[] roleVector() {
        return roleVector;
    }

    /** Shared, not copied: nothing in this package writes to them. */
    List<float[]> dutyVectors() {
        return dutyVectors;
    }

    ResumeGuard.AdContext adContext() {
        return adContext;
    }

    /** For each of the ad's skills, the other words of the ad's lines that name it. */
    Map<String, Set<String>> skillCues() {
        return skillCues;
    }
}
