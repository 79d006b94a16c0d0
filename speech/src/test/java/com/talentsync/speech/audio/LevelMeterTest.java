package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.speech.audio.AudioLevel.Warning;
import org.junit.jupiter.api.Test;

class LevelMeterTest {

    /** 100 ms chunks, as a microphone reader would deliver them. */
    private static final int CHUNK = 1600;

    @Test
    void normalSpeechLevelGivesNoWarningAndTheRightDecibels() {
        LevelMeter meter = new LevelMeter();
        byte[] tone = TestAudio.pcm16(300, 0.25, CHUNK); // RMS 0.177 = -15 dBFS, peak -12 dBFS
        AudioLevel level = null;
        for (int i = 0; i < 30; i++) {
            level = meter.update(tone, 0, tone.length);
        }
        assertThat(level.rmsDbfs()).isCloseTo(-15.05, within(0.1));
        assertThat(level.peakDbfs()).isCloseTo(-12.04, within(0.1));
        assertThat(level.warning()).isEqualTo(Warning.NONE);
        assertThat(level.meterFraction()).isCloseTo(0.75, within(0.01));
    }

    @Test
    void quietForOneAndAHalfSecondsWarnsAndRecoversWhenSpeechComesBack() {
        LevelMeter meter = new LevelMeter();
        byte[] whisper = TestAudio.pcm16(300, 0.005, CHUNK); // about -49 dBFS RMS
        assertThat(meter.update(whisper, 0, whisper.length).warning())
                .as("too early to judge").isEqualTo(Warning.NONE);
        AudioLevel level = null;
        for (int i = 0; i < 15; i++) {
            level = meter.update(whisper, 0, whisper.length);
        }
        assertThat(level.rmsDbfs()).isCloseTo(-49, within(0.5));
        assertThat(level.warning()).isEqualTo(Warning.TOO_QUIET);

        byte[] speech = TestAudio.pcm16(300, 0.2, CHUNK);
        assertThat(meter.update(speech, 0, speech.length).warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void aPauseShorterThanTheWindowIsNotTooQuiet() {
        LevelMeter meter = new LevelMeter();
        byte[] speech = TestAudio.pcm16(300, 0.2, CHUNK);
        byte[] silence = new byte[CHUNK * 2];
        meter.update(speech, 0, speech.length);
        AudioLevel level = null;
        for (int i = 0; i < 12; i++) { // 1.2 s of silence
            level = meter.update(silence, 0, silence.length);
        }
        assertThat(level.rmsDbfs()).isEqualTo(-120);
        assertThat(level.warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void repeatedFullScaleSamplesWarnOfClipping() {
        LevelMeter meter = new LevelMeter();
        byte[] overdriven = TestAudio.pcm16(300, 1.6, CHUNK); // flat-topped at full scale
        AudioLevel first = meter.update(overdriven, 0, overdriven.length);
        assertThat(first.peakDbfs()).isCloseTo(0, within(0.01));
        assertThat(first.warning()).as("two blocks of 50 ms are not yet 'repeatedly'").isEqualTo(Warning.NONE);
        AudioLevel second = meter.update(overdriven, 0, overdriven.length);
        assertThat(second.warning()).isEqualTo(Warning.CLIPPING);
    }

    @Test
    void oneClickIsNotClipping() {
        LevelMeter meter = new LevelMeter();
        byte[] speech = TestAudio.pcm16(300, 0.2, CHUNK);
        speech[200] = (byte) 0xFF;
        speech[201] = (byte) 0x7F; // one sample at +32767
        AudioLevel level = null;
        for (int i = 0; i < 20; i++) {
            level = meter.update(speech, 0, speech.length);
        }
        assertThat(level.peakDbfs()).isCloseTo(0, within(0.01));
        // the click repeats every 100 ms, so 15 clipped blocks in the window: that is clipping
        assertThat(level.warning()).isEqualTo(Warning.CLIPPING);

        LevelMeter fresh = new LevelMeter();
        byte[] clean = TestAudio.pcm16(300, 0.2, CHUNK);
        fresh.update(speech, 0, speech.length);
        for (int i = 0; i < 5; i++) {
            level = fresh.update(clean, 0, clean.length);
        }
        assertThat(level.warning()).isEqualTo(Warning.NONE);
    }
}
