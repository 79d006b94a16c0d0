package com.talentsync.core.store;

import com.talentsync.core.match.MatchCodec;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.analysis.AnalysisCodec;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQL for {@code screening_candidate}: the resumes screened for each job, with the recruiter's
 * status and notes. Thread-safe.
 *
 * <p>A run adds to a job's screening: a resume already there (same bytes) gets its new file
 * name, analysis and score and keeps its status and notes; resumes not in the run stay. To
 * start a job's screening afresh, {@link #clear} it first.
 */
public final class ScreeningRepository {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRepository.class);
    private static final String COLUMNS = "id, job_id, file_name, sha256, text, analysis_json, match_json, status,"
            + " notes, created_at, updated_at";
    private static final int MAX_FILE_NAME_CHARS = 1024;

    private final Database database;
    private final Clock clock;

    public ScreeningRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public ScreeningRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a run's resumes for {@code jobId} in one transaction: all or none.
     *
     * @return how many were new to this job's screening
     * @throws StorageException also when there is no such job
     */
    public int saveRun(long jobId, List<ScreenedResume> resumes) {
        OffsetDateTime now = now();
        String update = "UPDATE screening_candidate SET file_name = ?, text = ?, analysis_json = ?, match_json = ?,"
                + " score = ?, updated_at = ? WHERE job_id = ? AND sha256 = ?";
        String insert = "INSERT INTO screening_candidate (job_id, sha256, file_name, text, analysis_json, match_json,"
                + " score, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement updating = connection.prepareStatement(update);
                    PreparedStatement inserting = connection.prepareStatement(insert)) {
                int added = 0;
                for (ScreenedResume resume : resumes) {
                    String file = cut(resume.file());
                    String analysis = AnalysisCodec.toJson(resume.analysis());
                    String match = MatchCodec.toJson(resume.match());
                    updating.setString(1, file);
                    updating.setString(2, resume.text());
                    updating.setString(3, analysis);
                    updating.setString(4, match);
                    updating.setInt(5, resume.score());
                    updating.setObject(6, now);
                    updating.setLong(7, jobId);
                    updating.setString(8, resume.sha256());
                    if (updating.executeUpdate() == 0) {
                        inserting.setLong(1, jobId);
                        inserting.setString(2, resume.sha256());
                        inserting.setString(3, file);
                        inserting.setString(4, resume.text());
                        inserting.setString(5, analysis);
                        inserting.setString(6, match);
                        inserting.setInt(7, resume.score());
                        inserting.setObject(8, now);
                        inserting.setObject(9, now);
                        inserting.executeUpdate();
                        added++;
                    }
                }
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("could not store the screening of job " + jobId, e);
        }
    }

    /**
     * The job's screened resumes, best score first, ties by file name. A row whose stored
     * analysis no longer reads (written by an older release) is left out and logged; screening
     * the file again brings it back with its status and notes.
     */
    public List<StoredCandidate> candidates(long jobId) {
        String sql = "SELECT " + COLUMNS + " FROM screening_candidate WHERE job_id = ?"
                + " ORDER BY score DESC, file_name, sha256";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, jobId);
            List<StoredCandidate> candidates = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    read(rows).ifPresent(candidates::add);
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw new StorageException("could not read the screening of job " + jobId, e);
        }
    }

    public Optional<StoredCandidate> find(long candidateId) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM screening_candidate WHERE id = ?")) {
            statement.setLong(1, candidateId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? read(row) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read screened candidate " + candidateId, e);
        }
    }

    /** False when there is no such candidate. */
    public boolean setStatus(long candidateId, CandidateStatus status) {
        Objects.requireNonNull(status, "status");
        return updateOne("UPDATE screening_candidate SET status = ?, updated_at = ? WHERE id = ?", status.name(),
                candidateId, "could not change the status of candidate " + candidateId);
    }

    /** Replaces the notes ("" clears them); false when there is no such candidate. */
    public boolean setNotes(long candidateId, String notes) {
        String text = notes == null ? "" : notes.strip();
        return updateOne("UPDATE screening_candidate SET notes = ?, updated_at = ? WHERE id = ?", text, candidateId,
                "could not save the notes of candidate " + candidateId);
    }

    /** The same, for callers that know a candidate by its job and the SHA-256 of its file. */
    public boolean setStatus(long jobId, String sha256, CandidateStatus status) {
        Objects.requireNonNull(status, "status");
        return updateOne("UPDATE screening_candidate SET status = ?, updated_at = ? WHERE job_id = ? AND sha256 = ?",
                status.name(), jobId, sha256, "could not change the status of a candidate of job " + jobId);
    }

    /** The same, for callers that know a candidate by its job and the SHA-256 of its file. */
    public boolean setNotes(long jobId, String sha256, String notes) {
        return updateOne("UPDATE screening_candidate SET notes = ?, updated_at = ? WHERE job_id = ? AND sha256 = ?",
                notes == null ? "" : notes.strip(), jobId, sha256, "could not save the notes of a candidate of job " + jobId);
    }

    /** Removes one resume from its job's screening; false when there is no such candidate. */
    public boolean delete(long candidateId) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM screening_candidate WHERE id = ?")) {
            statement.setLong(1, candidateId);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("could not delete candidate " + candidateId, e);
        }
    }

    /** Removes a job's whole screening, statuses and notes included; returns how many resumes went. */
    public int clear(long jobId) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM screening_candidate WHERE job_id = ?")) {
            statement.setLong(1, jobId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("could not clear the screening of job " + jobId, e);
        }
    }

    private boolean updateOne(String sql, String value, long candidateId, String failure) {
        return updateOne(sql, value, candidateId, null, failure);
    }

    /** Sets {@code value} and the time on row {@code id}, or on job {@code id}'s row {@code sha256} when given. */
    private boolean updateOne(String sql, String value, long id, String sha256, String failure) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setObject(2, now());
            statement.setLong(3, id);
            if (sha256 != null) {
                statement.setString(4, sha256);
            }
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException(failure, e);
        }
    }

    private static Optional<StoredCandidate> read(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Optional<ResumeAnalysis> analysis = AnalysisCodec.fromJson(row.getString("analysis_json"));
        Optional<MatchResult> match = MatchCodec.fromJson(row.getString("match_json"));
        if (analysis.isEmpty() || match.isEmpty()) {
            log.warn("screened candidate {} was stored by another release and no longer reads; screen it again", id);
            return Optional.empty();
        }
        ScreenedResume resume = new ScreenedResume(row.getString("file_name"), row.getString("sha256"),
                row.getString("text"), analysis.get(), match.get());
        return Optional.of(new StoredCandidate(id, row.getLong("job_id"), resume,
                CandidateStatus.valueOf(row.getString("status")), row.getString("notes"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant()));
    }

    private OffsetDateTime now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private static String cut(String fileName) {
        return fileName.length() <= MAX_FILE_NAME_CHARS ? fileName : fileName.substring(0, MAX_FILE_NAME_CHARS);
    }
}
