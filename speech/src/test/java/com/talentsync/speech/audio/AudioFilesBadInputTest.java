package com.talentsync.speech.audio;

import static com.talentsync.speech.audio.TestAudio.pcm;
import static com.talentsync.speech.audio.TestAudio.readAll;
import static com.talentsync.speech.audio.TestAudio.writeTone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad file gives one clear line, never a trace or a hang. */
class AudioFilesBadInputTest {

    @TempDir
    Path dir;

    @Test
    void missingFile() {
        InputException e = failure(dir.resolve("gone.wav"));
        assertThat(e.error().kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("audio file not found: ").endsWith("gone.wav");
    }

    @Test
    void folderInsteadOfFile() throws Exception {
        InputException e = failure(Files.createDirectory(dir.resolve("answers.wav")));
        assertThat(e.error().kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo(
                "not an audio file: answers.wav is a folder (supported: wav, aiff, au, mp3, flac, ogg)");
    }

    @Test
    void zeroLengthFile() throws Exception {
        InputException e = failure(Files.createFile(dir.resolve("x.wav")));
        assertThat(e.error().kind()).isEqualTo(Kind.EMPTY);
        assertThat(e.getMessage()).isEqualTo("empty audio file: x.wav has 0 bytes");
    }

    @Test
    void textRenamedToWav() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.wav"), "Dear hiring manager,\nI am writing...\n");
        InputException e = failure(file);
        assertThat(e.error().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo(
                "unsupported audio file: notes.wav is not audio (supported: wav, aiff, au, mp3, flac, ogg)");
    }

    @Test
    void unknownExtension() throws Exception {
        Path file = writeTone(dir.resolve("tone.wav"), pcm(16_000, 16, 1, true, false), 440, 0.5, 0.2, Type.WAVE);
        Path renamed = Files.move(file, dir.resolve("tone.m4a"));
        InputException e = failure(renamed);
        assertThat(e.error().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo(
                "unsupported audio file: tone.m4a is a .m4a file (supported: wav, aiff, au, mp3, flac, ogg)");
    }

    @Test
    void garbageAfterRiffHeaderIsCorrupt() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(5).nextBytes(bytes);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        InputException e = failure(Files.write(dir.resolve("broken.wav"), bytes));
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).isEqualTo(
                "corrupt audio file: broken.wav looks like WAV but cannot be decoded: its header or data is damaged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID3|mp3", "OggS|ogg", "fLaC|flac", "FORM|aiff", ".snd|au"})
    void garbageBehindAnAudioSignatureFailsCleanlyWithoutHanging(String spec) throws Exception {
        String magic = spec.substring(0, spec.indexOf('|'));
        String extension = spec.substring(spec.indexOf('|') + 1);
        byte[] bytes = new byte[64 * 1024];
        new Random(9).nextBytes(bytes);
        System.arraycopy(magic.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, magic.length());
        Path file = Files.write(dir.resolve("junk." + extension), bytes);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(file));
        assertThat(e.error().kind()).isIn(Kind.CORRUPT, Kind.EMPTY);
        assertThat(e.getMessage()).contains("junk." + extension);
    }

    @Test
    void flacWhoseFramesAreAllDamagedIsCorrupt() throws Exception {
        byte[] bytes = Files.readAllBytes(AudioFilesConversionTest.resource("tone440-22k.flac"));
        byte[] damaged = Arrays.copyOf(bytes, bytes.length);
        Random random = new Random(7);
        for (int i = 200; i < damaged.length; i++) {
            damaged[i] = (byte) random.nextInt();
        }
        InputException e = failure(Files.write(dir.resolve("damaged.flac"), damaged));
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).isEqualTo("corrupt audio file: damaged.flac looks like FLAC but cannot be decoded:"
                + " its header or data is damaged");
    }

    @Test
    void flacCutInHalfKeepsTheFirstHalfAndWarns() throws Exception {
        byte[] bytes = Files.readAllBytes(AudioFilesConversionTest.resource("tone440-22k.flac"));
        Path file = Files.write(dir.resolve("half.flac"), Arrays.copyOf(bytes, bytes.length / 2));
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(samples.length / 16_000.0).isBetween(0.3, 0.6);
            assertThat(TestAudio.frequency(samples, 16_000)).isCloseTo(440, within(3.0));
            assertThat(stream.warnings()).singleElement().asString().startsWith("half.flac is cut short: it ends at 0.");
        }
    }

    @Test
    void truncatedWavKeepsWhatIsThereAndWarns() throws Exception {
        Path file = writeTone(dir.resolve("cut.wav"), pcm(16_000, 16, 1, true, false), 440, 0.5, 5.0, Type.WAVE);
        byte[] bytes = Files.readAllBytes(file);
        int keep = 44 + 2 * 16_000 * 2; // header and 2 of the 5 seconds
        Files.write(file, Arrays.copyOf(bytes, keep));
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(samples).hasSize(32_000);
            assertThat(TestAudio.frequency(samples, 16_000)).isCloseTo(440, within(2.0));
            assertThat(stream.warnings()).containsExactly(
                    "cut.wav is cut short: it ends at 2.0 s of the 5.0 s its header promises; using what is there");
        }
    }

    @Test
    void wavWithNoFramesIsEmpty() throws Exception {
        Path file = TestAudio.write(dir.resolve("nothing.wav"), pcm(16_000, 16, 1, true, false), new byte[0], Type.WAVE);
        InputException e = failure(file);
        assertThat(e.error().kind()).isEqualTo(Kind.EMPTY);
        assertThat(e.getMessage()).isEqualTo("no audio in nothing.wav: the file holds no samples");
    }

    @Test
    void pureSilenceIsRefusedWhenNormalising() throws Exception {
        Path file = TestAudio.write(dir.resolve("x.wav"), pcm(16_000, 16, 1, true, false), new byte[32_000],
                Type.WAVE);
        InputException e = catchThrowableOfType(InputException.class, () -> AudioFiles.openNormalised(file));
        assertThat(e.error().kind()).isEqualTo(Kind.SILENT);
        assertThat(e.getMessage()).isEqualTo("no sound in x.wav: the recording is silent");
    }

    @Test
    void hissBelowMinus80DbfsCountsAsSilence() throws Exception {
        ByteBuffer frames = ByteBuffer.allocate(32_000).order(ByteOrder.LITTLE_ENDIAN);
        Random random = new Random(3);
        while (frames.hasRemaining()) {
            frames.putShort((short) (random.nextInt(3) - 1)); // +-1 LSB: about -90 dBFS
        }
        Path file = TestAudio.write(dir.resolve("hiss.wav"), pcm(16_000, 16, 1, true, false), frames.array(),
                Type.WAVE);
        InputException e = catchThrowableOfType(InputException.class, () -> AudioFiles.openNormalised(file));
        assertThat(e.error().kind()).isEqualTo(Kind.SILENT);
    }

    @Test
    void quietToneIsRaisedToNearFullScaleWithAWarning() throws Exception {
        // peak 0.01 = -40 dBFS: raised by 39 dB to -1 dBFS
        Path file = writeTone(dir.resolve("quiet.wav"), pcm(44_100, 24, 1, true, false), 440, 0.01, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.openNormalised(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.warnings()).containsExactly("very quiet recording: raised by 39 dB before recognition");
            assertThat(TestAudio.peak(samples) / 32768.0).isCloseTo(Math.pow(10, -1 / 20.0), within(0.01));
            assertThat(TestAudio.frequency(samples, 16_000)).isCloseTo(440, within(2.0));
            assertThat(samples).hasSize(16_000);
        }
    }

    @Test
    void normalLevelIsLeftAlone() throws Exception {
        Path file = writeTone(dir.resolve("loud.wav"), pcm(16_000, 16, 1, true, false), 440, 0.5, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.openNormalised(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.warnings()).isEmpty();
            assertThat(TestAudio.peak(samples)).isCloseTo(16_384, within(2));
        }
    }

    @Test
    void gainIsCappedAtSixtyDecibels() throws Exception {
        // peak 0.0002 = -74 dBFS: would need 73 dB, gets 60
        Path file = writeTone(dir.resolve("faint.wav"), TestAudio.floats(16_000, 1), 440, 0.0002, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.openNormalised(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.warnings()).containsExactly("very quiet recording: raised by 60 dB before recognition");
            assertThat(TestAudio.peak(samples) / 32768.0).isCloseTo(0.2, within(0.01));
        }
    }

    private static InputException failure(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> AudioFiles.open(file).close());
        assertThat(e).as("opening %s should fail", file.getFileName()).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }
}
