package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlacWriterTest {

    @TempDir
    Path dir;

    @Test
    void recordingReadsBackSampleExact() throws Exception {
        // A tone with noise so the encoder cannot take shortcuts, in uneven chunk sizes.
        short[] original = new short[3 * 16_000 + 123];
        Random random = new Random(11);
        for (int i = 0; i < original.length; i++) {
            original[i] = (short) (12_000 * Math.sin(2 * Math.PI * 440 * i / 16_000.0) + random.nextGaussian() * 500);
        }
        original[100] = Short.MAX_VALUE;
        original[101] = Short.MIN_VALUE;
        byte[] bytes = toBytes(original);
        Path file = dir.resolve("answers/answer-1.flac");
        try (FlacWriter writer = FlacWriter.create(file)) {
            int offset = 0;
            int step = 1;
            while (offset < bytes.length) {
                int length = Math.min(bytes.length - offset, 2 * (step * 397 % 5000 + 1));
                writer.write(bytes, offset, length);
                offset += length;
                step++;
            }
            assertThat(writer.durationSec()).isCloseTo(original.length / 16_000.0, within(1e-9));
            assertThat(file).doesNotExist(); // still being written under the .part name
        }
        assertThat(file).exists();
        assertThat(file.resolveSibling("answer-1.flac.part")).doesNotExist();
        assertThat(Files.size(file)).isLessThan(bytes.length);
        try (PcmStream stream = AudioFiles.open(file)) {
            assertThat(stream.source().container()).isEqualTo("FLAC");
            assertThat(TestAudio.readAll(stream)).isEqualTo(original);
            assertThat(stream.warnings()).isEmpty();
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        Path file = dir.resolve("short.flac");
        FlacWriter writer = FlacWriter.create(file);
        writer.write(TestAudio.pcm16(440, 0.5, 1600), 0, 3200);
        writer.close();
        writer.close();
        try (PcmStream stream = AudioFiles.open(file)) {
            assertThat(TestAudio.readAll(stream)).hasSize(1600);
        }
    }

    private static byte[] toBytes(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }
}
