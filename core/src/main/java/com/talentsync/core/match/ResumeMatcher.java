package com.talentsync.core.match;

import com.talentsync.core.embed.TextEmbedder;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.Objects;

/**
 * Scores a resume against a job ad, deterministically and offline, explaining every point.
 * Thread-safe: screening calls it from several threads with one {@link PreparedJob}.
 */
public final class ResumeMatcher {

    private final SkillTaxonomy taxonomy;
    private final TextEmbedder embedder;

    public ResumeMatcher(SkillTaxonomy taxonomy, TextEmbedder embedder) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** Names the scoring rules; stored match results with another version are recomputed. */
    public static String version() {
        return "match-1";
    }

    /** Parses the ad and embeds its duties once, for any number of {@link #match} calls. */
    public PreparedJob prepare(String jobText) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The score of one analysed resume (its text is {@code resume.facts().lines()}). */
    public MatchResult match(ResumeAnalysis resume, PreparedJob job) {
        throw new UnsupportedOperationException("not built yet");
    }
}
