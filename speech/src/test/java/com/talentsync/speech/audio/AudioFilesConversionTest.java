package com.talentsync.speech.audio;

import static com.talentsync.speech.audio.TestAudio.floats;
import static com.talentsync.speech.audio.TestAudio.frequency;
import static com.talentsync.speech.audio.TestAudio.pcm;
import static com.talentsync.speech.audio.TestAudio.readAll;
import static com.talentsync.speech.audio.TestAudio.rms;
import static com.talentsync.speech.audio.TestAudio.writeTone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat.Type;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout comes out as 16 kHz mono 16-bit with the same tone and the same length. */
class AudioFilesConversionTest {

    private static final int RATE = PcmStream.SAMPLE_RATE;

    @TempDir
    Path dir;

    @Test
    void sixteenBitMonoAt16kHzPassesThroughUnchanged() throws Exception {
        Path file = writeTone(dir.resolve("plain.wav"), pcm(16_000, 16, 1, true, false), 440, 0.5, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(samples).hasSize(16_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.5 / Math.sqrt(2), within(0.005));
            assertThat(stream.warnings()).isEmpty();
            assertThat(stream.source()).isEqualTo(new SourceInfo("WAV", "PCM_SIGNED", 16_000, 1, 16, 1.0));
        }
    }

    @Test
    void eightBitUnsignedIsCentredNotOffset() throws Exception {
        Path file = writeTone(dir.resolve("u8.wav"), pcm(16_000, 8, 1, false, false), 440, 0.5, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source().encoding()).isEqualTo("PCM_UNSIGNED");
            assertThat(samples).hasSize(16_000);
            assertThat(mean(samples)).isCloseTo(0, within(200.0));
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.01));
        }
    }

    @Test
    void stereoIsAveragedIntoOneChannel() throws Exception {
        AudioFormat stereo = pcm(16_000, 16, 2, true, false);
        Path file = writeTone(dir.resolve("stereo.wav"), stereo, 440, 0.5, 2.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(samples).hasSize(32_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
        }
    }

    @Test
    void stereoWithOppositeChannelsCancelsAsAnAverageShould() throws Exception {
        AudioFormat stereo = pcm(16_000, 16, 2, true, false);
        byte[] left = TestAudio.tone(pcm(16_000, 16, 1, true, false), 440, 0.5, 1.0);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (int i = 0; i < left.length; i += 2) {
            short l = (short) ((left[i] & 0xFF) | (left[i + 1] << 8));
            short r = (short) -l;
            frames.write(l & 0xFF);
            frames.write(l >> 8);
            frames.write(r & 0xFF);
            frames.write(r >> 8);
        }
        Path file = TestAudio.write(dir.resolve("phase.wav"), stereo, frames.toByteArray(), Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            assertThat(TestAudio.peak(readAll(stream))).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void eightKilohertzIsUpsampledToTwiceTheSamplesWithAWarning() throws Exception {
        Path file = writeTone(dir.resolve("phone.wav"), pcm(8_000, 16, 1, true, false), 440, 0.5, 3.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(samples).hasSize(48_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.01));
            assertThat(stream.warnings()).containsExactly(
                    "recorded at 8 kHz: expect lower accuracy; 16 kHz or more works best");
        }
    }

    @Test
    void fortyEightKilohertzFloatIsDownsampled() throws Exception {
        Path file = writeTone(dir.resolve("float.wav"), floats(48_000, 1), 440, 0.5, 2.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source().encoding()).isEqualTo("PCM_FLOAT");
            assertThat(stream.source().bits()).isEqualTo(32);
            assertThat(samples).hasSize(32_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
            assertThat(stream.warnings()).isEmpty();
        }
    }

    @Test
    void downsamplingRemovesToneAboveTheNewNyquistInsteadOfFoldingItBack() throws Exception {
        // 12 kHz cannot exist at 16 kHz; without a low-pass it would come back as a loud 4 kHz tone.
        Path file = writeTone(dir.resolve("high.wav"), pcm(48_000, 16, 1, true, false), 12_000, 0.5, 1.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            assertThat(rms(readAll(stream))).isLessThan(0.354 / 1000); // at least 60 dB down
        }
    }

    @Test
    void twentyFourBitAt44kHzKeepsPitchAndLength() throws Exception {
        Path file = writeTone(dir.resolve("hifi.wav"), pcm(44_100, 24, 2, true, false), 440, 0.5, 2.0, Type.WAVE);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source().bits()).isEqualTo(24);
            assertThat(samples).hasSize(32_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
        }
    }

    @Test
    void waveFormatExtensibleAsSoxAndRecordersWriteIt() throws Exception {
        // 24-bit stereo WAVs are usually WAVE_FORMAT_EXTENSIBLE; at this size the MP3 reader, if
        // asked before the JDK's extensible reader, fails with "Resetting to invalid mark".
        int rate = 48_000;
        int seconds = 20;
        int frames = rate * seconds;
        ByteBuffer header = ByteBuffer.allocate(68).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(60 + frames * 6)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(40)
                .putShort((short) 0xFFFE).putShort((short) 2).putInt(rate).putInt(rate * 6)
                .putShort((short) 6).putShort((short) 24).putShort((short) 22).putShort((short) 24).putInt(3)
                .put(new byte[] {1, 0, 0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71})
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(frames * 6);
        Path file = dir.resolve("extensible.wav");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(header.array());
            for (int i = 0; i < frames; i++) {
                int v = (int) Math.round(0.5 * 8_388_607 * Math.sin(2 * Math.PI * 440 * i / rate));
                for (int c = 0; c < 2; c++) {
                    out.write(v);
                    out.write(v >> 8);
                    out.write(v >> 16);
                }
            }
        }
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source()).isEqualTo(new SourceInfo("WAV", "PCM_SIGNED", rate, 2, 24, seconds));
            assertThat(samples).hasSize(seconds * RATE);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(1.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
        }
    }

    @Test
    void bigEndianAiff() throws Exception {
        Path file = writeTone(dir.resolve("mac.aiff"), pcm(22_050, 16, 1, true, true), 440, 0.5, 1.0, Type.AIFF);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source().container()).isEqualTo("AIFF");
            assertThat(samples).hasSize(16_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
        }
    }

    @Test
    void au() throws Exception {
        Path file = writeTone(dir.resolve("sun.au"), pcm(16_000, 16, 1, true, true), 440, 0.5, 1.0, Type.AU);
        try (PcmStream stream = AudioFiles.open(file)) {
            short[] samples = readAll(stream);
            assertThat(stream.source().container()).isEqualTo("AU");
            assertThat(samples).hasSize(16_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
        }
    }

    @Test
    void mp3() throws Exception {
        try (PcmStream stream = AudioFiles.open(resource("tone440-44k-stereo.mp3"))) {
            short[] samples = readAll(stream);
            assertThat(stream.source().container()).isEqualTo("MP3");
            assertThat(stream.source().sampleRate()).isEqualTo(44_100);
            assertThat(stream.source().channels()).isEqualTo(2);
            // MP3 adds encoder delay and padding to the 1.0 s tone.
            assertThat(samples.length / (double) RATE).isBetween(0.99, 1.12);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(3.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.03));
        }
    }

    @Test
    void flac() throws Exception {
        try (PcmStream stream = AudioFiles.open(resource("tone440-22k.flac"))) {
            short[] samples = readAll(stream);
            assertThat(stream.source().container()).isEqualTo("FLAC");
            assertThat(stream.source().sampleRate()).isEqualTo(22_050);
            assertThat(samples).hasSize(16_000);
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(2.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.005));
        }
    }

    @Test
    void oggVorbis() throws Exception {
        try (PcmStream stream = AudioFiles.open(resource("tone440-48k-stereo.ogg"))) {
            short[] samples = readAll(stream);
            assertThat(stream.source().container()).isEqualTo("OGG");
            assertThat(stream.source().sampleRate()).isEqualTo(48_000);
            assertThat(samples.length / (double) RATE).isCloseTo(1.0, within(0.02));
            assertThat(frequency(samples, RATE)).isCloseTo(440, within(3.0));
            assertThat(rms(samples)).isCloseTo(0.354, within(0.03));
        }
    }

    @Test
    void spokenSentenceFixturesDecodeToTheirFullLength() throws Exception {
        // espeak-ng, 22.05 kHz mono, 6.79 s: for transcription tests of compressed input.
        for (String name : List.of("sentence-espeak-22k.mp3", "sentence-espeak-22k.ogg")) {
            try (PcmStream stream = AudioFiles.open(resource(name))) {
                short[] samples = readAll(stream);
                assertThat(samples.length / (double) RATE).as(name).isBetween(6.75, 6.9);
                assertThat(TestAudio.peak(samples)).as(name).isGreaterThan(8_000);
            }
        }
    }

    @Test
    void probeReadsTheHeaderOnly() throws Exception {
        Path file = writeTone(dir.resolve("probe.wav"), pcm(44_100, 16, 2, true, false), 440, 0.5, 1.5, Type.WAVE);
        assertThat(AudioFiles.probe(file)).isEqualTo(new SourceInfo("WAV", "PCM_SIGNED", 44_100, 2, 16, 1.5));
        SourceInfo mp3 = AudioFiles.probe(resource("tone440-44k-stereo.mp3"));
        assertThat(mp3.container()).isEqualTo("MP3");
        assertThat(mp3.bits()).isEqualTo(-1);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(AudioFilesConversionTest.class.getResource("/audio/" + name).toURI());
    }

    private static double mean(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += s;
        }
        return sum / samples.length;
    }
}
