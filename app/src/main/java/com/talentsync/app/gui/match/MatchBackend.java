package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.store.StoredJob;
import com.talentsync.core.store.StoredMatch;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the Match screen needs from the core services. Every method is called on a worker
 * thread, never on the FX thread, and may block. Exceptions carry a one-line message the screen
 * shows as it is; {@link InputException} marks a problem with what the user gave.
 */
public interface MatchBackend {

    /** Loads what the first match will need (embedding model, taxonomy) so it comes quickly. */
    void warmUp();

    /** The library's resumes, newest first. */
    List<ResumeSummary> resumes();

    /** The stored text of a library resume, or empty when it was deleted meanwhile. */
    Optional<String> resumeText(long resumeId);

    /** Reads a resume file without storing it; its text is matched as it is. */
    String readResumeFile(Path file) throws InputException;

    /** The stored job ads, newest first. */
    List<StoredJob> jobs();

    /** Stores a pasted job ad, with the title and company read from its text. */
    StoredJob addJob(String text);

    /** Reads a job ad from a file of any format the resume reader takes, and stores it. */
    StoredJob addJobFromFile(Path file) throws InputException;

    /**
     * Fetches a job ad from the web with a timeout, keeps its text, and stores it. Blocks; the
     * caller's thread may be interrupted to cancel.
     *
     * @throws InputException when the page cannot be fetched (offline, timeout, not found) or has no text
     */
    StoredJob addJobFromUrl(URI address) throws InputException;

    /** Scores a resume text against a job text; quick after {@link #warmUp()}. */
    PreparedMatch match(String resumeText, String jobText);

    /** Keeps a match of a library resume; a repeat of the latest one for the pair is skipped. */
    void record(long resumeId, long jobId, MatchResult result, String resumeText);

    /** The stored matches of one resume with one job, oldest first. */
    List<StoredMatch> history(long resumeId, long jobId);
}
