package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real clips in ../shared/speech-eval (read at run time, never copied) and the decoder set-up. */
class SharedClipsTest {

    @Test
    void nearSilentRealClipIsRaisedToAboutMinusOneDbfs() throws Exception {
        Path clip = evalDir().resolve("wav/fleurs-en-004.wav");
        try (PcmStream stream = AudioFiles.openNormalised(clip)) {
            short[] samples = TestAudio.readAll(stream);
            assertThat(samples).hasSize(69_120);
            assertThat(stream.warnings()).singleElement().asString()
                    .matches("very quiet recording: raised by 4[89] dB before recognition");
            assertThat(AudioFiles.dbfs(TestAudio.peak(samples) / 32768.0)).isCloseTo(-1, within(0.2));
        }
    }

    @Test
    void everyEvalClipOpensAtSpeechLevel() throws Exception {
        List<Path> clips;
        try (Stream<Path> files = Files.list(evalDir().resolve("wav"))) {
            clips = files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
        assertThat(clips).hasSizeGreaterThanOrEqualTo(30);
        for (Path clip : clips) {
            try (PcmStream stream = AudioFiles.openNormalised(clip)) {
                short[] samples = TestAudio.readAll(stream);
                assertThat(AudioFiles.dbfs(TestAudio.peak(samples) / 32768.0)).as(clip.toString())
                        .isGreaterThan(-21);
                assertThat(samples.length / 16_000.0).as(clip.toString())
                        .isCloseTo(stream.source().durationSec(), within(1 / 16_000.0));
            }
        }
    }

    @Test
    void decoderProvidersAlsoRegisterThroughJavaSound() throws Exception {
        // AudioFiles calls the decoders directly (a merged jar can lose META-INF/services); this
        // shows the class path registration works too, for code that goes through AudioSystem.
        for (String name : List.of("tone440-44k-stereo.mp3", "tone440-22k.flac", "tone440-48k-stereo.ogg")) {
            Path file = AudioFilesConversionTest.resource(name);
            assertThat(AudioSystem.getAudioFileFormat(file.toFile()).getType().getExtension()).as(name)
                    .isIn("mp3", "flac", "ogg");
        }
    }

    private static Path evalDir() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/speech-eval");
            if (Files.isDirectory(candidate.resolve("wav"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        Assumptions.assumeTrue(false, "needs ../shared/speech-eval beside the project");
        throw new IllegalStateException("unreachable");
    }
}
