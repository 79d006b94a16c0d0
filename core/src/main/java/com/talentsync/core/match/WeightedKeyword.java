package com.talentsync.core.match;

import java.util.Objects;

/**
 * One content word of a job ad.
 *
 * @param stem    the {@link Stemmer} stem, the key for matching against a resume
 * @param display the spelling most used in the ad, for showing to people
 * @param weight  damped term frequency, boosted for words in the title or the requirements
 */
public record WeightedKeyword(String stem, String display, double weight) {
    public WeightedKeyword {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(display, "display");
    }
}
