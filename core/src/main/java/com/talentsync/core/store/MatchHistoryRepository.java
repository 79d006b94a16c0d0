package com.talentsync.core.store;

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
import java.util.regex.Pattern;

/**
 * SQL for {@code match_result}: every match of a library resume against a stored job, oldest
 * first, so the Match screen can show how the score moved while the resume was edited.
 * Thread-safe.
 */
public final class MatchHistoryRepository {

    private static final String COLUMNS =
            "id, resume_id, job_id, score, matcher_version, resume_text_sha256, result_json, created_at";
    private static final String OLDEST_FIRST = " ORDER BY created_at, id";
    private static final int MAX_VERSION_CHARS = 100;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Inserts only when both the resume and the job still exist and the pair's latest row was not
     * made from the same resume text by the same matcher: re-opening an unchanged resume must not
     * grow the history with copies. One statement, so a delete in between cannot slip through.
     */
    private static final String INSERT = "INSERT INTO match_result (resume_id, job_id, score, matcher_version,"
            + " resume_text_sha256, result_json, created_at)"
            + " SELECT r.id, j.id, ?, ?, ?, ?, ? FROM resume r JOIN job j ON j.id = ? WHERE r.id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM (SELECT matcher_version, resume_text_sha256 FROM match_result"
            + " WHERE resume_id = ? AND job_id = ? ORDER BY created_at DESC, id DESC LIMIT 1) latest"
            + " WHERE latest.matcher_version = ? AND latest.resume_text_sha256 = ?)";

    private final Database database;
    private final Clock clock;

    public MatchHistoryRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public MatchHistoryRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records one match.
     *
     * @param resumeTextSha256 lower-case hex SHA-256 of the resume text that was matched; it tells
     *                         edits apart
     * @return the stored row; the pair's latest row when it already holds this resume text and
     *     matcher version (nothing new is stored); empty when the resume or the job was deleted
     *     meanwhile
     * @throws IllegalArgumentException for a score outside 0-100, a blank or over-long version,
     *     or a hash that is not 64 lower-case hex digits
     */
    public Optional<StoredMatch> record(long resumeId, long jobId, int score, String matcherVersion,
            String resumeTextSha256, String resultJson) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100: " + score);
        }
        Objects.requireNonNull(matcherVersion, "matcherVersion");
        if (matcherVersion.isBlank() || matcherVersion.length() > MAX_VERSION_CHARS) {
            throw new IllegalArgumentException("matcher version must be 1-" + MAX_VERSION_CHARS + " characters");
        }
        if (!SHA256.matcher(Objects.requireNonNull(resumeTextSha256, "resumeTextSha256")).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + resumeTextSha256);
        }
        Objects.requireNonNull(resultJson, "resultJson");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"ID"})) {
            statement.setInt(1, score);
            statement.setString(2, matcherVersion);
            statement.setString(3, resumeTextSha256);
            statement.setString(4, resultJson);
            statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setLong(6, jobId);
            statement.setLong(7, resumeId);
            statement.setLong(8, resumeId);
            statement.setLong(9, jobId);
            statement.setString(10, matcherVersion);
            statement.setString(11, resumeTextSha256);
            if (statement.executeUpdate() == 1) {
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no id for the new match");
                    }
                    return Optional.of(new StoredMatch(keys.getLong(1), resumeId, jobId, score, matcherVersion,
                            resumeTextSha256, resultJson, now));
                }
            }
        } catch (SQLException e) {
            throw failure("store the match of resume " + resumeId + " with job " + jobId, e);
        }
        return latest(resumeId, jobId).filter(latest -> latest.matcherVersion().equals(matcherVersion)
                && latest.resumeTextSha256().equals(resumeTextSha256));
    }

    /** Every match of a resume against any job, oldest first. */
    public List<StoredMatch> history(long resumeId) {
        return query("SELECT " + COLUMNS + " FROM match_result WHERE resume_id = ?" + OLDEST_FIRST, resumeId);
    }

    /** Every match of a resume against one job, oldest first. */
    public List<StoredMatch> history(long resumeId, long jobId) {
        return query("SELECT " + COLUMNS + " FROM match_result WHERE resume_id = ? AND job_id = ?" + OLDEST_FIRST,
                resumeId, jobId);
    }

    /** The newest match of a resume against a job, or empty when there is none. */
    public Optional<StoredMatch> latest(long resumeId, long jobId) {
        return query("SELECT " + COLUMNS + " FROM match_result WHERE resume_id = ? AND job_id = ?"
                + " ORDER BY created_at DESC, id DESC LIMIT 1", resumeId, jobId).stream().findFirst();
    }

    private List<StoredMatch> query(String sql, long... keys) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                statement.setLong(i + 1, keys[i]);
            }
            List<StoredMatch> matches = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    matches.add(read(rows));
                }
            }
            return matches;
        } catch (SQLException e) {
            throw failure("read the matches of resume " + keys[0], e);
        }
    }

    private static StoredMatch read(ResultSet row) throws SQLException {
        return new StoredMatch(row.getLong(1), row.getLong(2), row.getLong(3), row.getInt(4), row.getString(5),
                row.getString(6), row.getString(7), row.getObject(8, OffsetDateTime.class).toInstant());
    }

    private static StorageException failure(String action, SQLException e) {
        return new StorageException("could not " + action + ": " + Database.firstLine(e), e);
    }
}
