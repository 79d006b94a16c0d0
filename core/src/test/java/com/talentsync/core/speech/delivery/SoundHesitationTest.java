package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.speech.SoundSpan;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport.SoundHesitation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hesitations heard as sound between words that the recogniser wrote nothing for. */
class SoundHesitationTest {

    /** "we built it" at 0-1.5 s, a 3 s gap, "and shipped it" at 4.5-6 s. */
    private static Transcript answer(SoundSpan... sounds) {
        return Talk.at(120).say("we built it").pause(3).say("and shipped it").end()
                .withUnrecognisedSounds(List.of(sounds));
    }

    @Test
    void soundInAGapIsAHesitationCountedAmongTheFillers() {
        DeliveryReport report = Talk.analyse(answer(new SoundSpan(2.0, 3.0)));

        assertThat(report.soundHesitations()).containsExactly(new SoundHesitation(2.0, 3.0, 2));
        assertThat(report.metrics().fillerCount()).isEqualTo(1);
        assertThat(report.metrics().fillers()).containsEntry(DeliveryAnalyzer.HESITATION, 1);
        assertThat(report.metrics().fillersPer100Words()).isCloseTo(100.0 / 6, within(1e-9));
        assertThat(report.metrics().wordCount()).as("a sound is not a word").isEqualTo(6);
    }

    @Test
    void theSoundSplitsTheGapSoOnlyItsSilencesArePauses() {
        DeliveryReport silent = Talk.analyse(answer());
        assertThat(silent.pauses()).singleElement().satisfies(pause -> assertThat(pause.isLong()).isTrue());

        DeliveryReport filled = Talk.analyse(answer(new SoundSpan(2.0, 3.0)));

        assertThat(filled.pauses()).extracting(DeliveryReport.Pause::startSec, DeliveryReport.Pause::endSec)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.5, 2.0),
                        org.assertj.core.groups.Tuple.tuple(3.0, 4.5));
        assertThat(filled.metrics().longPauses()).as("0.5 s and 1.5 s of silence, neither over 2 s").isZero();
        assertThat(filled.metrics().articulationWpm()).as("the umm is speaking time without words")
                .isCloseTo(6 / 4.0 * 60, within(1e-9))
                .isLessThan(silent.metrics().articulationWpm());
    }

    @Test
    void aSoundTooShortOrOutsideTheAnswerIsNotAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(120).after(1).say("we built it").pause(3).say("and shipped it")
                .end(2).withUnrecognisedSounds(List.of(
                        new SoundSpan(0.2, 0.8),     // before the first word: a breath or a click
                        new SoundSpan(3.0, 3.1),     // 0.1 s: too short for a filled pause
                        new SoundSpan(7.2, 7.9))));  // after the last word

        assertThat(report.soundHesitations()).isEmpty();
        assertThat(report.metrics().fillerCount()).isZero();
    }

    @Test
    void twoSoundsInOneGapAreTwoHesitations() {
        DeliveryReport report = Talk.analyse(answer(new SoundSpan(1.8, 2.3), new SoundSpan(3.2, 3.9)));

        assertThat(report.soundHesitations()).extracting(SoundHesitation::afterWord).containsExactly(2, 2);
        assertThat(report.metrics().fillers()).containsEntry(DeliveryAnalyzer.HESITATION, 2);
        assertThat(report.pauses()).extracting(DeliveryReport.Pause::durationSec)
                .allSatisfy(duration -> assertThat(duration).isLessThan(1.0));
    }
}
