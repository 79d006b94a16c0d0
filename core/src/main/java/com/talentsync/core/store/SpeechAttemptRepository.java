package com.talentsync.core.store;

import com.talentsync.core.store.StoredSpeechAttempt.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL for {@code speech_attempt}: spoken answers practised by voice, newest first, for the
 * Speech practice history and, later, interview progress. Thread-safe.
 */
public final class SpeechAttemptRepository {

    /** What to store for a new attempt; the repository adds the id and the time. */
    public record NewAttempt(Source source, String sourceName, Optional<String> recordingPath, String prompt,
            double durationSec, int wordCount, double wpm, int fillerCount, String transcriptJson,
            String metricsJson) {
        public NewAttempt {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(recordingPath, "recordingPath");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(transcriptJson, "transcriptJson");
            Objects.requireNonNull(metricsJson, "metricsJson");
            if (!(durationSec >= 0) || !(wpm >= 0) || wordCount < 0 || fillerCount < 0
                    || Double.isInfinite(durationSec) || Double.isInfinite(wpm)) {
                throw new IllegalArgumentException("an attempt's figures must be finite and not negative");
            }
        }
    }

    private static final String COLUMNS = "id, source, source_name, recording_path, prompt, duration_sec,"
            + " word_count, wpm, filler_count, transcript_json, metrics_json, created_at";

    private final Database database;
    private final Clock clock;

    public SpeechAttemptRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public SpeechAttemptRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StoredSpeechAttempt add(NewAttempt attempt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sql = "INSERT INTO speech_attempt (source, source_name, recording_path, prompt, duration_sec,"
                + " word_count, wpm, filler_count, transcript_json, metrics_json, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"ID"})) {
            statement.setString(1, attempt.source().name());
            statement.setString(2, attempt.sourceName());
            if (attempt.recordingPath().isPresent()) {
                statement.setString(3, attempt.recordingPath().get());
            } else {
                statement.setNull(3, Types.VARCHAR);
            }
            statement.setString(4, attempt.prompt());
            statement.setDouble(5, attempt.durationSec());
            statement.setInt(6, attempt.wordCount());
            statement.setDouble(7, attempt.wpm());
            statement.setInt(8, attempt.fillerCount());
            statement.setString(9, attempt.transcriptJson());
            statement.setString(10, attempt.metricsJson());
            statement.setObject(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new attempt");
                }
                return new StoredSpeechAttempt(keys.getLong(1), attempt.source(), attempt.sourceName(),
                        attempt.recordingPath(), attempt.prompt(), attempt.durationSec(), attempt.wordCount(),
                        attempt.wpm(), attempt.fillerCount(), attempt.transcriptJson(), attempt.metricsJson(), now);
            }
        } catch (SQLException e) {
            throw failure("store the spoken answer", e);
        }
    }

    /** The newest {@code limit} attempts, newest first. */
    public List<StoredSpeechAttempt> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return query("SELECT " + COLUMNS + " FROM speech_attempt ORDER BY created_at DESC, id DESC LIMIT ?",
                limit);
    }

    public Optional<StoredSpeechAttempt> find(long id) {
        return query("SELECT " + COLUMNS + " FROM speech_attempt WHERE id = ?", id).stream().findFirst();
    }

    /** @return whether there was such an attempt; its recording file is the caller's to delete */
    public boolean delete(long id) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM speech_attempt WHERE id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("delete spoken answer " + id, e);
        }
    }

    private List<StoredSpeechAttempt> query(String sql, long key) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            List<StoredSpeechAttempt> attempts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    attempts.add(read(rows));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw failure("read the spoken answers", e);
        }
    }

    private static StoredSpeechAttempt read(ResultSet row) throws SQLException {
        return new StoredSpeechAttempt(row.getLong(1), Source.valueOf(row.getString(2)), row.getString(3),
                Optional.ofNullable(row.getString(4)), row.getString(5), row.getDouble(6), row.getInt(7),
                row.getDouble(8), row.getInt(9), row.getString(10), row.getString(11),
                row.getObject(12, OffsetDateTime.class).toInstant());
    }

    private static StorageException failure(String action, SQLException e) {
        return new StorageException("could not " + action + ": " + Database.firstLine(e), e);
    }
}
