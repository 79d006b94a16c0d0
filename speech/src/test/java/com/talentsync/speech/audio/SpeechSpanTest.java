package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechSpanTest {

    private static final int RATE = PcmStream.SAMPLE_RATE;

    /** 16 kHz PCM: silence, a tone from {@code from} to {@code to} seconds, silence to {@code total}. */
    private static PcmStream tone(double from, double to, double total, double amplitude, double hissAmplitude) {
        int samples = (int) (total * RATE);
        byte[] pcm = new byte[samples * 2];
        java.util.Random noise = new java.util.Random(7);
        for (int i = 0; i < samples; i++) {
            double t = i / (double) RATE;
            double value = (noise.nextDouble() * 2 - 1) * hissAmplitude;
            if (t >= from && t < to) {
                value += amplitude * Math.sin(2 * Math.PI * 220 * t);
            }
            int sample = (int) Math.round(value * 32767);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(pcm);
        return new PcmStream() {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public SourceInfo source() {
                return new SourceInfo("test", "PCM_SIGNED", RATE, 1, 16, total);
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void leadingAndTrailingSilenceAreLeftOut() throws IOException {
        SpeechSpan span = SpeechSpan.measure(tone(0.8, 3.3, 5.0, 0.3, 0.0005));

        assertThat(span.startSec()).isCloseTo(0.8, within(0.021));
        assertThat(span.endSec()).isCloseTo(3.3, within(0.021));
        assertThat(span.durationSec()).isCloseTo(2.5, within(0.04));
    }

    @Test
    void quietSpeechIsFoundRelativeToItsOwnLoudestPart() throws IOException {
        SpeechSpan span = SpeechSpan.measure(tone(1.0, 2.0, 3.0, 0.01, 0.00001));

        assertThat(span.durationSec()).isCloseTo(1.0, within(0.04));
    }

    @Test
    void silenceAndHissHaveNoSpan() throws IOException {
        assertThat(SpeechSpan.measure(tone(0, 0, 2.0, 0, 0)).durationSec()).isZero();
        assertThat(SpeechSpan.measure(tone(0, 0, 2.0, 0, 0.0005)).durationSec()).isZero();
    }
}
