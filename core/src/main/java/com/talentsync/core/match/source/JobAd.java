package com.talentsync.core.match.source;

import java.util.Objects;

/**
 * A job ad ready to match against: its text and what it is called.
 *
 * @param text    the posting's text, one block per line, list items as "- " lines; never blank
 * @param source  "pasted", the file name, or the web address it was fetched from
 * @param title   the job title, or empty when none could be found
 * @param company the hiring company, or empty when unsure
 */
public record JobAd(String text, String source, String title, String company) {

    /** What {@link #source()} says for text the user pasted. */
    public static final String PASTED = "pasted";

    public JobAd {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a job ad has text");
        }
    }
}
