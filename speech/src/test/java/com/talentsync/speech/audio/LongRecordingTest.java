package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Twenty minutes stream through a small buffer: every sample arrives, none is held back. */
class LongRecordingTest {

    private static final int MINUTES = 20;
    private static final int SOURCE_RATE = 8_000;

    @TempDir
    Path dir;

    @Test
    void twentyMinutesAt8kHzStreamToExactlyTwiceTheSamples() throws Exception {
        Path file = dir.resolve("long.wav");
        long frames = (long) MINUTES * 60 * SOURCE_RATE;
        AudioFormat format = new AudioFormat(SOURCE_RATE, 16, 1, true, false);
        // Generated while written, so the test itself never holds the recording either.
        try (AudioInputStream tone = new AudioInputStream(new ToneBytes(frames), format, frames)) {
            AudioSystem.write(tone, AudioFileFormat.Type.WAVE, file.toFile());
        }

        long samples = 0;
        long positive = 0;
        byte[] chunk = new byte[1024];
        try (PcmStream stream = AudioFiles.open(file)) {
            int n;
            while ((n = stream.read(chunk, 0, chunk.length)) >= 0) {
                assertThat(n % 2).isZero();
                for (int i = 0; i < n; i += 2) {
                    if ((short) ((chunk[i] & 0xFF) | (chunk[i + 1] << 8)) > 0) {
                        positive++;
                    }
                }
                samples += n / 2;
            }
            assertThat(stream.source().durationSec()).isEqualTo(MINUTES * 60.0);
        }
        assertThat(samples).isEqualTo((long) MINUTES * 60 * PcmStream.SAMPLE_RATE);
        assertThat(positive / (double) samples).isBetween(0.49, 0.51); // a tone throughout, not zeros
    }

    /** A 300 Hz tone as 16-bit little-endian bytes, computed on demand. */
    private static final class ToneBytes extends InputStream {
        private final long totalBytes;
        private long position;

        ToneBytes(long frames) {
            this.totalBytes = frames * 2;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= totalBytes) {
                return -1;
            }
            int count = (int) Math.min(length, totalBytes - position);
            for (int i = 0; i < count; i++, position++) {
                long frame = position / 2;
                short value = (short) Math.round(8000 * Math.sin(2 * Math.PI * 300 * frame / SOURCE_RATE));
                buffer[offset + i] = (byte) (position % 2 == 0 ? value : value >> 8);
            }
            return count;
        }
    }
}
