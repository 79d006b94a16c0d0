package com.talentsync.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.speech.SoundSpan;
import com.talentsync.core.speech.TimedWord;
import com.talentsync.speech.audio.FrameLevels;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GapSoundsTest {

    private static final int RATE = 16_000;

    /** Audio of {@code seconds}: low noise, with tones of the given amplitude over the given spans. */
    private static FrameLevels audio(double seconds, double noise, double[][] tones) {
        int samples = (int) (seconds * RATE);
        byte[] pcm = new byte[samples * 2];
        Random random = new Random(3);
        for (int i = 0; i < samples; i++) {
            double t = i / (double) RATE;
            double value = (random.nextDouble() * 2 - 1) * noise;
            for (double[] tone : tones) {
                if (t >= tone[0] && t < tone[1]) {
                    value += tone[2] * Math.sin(2 * Math.PI * 180 * t);
                }
            }
            int sample = (int) Math.round(Math.clamp(value, -1, 1) * 32767);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        FrameLevels levels = new FrameLevels();
        for (int offset = 0; offset < pcm.length; offset += 3200) {
            byte[] chunk = java.util.Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 3200));
            levels.accept(chunk, chunk.length);
        }
        return levels;
    }

    /** Words at 0-1 s and 3-4 s: a 2 s gap between them. */
    private static final List<TimedWord> WORDS = List.of(new TimedWord("we", 0.0, 0.5, 1),
            new TimedWord("built", 0.5, 1.0, 1), new TimedWord("it", 3.0, 4.0, 1));

    @Test
    void aVoicedSoundAsLoudAsTheWordsInAGapIsFound() {
        FrameLevels levels = audio(4.5, 0.0005, new double[][] {{0, 1, 0.3}, {3, 4, 0.3}, {1.6, 2.4, 0.2}});

        List<SoundSpan> sounds = GapSounds.find(levels, WORDS);

        assertThat(sounds).singleElement().satisfies(sound -> {
            assertThat(sound.start()).isCloseTo(1.6, within(0.03));
            assertThat(sound.end()).isCloseTo(2.4, within(0.03));
        });
    }

    @Test
    void aBreathFarQuieterThanTheWordsIsNot() {
        FrameLevels levels = audio(4.5, 0.0005, new double[][] {{0, 1, 0.3}, {3, 4, 0.3}, {1.6, 2.4, 0.02}});

        assertThat(GapSounds.find(levels, WORDS)).isEmpty();
    }

    @Test
    void aClickTooShortForAFilledPauseIsNot() {
        FrameLevels levels = audio(4.5, 0.0005, new double[][] {{0, 1, 0.3}, {3, 4, 0.3}, {1.6, 1.72, 0.3}});

        assertThat(GapSounds.find(levels, WORDS)).isEmpty();
    }

    @Test
    void aRecordingTooNoisyToTellSoundFromSpeechGivesNothing() {
        FrameLevels levels = audio(4.5, 0.1, new double[][] {{0, 1, 0.3}, {3, 4, 0.3}, {1.6, 2.4, 0.3}});

        assertThat(GapSounds.find(levels, WORDS)).isEmpty();
    }

    @Test
    void soundBeforeTheFirstWordOrWithFewerThanTwoWordsIsNotLookedAt() {
        FrameLevels levels = audio(4.5, 0.0005, new double[][] {{0, 1, 0.3}, {3, 4, 0.3}, {1.6, 2.4, 0.3}});

        assertThat(GapSounds.find(levels, List.of(new TimedWord("it", 3.0, 4.0, 1)))).isEmpty();
        assertThat(GapSounds.find(new FrameLevels(), WORDS)).isEmpty();
    }
}
