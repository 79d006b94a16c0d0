package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code transcribe} command's contract: JSON fields, and exit 3 with one line for every bad input. */
class TranscribeCliTest {

    private static final Preferences NODE = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());

    @TempDir
    static Path dataDir;

    @TempDir
    Path temp;

    @AfterAll
    static void removeNode() throws BackingStoreException {
        NODE.removeNode();
    }

    private static CliRun run(String... args) {
        return CliRun.inData(dataDir, NODE, args);
    }

    private Path wav(String name, byte[] pcm, AudioFormat format) throws IOException {
        Path file = temp.resolve(name);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / format.getFrameSize())) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static void assertInputError(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().strip()).startsWith("talentsync: ").contains(expected);
        assertThat(run.err().strip().lines()).as("one line, no stack trace").hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRecordingGivesTimedWordsAndDeliveryMetricsAsJson() throws IOException {
        Optional<Path> clip = SharedSpeechEval.clip("ls-1089-134691-0001");
        Assumptions.assumeTrue(clip.isPresent(), SharedSpeechEval.NEEDED);

        CliRun run = run("transcribe", clip.get().toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().startsWith("text", "durationSec", "elapsedMs", "words", "metrics");
        assertThat(json.get("text").asText()).contains("could wait no longer");
        assertThat(json.get("durationSec").asDouble()).isBetween(4.0, 8.0);
        JsonNode first = json.get("words").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("word", "start", "end", "conf");
        double previousEnd = 0;
        for (JsonNode word : json.get("words")) {
            assertThat(word.get("start").asDouble()).isGreaterThanOrEqualTo(previousEnd - 1e-9)
                    .isLessThanOrEqualTo(word.get("end").asDouble());
            assertThat(word.get("conf").asDouble()).isBetween(0.0, 1.0);
            previousEnd = word.get("end").asDouble();
        }
        JsonNode metrics = json.get("metrics");
        assertThat(metrics.fieldNames()).toIterable().contains("wpm", "articulationWpm", "pauses", "longPauses",
                "longestPauseSec", "fillerCount", "fillersPer100Words", "fillers", "hedges", "talkTimeSec");
        assertThat(metrics.get("wpm").asDouble()).isBetween(100.0, 300.0);
        assertThat(metrics.get("fillers").isObject()).isTrue();
    }

    @Test
    void plainTextOutputShowsTheWordsAndThePace() {
        Optional<Path> clip = SharedSpeechEval.clip("ls-1089-134691-0000");
        Assumptions.assumeTrue(clip.isPresent(), SharedSpeechEval.NEEDED);

        CliRun run = run("transcribe", clip.get().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wait no longer").contains("wpm");
    }

    @Test
    void aTextFileRenamedWavIsRefused() throws IOException {
        Path fake = Files.writeString(temp.resolve("answer.wav"), "this is not audio at all, just some words\n");

        assertInputError(run("transcribe", fake.toString()), "answer.wav");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.wav"));

        assertInputError(run("transcribe", empty.toString()), "empty.wav");
    }

    @Test
    void pureSilenceIsRefused() throws IOException {
        Path silence = wav("silence.wav", new byte[16_000 * 2 * 2], new AudioFormat(16_000, 16, 1, true, false));

        assertInputError(run("transcribe", silence.toString()), "silent");
    }

    @Test
    void anUnsupportedTypeNamesWhatIsAccepted() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.docx"), "x");

        assertInputError(run("transcribe", notes.toString()), "wav");
    }

    @Test
    void aMissingFileIsNamed() {
        assertInputError(run("transcribe", temp.resolve("nowhere.wav").toString()), "nowhere.wav");
    }

    @Test
    void aMissingModelFolderIsNamed() throws IOException {
        Path tone = wav("tone.wav", new byte[3_200], new AudioFormat(16_000, 16, 1, true, false));

        assertInputError(run("transcribe", tone.toString(), "--model", temp.resolve("no-model").toString()),
                "speech model folder not found");
    }

    @Test
    void aModelFolderMissingFilesIsRefusedBeforeLoading() throws IOException {
        Path model = Files.createDirectories(temp.resolve("broken-model").resolve("am"));
        Files.writeString(model.resolve("final.mdl"), "not a model");
        Path tone = wav("tone.wav", new byte[3_200], new AudioFormat(16_000, 16, 1, true, false));

        CliRun run = run("transcribe", tone.toString(), "--model", model.getParent().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().strip()).startsWith("talentsync: ").contains("broken-model");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
