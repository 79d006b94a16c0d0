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

/** SQL for {@code resume_analysis}: one latest analysis per resume. Thread-safe. */
public final class AnalysisRepository {

    private final Database database;
    private final Clock clock;

    public AnalysisRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public AnalysisRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores or replaces the analysis of a resume; a resume deleted meanwhile stores nothing. */
    public void save(long resumeId, AnalysisStamp stamp, String json) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sql = "MERGE INTO resume_analysis (resume_id, extractor_version, taxonomy_version, model_version,"
                + " reviewer_version, analysis_json, created_at) KEY (resume_id)"
                + " SELECT id, ?, ?, ?, ?, ?, ? FROM resume WHERE id = ?";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, stamp.extractor());
            statement.setString(2, stamp.taxonomy());
            statement.setString(3, stamp.model());
            statement.setString(4, stamp.reviewer());
            statement.setString(5, json);
            statement.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setLong(7, resumeId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("could not store the analysis of resume " + resumeId, e);
        }
    }

    public Optional<StoredAnalysis> find(long resumeId) {
        String sql = "SELECT resume_id, extractor_version, taxonomy_version, model_version, reviewer_version,"
                + " analysis_json, created_at FROM resume_analysis WHERE resume_id = ?";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, resumeId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAnalysis(row.getLong(1),
                        new AnalysisStamp(row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                        row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new StorageException("could not read the analysis of resume " + resumeId, e);
        }
    }

    /** Resumes with no analysis, or one made by other versions than {@code current}. */
    public List<Long> staleResumeIds(AnalysisStamp current) {
        String sql = "SELECT r.id FROM resume r LEFT JOIN resume_analysis a ON a.resume_id = r.id"
                + " WHERE a.resume_id IS NULL OR a.extractor_version <> ? OR a.taxonomy_version <> ?"
                + " OR a.model_version <> ? OR a.reviewer_version <> ? ORDER BY r.id";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, current.extractor());
            statement.setString(2, current.taxonomy());
            statement.setString(3, current.model());
            statement.setString(4, current.reviewer());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StorageException("could not list stale analyses", e);
        }
    }
}
