package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void createsTheFolderTheLockAndTheSchema() throws Exception {
        Path folder = temp.resolve("nested/data");

        try (Database database = Database.open(folder)) {
            assertThat(database.folder()).isEqualTo(folder);
            assertThat(folder.resolve("talentsync.lock")).exists();
            assertThat(folder.resolve("talentsync.mv.db")).exists();
            assertThat(columns(database, "RESUME")).containsExactly("ID", "DISPLAY_NAME", "FILE_NAME",
                    "MEDIA_TYPE", "SHA256", "SIZE_BYTES", "WORD_COUNT", "ORIGINAL_BYTES", "EXTRACTED_TEXT",
                    "CREATED_AT");
            assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedClearly() throws Exception {
        try (Database first = Database.open(temp)) {
            assertThatThrownBy(() -> Database.open(temp))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessage("the data folder " + temp + " is in use by another TalentSync window or command;"
                            + " close it, or use --data-dir to choose another folder");
            // The refused attempt must not have disturbed the first.
            try (Connection connection = first.connection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void closeReleasesTheFolderAndIsIdempotent() throws Exception {
        Database first = Database.open(temp);
        first.close();
        first.close();

        assertThatThrownBy(first::connection).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        try (Database again = Database.open(temp)) {
            assertThat(count(again)).isZero();
        }
    }

    @Test
    void closeLetsAnotherProcessInWhileThisOneLivesOn() throws Exception {
        Database.open(temp).close();

        assertAnotherProcessCanOpen(temp);
    }

    @Test
    void closeLetsAnotherProcessInEvenWithALeakedConnection() throws Exception {
        Database database = Database.open(temp);
        Connection leaked = database.connection();
        database.close();

        assertAnotherProcessCanOpen(temp);
        assertThat(leaked.isClosed() || !leaked.isValid(1)).isTrue();
    }

    @Test
    void dataSurvivesCloseAndReopen() throws Exception {
        try (Database database = Database.open(temp)) {
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO resume (display_name, file_name, media_type, sha256, size_bytes,"
                        + " word_count, original_bytes, extracted_text, created_at) VALUES ('Jane', 'jane.txt',"
                        + " 'text/plain', '" + "a".repeat(64) + "', 4, 1, X'4a616e65', 'Jane', CURRENT_TIMESTAMP)");
            }
        }
        try (Database reopened = Database.open(temp)) {
            assertThat(count(reopened)).isEqualTo(1);
            assertThat(appliedMigrations(reopened)).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void anotherProcessHoldingTheFolderIsRefusedClearly() throws Exception {
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, temp.resolve("child.log"), "database",
                temp.resolve("data").toString())) {
            child.awaitLine("OPEN", CHILD_TIMEOUT);

            assertThatThrownBy(() -> Database.open(temp.resolve("data")))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("is in use by another TalentSync window or command")
                    .hasMessageContaining("--data-dir");

            child.closeInput();
            assertThat(child.awaitExit(CHILD_TIMEOUT)).isZero();
        }
        try (Database database = Database.open(temp.resolve("data"))) {
            assertThat(count(database)).isZero();
        }
    }

    @Test
    void h2HeldWithoutOurLockFileIsAlsoInUse() throws Exception {
        Path folder = temp.resolve("data");
        Database.open(folder).close(); // so the child opens an existing, migrated database
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, temp.resolve("child.log"), "raw-h2",
                folder.toString())) {
            child.awaitLine("OPEN", CHILD_TIMEOUT);

            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("in use by another TalentSync window or command");

            child.closeInput();
            child.awaitExit(CHILD_TIMEOUT);
        }
        // The refusal released our own lock: the folder opens once the other process is gone.
        try (Database database = Database.open(folder)) {
            assertThat(count(database)).isZero();
        }
    }

    @Test
    void folderThatIsAFileIsAStorageError() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessage("cannot use the data folder " + file + ": a file of that name is in the way");
    }

    @Test
    void folderWhosePathH2WouldMisreadIsAStorageError() {
        Path odd = temp.resolve("a;INIT=x");

        assertThatThrownBy(() -> Database.open(odd))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("contains ';'");
        assertThat(odd).doesNotExist();
    }

    private void assertAnotherProcessCanOpen(Path folder) throws Exception {
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, temp.resolve("child.log"), "database",
                folder.toString())) {
            child.awaitLine("OPEN", CHILD_TIMEOUT);
            child.closeInput();
            assertThat(child.awaitExit(CHILD_TIMEOUT)).isZero();
        }
    }

    private static long count(Database database) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM resume")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> columns(Database database, String table) throws SQLException {
        return strings(database, "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table
                + "' ORDER BY ordinal_position");
    }

    private static List<String> appliedMigrations(Database database) throws SQLException {
        return strings(database, "SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\"");
    }

    private static List<String> strings(Database database, String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
