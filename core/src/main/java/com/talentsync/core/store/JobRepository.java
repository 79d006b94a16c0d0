package com.talentsync.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** SQL for {@code job}: the job ads a user keeps, newest first. Thread-safe. */
public final class JobRepository {

    private static final String COLUMNS = "id, title, company, source, text, created_at";
    private static final int MAX_LABEL_CHARS = 300;
    private static final int MAX_SOURCE_CHARS = 2048;

    private final Database database;
    private final Clock clock;

    public JobRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public JobRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores a job ad; over-long titles, companies and sources are cut to fit their columns. */
    public StoredJob save(String title, String company, String source, String text) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sql = "INSERT INTO job (title, company, source, text, created_at) VALUES (?, ?, ?, ?, ?)";
        String cleanTitle = cut(title, MAX_LABEL_CHARS);
        String cleanCompany = cut(company, MAX_LABEL_CHARS);
        String cleanSource = cut(source, MAX_SOURCE_CHARS);
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, cleanTitle);
            statement.setString(2, cleanCompany);
            statement.setString(3, cleanSource);
            statement.setString(4, text);
            statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new StoredJob(keys.getLong(1), cleanTitle, cleanCompany, cleanSource, text, now);
            }
        } catch (SQLException e) {
            throw new StorageException("could not store the job ad", e);
        }
    }

    /** Changes the title and company the user sees; false when there is no such job. */
    public boolean rename(long id, String title, String company) {
        String sql = "UPDATE job SET title = ?, company = ? WHERE id = ?";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, cut(title, MAX_LABEL_CHARS));
            statement.setString(2, cut(company, MAX_LABEL_CHARS));
            statement.setLong(3, id);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("could not rename job " + id, e);
        }
    }

    public Optional<StoredJob> find(long id) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM job WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read job " + id, e);
        }
    }

    /** Every stored job, newest first. */
    public List<StoredJob> list() {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM job ORDER BY created_at DESC, id DESC");
                ResultSet rows = statement.executeQuery()) {
            List<StoredJob> jobs = new ArrayList<>();
            while (rows.next()) {
                jobs.add(read(rows));
            }
            return jobs;
        } catch (SQLException e) {
            throw new StorageException("could not list job ads", e);
        }
    }

    /** Deletes a job and, through the foreign keys, its matches and screening; false when absent. */
    public boolean delete(long id) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM job WHERE id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("could not delete job " + id, e);
        }
    }

    private static StoredJob read(ResultSet row) throws SQLException {
        return new StoredJob(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static String cut(String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() <= max) {
            return trimmed;
        }
        // Never keep half of a surrogate pair: the column would hold a broken character.
        int end = Character.isHighSurrogate(trimmed.charAt(max - 1)) ? max - 1 : max;
        return trimmed.substring(0, end);
    }
}
