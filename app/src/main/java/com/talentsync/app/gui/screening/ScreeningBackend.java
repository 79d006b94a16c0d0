package com.talentsync.app.gui.screening;

import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenListener;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.store.StoredJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the Screening screen needs from core: job ads, screening runs stored per job, the
 * recruiter's status and notes per candidate, blind masking and exports. Every method may be
 * slow (files, H2, parsing) and is called on a worker thread only, never on the FX thread.
 *
 * <p>Failures the user can fix are {@link InputException}s (or {@link IOException}s for
 * exports) whose message is one line naming the problem and what is accepted.
 */
public interface ScreeningBackend {

    /** Stored job ads, newest first. */
    List<StoredJob> jobs();

    /** Stores a pasted job ad; its title and company are read from the text. */
    StoredJob addJob(String text) throws InputException;

    /**
     * Reads a job ad from a file (PDF, DOCX, TXT, ...) or an http(s) URL and stores it.
     *
     * @throws InputException when the path is missing, the format is not accepted, the page
     *     cannot be fetched or holds no text
     */
    StoredJob loadJob(String pathOrUrl) throws InputException;

    /** The job's must-have (required) skills, canonical names, in the ad's order. */
    List<String> mustHaves(long jobId);

    /**
     * Screens folders, files and ZIP archives against the job and stores the run: its ranking
     * joins the job's candidates, and a candidate already there (same sha256) keeps its status
     * and notes. Stops early, returning what was done, when {@code cancelled} turns true.
     *
     * @param listener called from worker threads as files finish
     * @throws InputException when an input itself is missing or of a kind not accepted
     */
    ScreenResult screen(long jobId, List<Path> inputs, ScreenListener listener, BooleanSupplier cancelled)
            throws InputException;

    /** The job's stored candidates, best first, ranks 1..n, with status and notes. */
    List<Candidate> candidates(long jobId);

    void setStatus(long jobId, String sha256, CandidateStatus status);

    void setNotes(long jobId, String sha256, String notes);

    /**
     * Writes the rows, in the order given, to {@code file}. With {@code blind} every name,
     * contact detail, link, file name, date of birth and gendered pronoun is masked, and
     * candidates are called by {@code BlindMask.label(rank)}.
     */
    void export(long jobId, Path file, ExportFormat format, boolean blind, List<Candidate> rows) throws IOException;

    /**
     * The resume's text with the candidate's identifying details masked (blind review), e.g.
     * {@code BlindMask.mask(resume.text(), resume.analysis().facts().contact())}. Called for every
     * candidate each time a job's ranking loads, so that turning blind review on never waits.
     */
    String maskedText(ScreenedResume resume);
}
