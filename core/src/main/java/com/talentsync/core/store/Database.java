package com.talentsync.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's H2 database in the data folder, migrated to the current schema, held by this
 * process alone. Thread-safe: {@link #connection()} hands out pooled connections.
 *
 * <p>One process at a time: an OS lock on {@value #LOCK_FILE_NAME} is taken before H2 opens
 * the file, so a second window or command gets a clear {@link DatabaseInUseException}
 * rather than H2's message. The OS drops the lock when a process dies, so a crash never
 * leaves the folder locked.
 */
public final class Database implements AutoCloseable {

    public static final String LOCK_FILE_NAME = "talentsync.lock";
    /** H2 adds {@code .mv.db}. */
    public static final String DATABASE_NAME = "talentsync";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final String USER = "talentsync";
    // WRITE_DELAY=0: H2 writes each commit before returning (by default it waits up to half a
    // second), so an import the app reported survives the app being killed right after.
    // TRACE_LEVEL_FILE=4: H2 logs through SLF4J into our log instead of its own trace file.
    private static final String URL_OPTIONS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database in {@code dataFolder} and migrates it.
     *
     * @throws DatabaseInUseException another process, or another open Database here, holds the folder
     * @throws StorageException the folder or database cannot be used for another reason
     */
    public static Database open(Path dataFolder) throws DatabaseInUseException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (folder.toString().contains(";")) {
            // H2 reads everything after a ';' in its URL as settings, not as part of the path.
            throw new StorageException("cannot use the data folder " + folder + ": its path contains ';'", null);
        }
        FileChannel channel = null;
        FileLock lock = null;
        JdbcConnectionPool pool = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = tryLock(channel, folder);
            pool = openPool(folder);
            migrate(pool, folder);
            Database database = new Database(folder, channel, lock, pool);
            log.info("opened database in {}", folder);
            return database;
        } catch (IOException e) {
            cleanUp(channel, lock, pool);
            throw new StorageException("cannot use the data folder " + folder + ": " + reason(e), e);
        } catch (DatabaseInUseException | RuntimeException e) {
            cleanUp(channel, lock, pool);
            throw e;
        }
    }

    /** A pooled connection in auto-commit mode; close it to give it back. */
    public Connection connection() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the database in " + folder + " is closed");
        }
        return pool.getConnection();
    }

    public Path folder() {
        return folder;
    }

    /** Closes the database and releases the folder. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // With every connection back in the pool, disposing it closes H2's file. A connection
        // someone forgot to close would keep it open, so then shut H2 down regardless.
        int leaked = pool.getActiveConnections();
        pool.dispose();
        if (leaked > 0) {
            log.warn("{} database connection(s) still open at close; shutting the database down", leaked);
            shutDown(folder);
        }
        cleanUp(lockChannel, lock, pool);
        log.info("closed database in {}", folder);
    }

    private static void shutDown(Path folder) {
        try (Connection connection = DriverManager.getConnection(url(folder), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            log.warn("could not shut the database in {} down cleanly", folder, e);
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + URL_OPTIONS;
    }

    private static FileLock tryLock(FileChannel channel, Path folder) throws IOException, DatabaseInUseException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseInUseException(folder, null);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            // The same JVM already holds it: a second Database on one folder in one process.
            throw new DatabaseInUseException(folder, e);
        }
    }

    private static JdbcConnectionPool openPool(Path folder) throws DatabaseInUseException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), USER, "");
        // Open the file now, while we can still tell the user why it failed.
        try (Connection first = pool.getConnection()) {
            log.debug("H2 {} opened", first.getMetaData().getDatabaseProductVersion());
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                // Someone without our lock file holds it: an older build, or an H2 tool.
                throw new DatabaseInUseException(folder, e);
            }
            throw new StorageException("cannot open the database in " + folder + ": " + firstLine(e), e);
        }
    }

    private static void migrate(JdbcConnectionPool pool, Path folder) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot bring the database in " + folder + " up to date: " + firstLine(e), e);
        }
    }

    private static void cleanUp(FileChannel channel, FileLock lock, JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
        try {
            // The lock file stays: deleting it could race with a process that just opened it.
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.warn("could not release the data folder lock", e);
        }
    }

    private static String reason(IOException e) {
        return switch (e) {
            case FileAlreadyExistsException ignored -> "a file of that name is in the way";
            case AccessDeniedException ignored -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e);
        };
    }

    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
