package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval speech}: its figures over a small manifest of shared clips, and its bad-input answers. */
class EvalSpeechCommandTest {

    private static final Preferences NODE = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());

    @TempDir
    Path temp;

    @AfterAll
    static void removeNode() throws BackingStoreException {
        NODE.removeNode();
    }

    @Test
    void twoLibriSpeechClipsGiveEveryFigure() throws IOException {
        Optional<Path> shared = SharedSpeechEval.folder();
        Assumptions.assumeTrue(shared.isPresent(), SharedSpeechEval.NEEDED);
        List<String> rows = Files.readAllLines(shared.get().resolve("manifest.tsv"));
        List<String> picked = rows.stream().skip(1).filter(row -> row.startsWith("ls-1089-134691-")).toList();
        Path folder = Files.createDirectories(temp.resolve("eval"));
        StringBuilder manifest = new StringBuilder(rows.getFirst()).append('\n');
        for (String row : picked) {
            String[] cells = row.split("\t", -1);
            cells[1] = shared.get().resolve(cells[1]).toString(); // absolute, so the clips stay where they are
            manifest.append(String.join("\t", cells)).append('\n');
        }
        Files.writeString(folder.resolve("manifest.tsv"), manifest);

        CliRun run = CliRun.inData(temp.resolve("data"), NODE, "eval", "speech", folder.toString(), "--json",
                "--latency-clips", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("clips").asInt()).isEqualTo(2);
        assertThat(json.at("/werPercent/all").asDouble()).isBetween(0.0, 20.0);
        assertThat(json.at("/werPercent/librispeech").asDouble()).isEqualTo(json.at("/werPercent/all").asDouble());
        assertThat(json.get("cpuRtf").asDouble()).isPositive();
        assertThat(json.at("/partialLatencyMs/changes").asInt()).isPositive();
        assertThat(json.get("modelLoadMs").asLong()).isPositive();
        assertThat(json.at("/pace/clips").asInt()).isEqualTo(2);
    }

    @Test
    void aFolderWithoutAManifestIsRefusedInOneLine() {
        CliRun run = CliRun.inData(temp.resolve("data"), NODE, "eval", "speech", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().strip()).startsWith("talentsync: no manifest.tsv in").doesNotContain("\n");
    }

    @Test
    void aManifestWithoutTheNeededColumnsIsRefusedInOneLine() throws IOException {
        Files.writeString(temp.resolve("manifest.tsv"), "id\tpath\nx\ty.wav\n");

        CliRun run = CliRun.inData(temp.resolve("data"), NODE, "eval", "speech", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().strip()).contains("cannot be used").doesNotContain("\n");
    }
}
