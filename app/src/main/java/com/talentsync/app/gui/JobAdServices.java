package com.talentsync.app.gui;

import com.talentsync.app.AppServices;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.source.JobAd;
import com.talentsync.core.store.DatabaseInUseException;
import com.talentsync.core.store.StoredJob;

/**
 * What the Match and Screening backends share: storing job ads, preparing an ad once for many
 * scores, and database calls made after the window already opened the library. Thread-safe.
 */
public final class JobAdServices {

    /** A call that may open the database. */
    @FunctionalInterface
    public interface DatabaseCall<T> {
        T run() throws DatabaseInUseException;
    }

    private final AppServices services;
    /** The ad prepared last: re-scoring against the same ad skips parsing and embedding it again. */
    private volatile PreparedJob lastJob;

    public JobAdServices(AppServices services) {
        this.services = services;
    }

    /** Stores an ad the loader read, with the title and company it guessed. */
    public StoredJob store(JobAd ad) {
        return database(() -> services.jobRepository().save(ad.title(), ad.company(), ad.source(), ad.text()));
    }

    /** The ad parsed and its duties embedded, reused while the text stays the same. */
    public PreparedJob prepared(String jobText) {
        PreparedJob job = lastJob;
        if (job == null || !job.text().equals(jobText)) {
            job = services.resumeMatcher().prepare(jobText);
            lastJob = job;
        }
        return job;
    }

    /** The window already holds the data folder, so "in use" here is a bug, not a user error. */
    public static <T> T database(DatabaseCall<T> call) {
        try {
            return call.run();
        } catch (DatabaseInUseException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
