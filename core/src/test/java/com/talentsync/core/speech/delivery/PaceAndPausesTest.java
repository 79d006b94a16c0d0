package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport.PaceWindow;
import com.talentsync.core.speech.delivery.DeliveryReport.Pause;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceAndPausesTest {

    @Test
    void wordsBackToBackAt150WpmMeasureAs150() {
        DeliveryMetrics m = Talk.analyse(Talk.at(150).sayWords(40).end()).metrics();

        assertThat(m.wordCount()).isEqualTo(40);
        assertThat(m.talkTimeSec()).isCloseTo(16, within(1e-9));
        assertThat(m.wpm()).isCloseTo(150, within(1e-6));
        assertThat(m.articulationWpm()).isCloseTo(150, within(1e-6));
        assertThat(m.pauses()).isZero();
    }

    @Test
    void silenceBeforeTheFirstWordAndAfterTheLastIsNeitherTalkNorPause() {
        DeliveryReport report = Talk.analyse(Talk.at(120).after(3).sayWords(20).end(4));

        assertThat(report.metrics().talkTimeSec()).isCloseTo(10, within(1e-9));
        assertThat(report.metrics().wpm()).isCloseTo(120, within(1e-6));
        assertThat(report.pauses()).isEmpty();
    }

    @Test
    void articulationRateLeavesThePausesOut() {
        // 30 words in 15 s of speech plus 3 s and 1 s of pauses: 30 / 19 s overall, 30 / 15 s between pauses
        DeliveryMetrics m = Talk.analyse(Talk.at(120).sayWords(10).pause(3).sayWords(10).pause(1).sayWords(10).end()).metrics();

        assertThat(m.talkTimeSec()).isCloseTo(19, within(1e-9));
        assertThat(m.wpm()).isCloseTo(30 / 19.0 * 60, within(1e-6));
        assertThat(m.articulationWpm()).isCloseTo(120, within(1e-6));
    }

    @Test
    void pausesAreCountedWithTheLongestAndWhereTheLongOnesFall() {
        DeliveryReport report = Talk.analyse(Talk.at(120)
                .sayWords(5).pause(0.7).sayWords(5).pause(2.5).sayWords(5).pause(4.0).sayWords(5).pause(0.3).sayWords(2).end());
        DeliveryMetrics m = report.metrics();

        assertThat(m.pauses()).isEqualTo(3);
        assertThat(m.longPauses()).isEqualTo(2);
        assertThat(m.longestPauseSec()).isCloseTo(4.0, within(1e-9));
        assertThat(report.pauses()).extracting(Pause::afterWord).containsExactly(4, 9, 14);
        assertThat(report.pauses()).extracting(Pause::isLong).containsExactly(false, true, true);
        assertThat(report.pauses().get(1).durationSec()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void aGapOfExactlyHalfASecondIsAPauseAndExactlyTwoSecondsIsNotLong() {
        List<TimedWord> words = List.of(
                new TimedWord("one", 0.0, 1.2, 1), new TimedWord("two", 1.7, 2.0, 1),
                new TimedWord("three", 2.49, 3.0, 1), new TimedWord("four", 5.0, 5.5, 1),
                new TimedWord("five", 7.51, 8.0, 1));
        DeliveryReport report = Talk.analyse(Transcript.of(words, 8));

        assertThat(report.pauses()).extracting(Pause::afterWord).containsExactly(0, 2, 3);
        assertThat(report.pauses()).extracting(Pause::isLong).containsExactly(false, false, true);
    }

    @Test
    void tenSecondWindowsCoverTheAudioAndCountWordsByTheirMiddle() {
        // audio 25 s; words: 10 words in 0-5 s, silence to 12 s, 6 words 12-15 s; trailing silence
        Transcript transcript = Talk.at(120).sayWords(10).pause(7).sayWords(6).end(10);
        List<PaceWindow> windows = Talk.analyse(transcript).paceOverTime();

        assertThat(windows).extracting(PaceWindow::startSec).containsExactly(0.0, 10.0, 20.0);
        assertThat(windows.get(2).endSec()).isCloseTo(25, within(1e-9));
        assertThat(windows).extracting(PaceWindow::words).containsExactly(10, 6, 0);
        assertThat(windows.get(0).wpm()).isCloseTo(60, within(1e-9));
        assertThat(windows.get(1).wpm()).isCloseTo(36, within(1e-9));
        assertThat(windows.get(2).wpm()).isZero();
    }

    @Test
    void aWordStraddlingAWindowEdgeGoesWhereItsMiddleIs() {
        List<TimedWord> words = List.of(new TimedWord("early", 9.0, 10.8, 1), new TimedWord("late", 9.6, 10.6, 1));
        List<PaceWindow> windows = Talk.analyse(Transcript.of(words, 20)).paceOverTime();

        assertThat(windows).extracting(PaceWindow::words).containsExactly(1, 1);
    }

    @Test
    void aStubOfAWindowAtTheEndJoinsThePreviousOne() {
        List<PaceWindow> windows = Talk.analyse(Talk.at(60).sayWords(20).end(0.5)).paceOverTime();

        assertThat(windows).hasSize(2);
        assertThat(windows.get(1).endSec()).isCloseTo(20.5, within(1e-9));
        assertThat(windows.get(1).words()).isEqualTo(10);
    }

    @Test
    void anEmptyTranscriptGivesZerosAndNoWindowsForNoAudio() {
        DeliveryReport report = Talk.analyse(Transcript.of(List.of(), 0));
        DeliveryMetrics m = report.metrics();

        assertThat(List.of(m.wpm(), m.articulationWpm(), m.longestPauseSec(), m.fillersPer100Words(),
                m.talkTimeSec(), m.vocabularyVariety())).containsOnly(0.0);
        assertThat(List.of(m.pauses(), m.longPauses(), m.fillerCount(), m.hedges(), m.wordCount(), m.repeatedWords()))
                .containsOnly(0);
        assertThat(report.paceOverTime()).isEmpty();
        assertThat(report.pauses()).isEmpty();
    }

    @Test
    void silentAudioStillChartsItsWindowsAtZero() {
        List<PaceWindow> windows = Talk.analyse(Transcript.of(List.of(), 15)).paceOverTime();

        assertThat(windows).extracting(PaceWindow::words).containsExactly(0, 0);
        assertThat(windows).extracting(PaceWindow::wpm).containsExactly(0.0, 0.0);
    }

    @Test
    void aSingleWordHasNoPausesAndAFinitePace() {
        DeliveryMetrics m = Talk.analyse(Talk.at(150).after(1).say("hello").end(1)).metrics();

        assertThat(m.wordCount()).isEqualTo(1);
        assertThat(m.talkTimeSec()).isCloseTo(0.4, within(1e-9));
        assertThat(m.wpm()).isCloseTo(150, within(1e-6));
        assertThat(m.pauses()).isZero();
        assertThat(m.longestPauseSec()).isZero();
    }

    @Test
    void aWordOfNoDurationGivesZeroPaceNotInfinity() {
        DeliveryMetrics m = Talk.analyse(Transcript.of(List.of(new TimedWord("hm", 1, 1, 1)), 2)).metrics();

        assertThat(m.wpm()).isZero();
        assertThat(m.articulationWpm()).isZero();
    }
}
