package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of a stream of imports, as a power cut or a force-quit would,
 * and checks what it left: the database opens, every import it reported is there intact, and
 * no row is half written.
 */
class CrashImportTest {

    private static final int REPORTED_BEFORE_KILL = 15;

    @TempDir
    Path temp;

    @Test
    void killedMidImportLeavesEveryReportedResumeIntactAndNoPartialRow() throws Exception {
        Path dataFolder = temp.resolve("data");
        Map<Integer, Long> reported = new LinkedHashMap<>();
        try (ChildJvm child = ChildJvm.start(ImportLoopMain.class, temp.resolve("child.log"),
                dataFolder.toString(), temp.resolve("work").toString())) {
            for (int i = 0; i < REPORTED_BEFORE_KILL; i++) {
                child.awaitLine("IMPORTED", Duration.ofSeconds(60));
            }
            child.kill();
            // Lines printed between the last one awaited and the kill were reported too.
            for (String line : child.linesSoFar()) {
                String[] parts = line.split(" ");
                if (parts[0].equals("IMPORTED")) {
                    reported.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                }
            }
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(REPORTED_BEFORE_KILL);

        try (Database database = Database.open(dataFolder)) {
            ResumeRepository repository = new ResumeRepository(database);
            for (Map.Entry<Integer, Long> entry : reported.entrySet()) {
                StoredResume stored = repository.findById(entry.getValue()).orElseThrow(
                        () -> new AssertionError("reported import " + entry.getKey() + " is missing"));
                assertThat(stored.fileName()).isEqualTo(ImportLoopMain.fileName(entry.getKey()));
            }
            // Every row, reported or caught mid-flight, must be whole: text and bytes agree with the hash.
            for (StoredResume row : repository.list("")) {
                int index = Integer.parseInt(row.fileName().replaceAll("\\D", ""));
                String expected = ImportLoopMain.text(index);
                byte[] bytes = repository.originalBytes(row.id()).orElseThrow();
                assertThat(repository.extractedText(row.id())).as("text of %s", row.fileName()).contains(expected);
                assertThat(bytes).as("bytes of %s", row.fileName())
                        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
                assertThat(sha256(bytes)).isEqualTo(row.sha256());
                assertThat(row.sizeBytes()).isEqualTo(bytes.length);
            }
            assertThat(repository.count()).isGreaterThanOrEqualTo(reported.size());
            // And it still takes writes.
            repository.insert(new NewResume("After", "after.txt", "text/plain", "e".repeat(64), 1, 1, "after"),
                    new byte[] {'a'});
        }
        assertThat(Files.exists(dataFolder.resolve("talentsync.mv.db"))).isTrue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
