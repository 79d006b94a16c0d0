package com.talentsync.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Child process for the lock tests: opens the data folder, prints "OPEN", holds it until its
 * stdin closes. Mode "database" goes through {@link Database}; mode "raw-h2" opens the H2 file
 * directly, as a tool or older build without our lock file would.
 */
public final class HoldDatabaseMain {

    private HoldDatabaseMain() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("database")) {
            try (Database database = Database.open(folder)) {
                holdUntilStdinCloses(database.folder().toString());
            }
        } else {
            String url = "jdbc:h2:file:" + folder.resolve(Database.DATABASE_NAME);
            try (Connection connection = DriverManager.getConnection(url, "talentsync", "")) {
                holdUntilStdinCloses(connection.getMetaData().getURL());
            }
        }
    }

    private static void holdUntilStdinCloses(String what) throws Exception {
        System.out.println("OPEN " + what);
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for EOF
        }
    }
}
