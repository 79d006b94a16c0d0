package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hesitations the recogniser wrote as a short, unsure word between silences. */
class TimingHesitationTest {

    @Test
    void aShortUnsureWordBetweenSilencesIsAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("i worked on").pause(0.6).word("the", 0.25, 0.45).pause(0.7).say("payments service").end());

        assertThat(report.fillers()).containsExactly(new FillerHit(3, 3, "(hesitation)", FillerSource.TIMING));
        assertThat(report.metrics().fillers()).containsExactly(Map.entry("(hesitation)", 1));
        assertThat(report.metrics().fillerCount()).isEqualTo(1);
    }

    @Test
    void theEdgesOfTheAudioCountAsSilence() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .after(1).word("a", 0.2, 0.3).pause(0.5).say("we shipped it").pause(0.4).word("oh", 0.2, 0.5).end(1));

        assertThat(report.fillers()).extracting(FillerHit::firstWord).containsExactly(0, 4);
    }

    @Test
    void aConfidentShortWordBetweenSilencesIsNotAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we tried").pause(0.6).word("and", 0.2, 0.95).pause(0.6).say("it worked").end());

        assertThat(report.fillers()).isEmpty();
    }

    @Test
    void anUnsureWordInsideFluentSpeechIsNotAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we tried").word("the", 0.2, 0.3).say("cache").pause(1).say("then").word("a", 0.2, 0.3)
                .pause(1).say("queue").end());

        assertThat(report.fillers()).isEmpty();
    }

    @Test
    void anUnsureWordSilentOnOnlyOneSideIsNotAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we tried").pause(0.29).word("the", 0.2, 0.3).pause(1).say("cache").end());

        assertThat(report.fillers()).isEmpty();
    }

    @Test
    void theConfidenceCutOffIsStrictAndTheDurationCutOffInclusive() {
        assertThat(isolated(0.6, 0.79)).isTrue();
        assertThat(isolated(0.6, 0.8)).isFalse();
        assertThat(isolated(0.61, 0.5)).isFalse();
    }

    private static boolean isolated(double seconds, double conf) {
        return !Talk.analyse(Talk.at(150).say("we tried").pause(0.5).word("do", seconds, conf).pause(0.5).say("it").end())
                .fillers().isEmpty();
    }

    @Test
    void aLongUnsureWordIsNotAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we tried").pause(1).word("kubernetes", 0.9, 0.4).pause(1).say("last year").end());

        assertThat(report.fillers()).isEmpty();
    }

    @Test
    void aOneWordAnswerIsNeverAHesitation() {
        DeliveryReport report = Talk.analyse(Talk.at(150).after(1).word("yes", 0.3, 0.5).end(1));

        assertThat(report.fillers()).isEmpty();
    }

    @Test
    void anUmTheRecogniserWroteIsCountedOnceAsLexical() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we tried").pause(0.6).word("um", 0.3, 0.4).pause(0.6).say("it worked").end());

        assertThat(report.fillers()).containsExactly(new FillerHit(2, 2, "um", FillerSource.LEXICAL));
    }

    @Test
    void hesitationsAreLeftOutOfVocabularyButCountAsWords() {
        DeliveryMetrics m = Talk.analyse(Talk.at(150)
                .say("alpha beta").pause(0.6).word("the", 0.2, 0.3).pause(0.6).say("gamma delta").end()).metrics();

        assertThat(m.wordCount()).isEqualTo(5);
        assertThat(m.vocabularyVariety()).isEqualTo(1.0);
        assertThat(m.fillersPer100Words()).isEqualTo(20.0);
    }
}
