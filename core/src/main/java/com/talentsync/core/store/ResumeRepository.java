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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** SQL for the {@code resume} table, in plain JDBC. Thread-safe. */
public final class ResumeRepository {

    private static final String COLUMNS =
            "id, display_name, file_name, media_type, sha256, size_bytes, word_count, created_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM resume";
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";
    private static final String MATCHES = " WHERE LOWER(display_name) LIKE ? ESCAPE '\\'"
            + " OR LOWER(file_name) LIKE ? ESCAPE '\\' OR LOWER(extracted_text) LIKE ? ESCAPE '\\'";
    /** SQLSTATE for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;

    public ResumeRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock stamps {@code created_at}; tests pass a fixed one */
    public ResumeRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a resume and its original bytes in one transaction: after a crash the row is
     * either all there or absent. Two callers racing with the same bytes both succeed; the
     * loser gets {@link InsertResult.AlreadyStored}.
     */
    public InsertResult insert(NewResume resume, byte[] originalBytes) {
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(originalBytes, "originalBytes");
        // The column keeps microseconds; trimming here makes the returned record equal the stored one.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = database.connection()) {
            long id = inTransaction(connection, () -> insertRow(connection, resume, originalBytes, createdAt));
            return new InsertResult.Inserted(new StoredResume(id, resume.displayName(), resume.fileName(),
                    resume.mediaType(), resume.sha256(), resume.sizeBytes(), resume.wordCount(), createdAt));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return findBySha256(resume.sha256()).<InsertResult>map(InsertResult.AlreadyStored::new)
                        .orElseThrow(() -> failure("store " + resume.fileName(), e));
            }
            throw failure("store " + resume.fileName(), e);
        }
    }

    public Optional<StoredResume> findBySha256(String sha256) {
        return queryOne(SELECT + " WHERE sha256 = ?", sha256);
    }

    public Optional<StoredResume> findById(long id) {
        return queryOne(SELECT + " WHERE id = ?", id);
    }

    /** Newest first; a blank query lists all, otherwise a case-insensitive substring match. */
    public List<StoredResume> list(String query) {
        boolean all = query == null || query.isBlank();
        String sql = SELECT + (all ? "" : MATCHES) + NEWEST_FIRST;
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!all) {
                String pattern = "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
                for (int i = 1; i <= 3; i++) {
                    statement.setString(i, pattern);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<StoredResume> resumes = new ArrayList<>();
                while (rows.next()) {
                    resumes.add(toStored(rows));
                }
                return resumes;
            }
        } catch (SQLException e) {
            throw failure("list resumes", e);
        }
    }

    public Optional<String> extractedText(long id) {
        return queryValue("SELECT extracted_text FROM resume WHERE id = ?", id, rows -> rows.getString(1));
    }

    public Optional<byte[]> originalBytes(long id) {
        return queryValue("SELECT original_bytes FROM resume WHERE id = ?", id, rows -> rows.getBytes(1));
    }

    /** @return true when a row was deleted */
    public boolean delete(long id) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM resume WHERE id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete resume " + id, e);
        }
    }

    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM resume");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure("count resumes", e);
        }
    }

    private static long insertRow(Connection connection, NewResume resume, byte[] bytes, Instant createdAt)
            throws SQLException {
        String sql = "INSERT INTO resume (display_name, file_name, media_type, sha256, size_bytes, word_count,"
                + " original_bytes, extracted_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"ID"})) {
            statement.setString(1, resume.displayName());
            statement.setString(2, resume.fileName());
            statement.setString(3, resume.mediaType());
            statement.setString(4, resume.sha256());
            statement.setLong(5, resume.sizeBytes());
            statement.setInt(6, resume.wordCount());
            statement.setBytes(7, bytes);
            statement.setString(8, resume.text());
            statement.setObject(9, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new resume");
                }
                return keys.getLong(1);
            }
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Optional<StoredResume> queryOne(String sql, Object key) {
        return queryValue(sql, key, ResumeRepository::toStored);
    }

    private <T> Optional<T> queryValue(String sql, Object key, RowMapper<T> mapper) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read resume " + key, e);
        }
    }

    private static StoredResume toStored(ResultSet rows) throws SQLException {
        return new StoredResume(rows.getLong("id"), rows.getString("display_name"), rows.getString("file_name"),
                rows.getString("media_type"), rows.getString("sha256"), rows.getLong("size_bytes"),
                rows.getInt("word_count"), rows.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** Makes %, _ and \ in what the user typed match themselves. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StorageException failure(String action, SQLException e) {
        return new StorageException("could not " + action + ": " + Database.firstLine(e), e);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
