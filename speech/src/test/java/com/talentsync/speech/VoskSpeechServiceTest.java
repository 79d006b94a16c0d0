package com.talentsync.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryAnalyzer;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.audio.AudioFiles;
import com.talentsync.speech.audio.AudioLevel;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.mic.FakeLine;
import com.talentsync.speech.mic.Microphone;
import com.talentsync.speech.vosk.SharedModel;
import com.talentsync.speech.vosk.VoskTestSupport;
import com.talentsync.speech.vosk.eval.WordErrorRate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The module's face end to end: files through the normalising reader, and live sessions over a fake microphone. */
@Timeout(60)
class VoskSpeechServiceTest {

    private static final String CLIP = "ls-1089-134691-0001";
    private static final String CLIP_TEXT = "for a full hour he had paced up and down waiting but he could wait no longer";

    @TempDir
    Path temp;

    private final List<String> partials = new CopyOnWriteArrayList<>();
    private final List<AudioLevel> levels = new CopyOnWriteArrayList<>();
    private final List<Double> progress = new CopyOnWriteArrayList<>();
    private final TranscriptionListener listener = new TranscriptionListener() {
        @Override
        public void partial(String text) {
            partials.add(text);
        }

        @Override
        public void level(AudioLevel level) {
            levels.add(level);
        }

        @Override
        public void progress(double fraction) {
            progress.add(fraction);
        }
    };

    private VoskSpeechService service(Microphone microphone) throws InputException {
        // A model of its own: closing the service frees its model.
        return new VoskSpeechService(new SharedModel(VoskTestSupport::defaultModel), microphone,
                temp.resolve("recordings"));
    }

    private static Path clip(String id) {
        Optional<Path> eval = VoskTestSupport.speechEval();
        Assumptions.assumeTrue(eval.isPresent(), VoskTestSupport.NEEDS_EVAL);
        return eval.get().resolve("wav").resolve(id + ".wav");
    }

    private static byte[] pcmOf(Path wav) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcmStream pcm = AudioFiles.open(wav)) {
            byte[] buffer = new byte[8192];
            for (int n = pcm.read(buffer, 0, buffer.length); n >= 0; n = pcm.read(buffer, 0, buffer.length)) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private Path silentWav() throws IOException {
        Path file = temp.resolve("silence.wav");
        byte[] pcm = new byte[32_000];
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static Microphone microphonePlaying(byte[] pcm) {
        return new Microphone(format -> Optional.of(FakeLine.playing(pcm)));
    }

    private static void awaitCaptured(LiveSession session, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (session.elapsedSec() < seconds - 0.01 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aFileIsTranscribedWithProgressAndTimedWords() throws InputException {
        try (VoskSpeechService speech = service(new Microphone(format -> Optional.empty()))) {
            TranscriptionResult result = speech.transcribeFile(clip(CLIP), listener, () -> false);

            assertThat(WordErrorRate.align(CLIP_TEXT, result.transcript().text()).rate()).isLessThan(0.2);
            assertThat(result.transcript().durationSec()).isBetween(4.0, 8.0);
            assertThat(result.recording()).isEmpty();
            assertThat(result.source().container()).isEqualTo("WAV");
            assertThat(progress).isNotEmpty().isSorted();
            assertThat(progress.getLast()).isGreaterThan(0.95);
            assertThat(partials).isNotEmpty();
        }
    }

    @Test
    void aNearlySilentRecordingIsRaisedAndRecognised() throws InputException {
        try (VoskSpeechService speech = service(new Microphone(format -> Optional.empty()))) {
            TranscriptionResult result = speech.transcribeFile(clip("fleurs-en-004"), listener, () -> false);

            assertThat(result.transcript().words()).hasSizeGreaterThan(5);
            assertThat(result.warnings()).anyMatch(warning -> warning.contains("quiet"));
        }
    }

    @Test
    void anUmmTheModelDropsIsStillHeardAsAHesitation() throws Exception {
        Path answer = Path.of(VoskSpeechServiceTest.class.getResource("/audio/hesitant-answer-espeak.mp3").toURI());
        try (VoskSpeechService speech = service(new Microphone(format -> Optional.empty()))) {
            TranscriptionResult result = speech.transcribeFile(answer, listener, () -> false);

            assertThat(result.transcript().text()).doesNotContain("um");
            DeliveryReport report = new DeliveryAnalyzer().analyse(result.transcript());
            assertThat(report.soundHesitations()).as("the dropped umm after 'service'").isNotEmpty()
                    .allSatisfy(sound -> assertThat(sound.startSec()).isBetween(1.8, 4.3));
            assertThat(report.metrics().fillers()).containsKey(DeliveryAnalyzer.HESITATION);
        }
    }

    @Test
    void aSilentFileIsRefusedAsSilent() throws Exception {
        Path silence = silentWav();
        try (VoskSpeechService speech = service(new Microphone(format -> Optional.empty()))) {
            assertThatThrownBy(() -> speech.transcribeFile(silence, listener, () -> false))
                    .isInstanceOfSatisfying(InputException.class,
                            failure -> assertThat(failure.error().kind()).isEqualTo(InputError.Kind.SILENT));
        }
    }

    @Test
    void aLiveRecordingShowsPartialsAndLevelsAndIsSavedAsFlac() throws Exception {
        byte[] pcm = pcmOf(clip(CLIP));
        double seconds = pcm.length / 32_000.0;
        try (VoskSpeechService speech = service(microphonePlaying(pcm))) {
            LiveSession session = speech.startLive(listener);
            awaitCaptured(session, seconds);
            TranscriptionResult result = session.stop();

            assertThat(WordErrorRate.align(CLIP_TEXT, result.transcript().text()).rate()).isLessThan(0.2);
            assertThat(partials).isNotEmpty();
            assertThat(levels).isNotEmpty().allSatisfy(level -> assertThat(level.rmsDbfs()).isLessThanOrEqualTo(0));
            Path saved = result.recording().orElseThrow();
            assertThat(saved).hasExtension("flac").startsWith(temp.resolve("recordings"));
            byte[] kept = pcmOf(saved);
            assertThat(kept.length).as("samples kept").isEqualTo(pcm.length);
            assertThat(java.util.Arrays.mismatch(kept, pcm)).as("first differing byte").isEqualTo(-1);
            assertThat(Files.size(saved)).isLessThan(pcm.length);
        }
    }

    @Test
    void aSilentLiveRecordingIsRefusedAndNotKept() throws Exception {
        byte[] silence = new byte[64_000];
        try (VoskSpeechService speech = service(microphonePlaying(silence))) {
            LiveSession session = speech.startLive(listener);
            awaitCaptured(session, 2.0);

            assertThatThrownBy(session::stop).isInstanceOfSatisfying(InputException.class,
                    failure -> assertThat(failure.error().kind()).isEqualTo(InputError.Kind.SILENT));
            try (var files = Files.list(temp.resolve("recordings"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aCancelledLiveRecordingLeavesNoFile() throws Exception {
        try (VoskSpeechService speech = service(microphonePlaying(new byte[32_000]))) {
            LiveSession session = speech.startLive(listener);
            session.close();
            session.close();

            try (var files = Files.list(temp.resolve("recordings"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void noMicrophoneIsSaidPlainly() throws InputException {
        try (VoskSpeechService speech = service(new Microphone(format -> Optional.empty()))) {
            assertThatThrownBy(() -> speech.startLive(listener)).isInstanceOfSatisfying(InputException.class,
                    failure -> {
                        assertThat(failure.error().kind()).isEqualTo(InputError.Kind.UNAVAILABLE);
                        assertThat(failure.getMessage()).isEqualTo(Microphone.NO_MICROPHONE);
                    });
        }
    }
}
