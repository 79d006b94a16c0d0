package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import com.talentsync.core.speech.delivery.DeliveryReport.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    private static Verdict verdictOn(DeliveryReport report, String metric) {
        return report.verdicts().stream().filter(v -> v.metric().equals(metric)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} wpm is {1}")
    @CsvSource({"119.999, LOW", "120, IN_BAND", "140, IN_BAND", "160, IN_BAND", "160.001, HIGH"})
    void paceIsRatedAgainstAnInclusiveBand(double wpm, Rating rating) {
        assertThat(DeliveryBands.rate(DeliveryBands.WPM, wpm)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0} fillers per 100 words is {1}")
    @CsvSource({"0, IN_BAND", "5, IN_BAND", "5.01, HIGH"})
    void fillersAreRatedAgainstFivePerHundred(double per100, Rating rating) {
        assertThat(DeliveryBands.rate(DeliveryBands.FILLERS_PER_100_WORDS, per100)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0} wpm spoken is {1}")
    @CsvSource({"100, LOW", "120, IN_BAND", "160, IN_BAND", "182, HIGH"})
    void anAnswerAtAKnownPaceGetsThatRating(double wpm, Rating rating) {
        Verdict verdict = verdictOn(Talk.analyse(Talk.at(wpm).sayWords(60).end()), "wpm");

        assertThat(verdict.rating()).isEqualTo(rating);
        assertThat(verdict.band()).isEqualTo(DeliveryBands.WPM);
        assertThat(verdict.text()).startsWith("You spoke at " + (int) wpm + " words per minute");
    }

    @Test
    void aFastAnswerIsToldToSlowDown() {
        Verdict verdict = verdictOn(Talk.analyse(Talk.at(182).sayWords(60).end()), "wpm");

        assertThat(verdict.text()).isEqualTo("You spoke at 182 words per minute, faster than the 120-160 that"
                + " listeners follow easily; slow down and pause between points.");
    }

    @Test
    void manyFillersAreNamedInTheVerdict() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("um we like built it um and like you know um tested it like twice").end());
        Verdict verdict = verdictOn(report, "fillersPer100Words");

        assertThat(verdict.rating()).isEqualTo(Rating.HIGH);
        assertThat(verdict.text()).contains("mostly \"um\" and \"like\"").contains("pause silently");
    }

    @Test
    void everyVerdictNamesAMetricAndABandWithASource() {
        DeliveryReport report = Talk.analyse(Talk.at(140).sayWords(30).pause(2.5).say("i think so i think").end());

        assertThat(report.verdicts()).extracting(Verdict::metric).containsExactly("wpm", "articulationWpm",
                "fillersPer100Words", "longPauses", "hedges", "repeatedWords", "vocabularyVariety", "talkTimeSec");
        assertThat(report.verdicts()).allSatisfy(v -> {
            assertThat(v.band().source()).isNotBlank();
            assertThat(v.band().low()).isFinite();
            assertThat(v.band().high()).isFinite();
            assertThat(v.text()).endsWith(".").doesNotContain("NaN").doesNotContain("Infinity");
        });
    }

    @Test
    void anEmptyTranscriptIsToldNothingWasHeard() {
        DeliveryReport report = Talk.analyse(Transcript.of(List.of(), 5));

        assertThat(report.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.rating()).isEqualTo(Rating.LOW);
            assertThat(v.text()).startsWith("Nothing was heard");
        });
    }

    @Test
    void aFewWordsAreNotJudgedOnPaceOrVariety() {
        DeliveryReport report = Talk.analyse(Talk.at(300).say("yes i did").end());

        assertThat(report.verdicts()).extracting(Verdict::metric)
                .doesNotContain("wpm", "articulationWpm", "vocabularyVariety").contains("talkTimeSec");
    }

    @Test
    void noFigureIsNaNOrInfinite() {
        List<Transcript> transcripts = List.of(
                Transcript.of(List.of(), 0),
                Talk.at(150).say("one").end(),
                Talk.at(150).word("zero", 0, 0).end(),
                Talk.at(150).sayWords(3).pause(5).sayWords(2).end(3));
        for (Transcript transcript : transcripts) {
            DeliveryReport report = Talk.analyse(transcript);
            DeliveryMetrics m = report.metrics();
            assertThat(List.of(m.wpm(), m.articulationWpm(), m.longestPauseSec(), m.fillersPer100Words(),
                    m.talkTimeSec(), m.vocabularyVariety())).allSatisfy(x -> assertThat(x).isFinite());
            assertThat(report.paceOverTime()).allSatisfy(w -> assertThat(w.wpm()).isFinite());
            assertThat(report.verdicts()).allSatisfy(v -> assertThat(v.value()).isFinite());
        }
    }

    @Test
    void theSameTranscriptGivesTheSameReportOnAnyThread() throws Exception {
        Transcript transcript = Talk.at(150).say("um so i i think it was like built").pause(2.5)
                .word("the", 0.2, 0.3).pause(0.5).say("and i think it kind of worked you know").end(2);
        DeliveryReport first = Talk.analyse(transcript);
        DeliveryAnalyzer shared = new DeliveryAnalyzer();
        List<Future<DeliveryReport>> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 16; i++) {
                reports.add(pool.submit(() -> shared.analyse(transcript)));
            }
        }
        for (Future<DeliveryReport> report : reports) {
            assertThat(report.get()).isEqualTo(first);
        }
        assertThat(first.metrics().fillers()).containsExactly(Map.entry("um", 1), Map.entry("so", 1),
                Map.entry("like", 1), Map.entry("(hesitation)", 1), Map.entry("you know", 1));
        assertThat(first.metrics().hedges()).isEqualTo(3);
        assertThat(first.metrics().repeatedWords()).isEqualTo(1);
    }

    @Test
    void bandsAreFiniteSoTheyCanBeWrittenAsJson() {
        for (Band band : List.of(DeliveryBands.WPM, DeliveryBands.ARTICULATION_WPM, DeliveryBands.FILLERS_PER_100_WORDS,
                DeliveryBands.LONG_PAUSES, DeliveryBands.HEDGES, DeliveryBands.REPEATED_WORDS,
                DeliveryBands.VOCABULARY_VARIETY, DeliveryBands.TALK_TIME_SEC)) {
            assertThat(band.low()).isFinite().isLessThan(band.high());
            assertThat(band.high()).isFinite();
        }
    }
}
