package com.talentsync.core.match;

import java.util.Objects;

/**
 * One part of a match score.
 *
 * @param name        a stable key: {@code hardSkills}, {@code keywords}, {@code semanticFit},
 *                    {@code titleSeniority}, {@code experience}, {@code education}
 * @param score       0-100
 * @param weight      its share of the total, 0-1; 0 when the ad asks nothing this part could judge
 * @param explanation one or two sentences saying why, in plain words
 */
public record MatchComponent(String name, int score, double weight, String explanation) {
    public MatchComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(explanation, "explanation");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0-100: " + score);
        }
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight out of 0-1: " + weight);
        }
    }
}
