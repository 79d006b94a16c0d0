package com.talentsync.core.store;

import java.time.Instant;

/** A stored job ad; {@code source} is "pasted", a file name or a URL. */
public record StoredJob(long id, String title, String company, String source, String text, Instant createdAt) {

    /** "Title — Company", or whichever of them is known, or "Job ad N". */
    public String label() {
        if (!title.isBlank() && !company.isBlank()) {
            return title + " — " + company;
        }
        if (!title.isBlank() || !company.isBlank()) {
            return title.isBlank() ? company : title;
        }
        return "Job ad " + id;
    }
}
