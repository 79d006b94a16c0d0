package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.speech.delivery.DeliveryReport.HedgeHit;
import com.talentsync.core.speech.delivery.DeliveryReport.Repetition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgeAndRepetitionTest {

    private static DeliveryReport fluent(String speech) {
        return Talk.analyse(Talk.at(150).say(speech).end());
    }

    @ParameterizedTest(name = "\"{0}\" has {1} hedges")
    @CsvSource({
            "maybe we could cache it, 1",
            "it is probably the database and perhaps the network, 2",
            "i guess it was fine, 1",
            "i suppose so, 1",
            "i'm not sure it scales, 1",
            "i am not sure it scales, 1",
            "we are not sure yet, 1",
            "i'd say it went well, 1",
            "i feel like it went well, 1",
            "it sort of works, 1",
            "what kind of cache, 0",
            "i think we should cache it, 0",
            "i think we should cache it and i think it helps, 2",
            "i think it is slow i believe it is the disk i think so, 2",
            "i believe it and i believe you, 2",
    })
    void hedgesAreCounted(String speech, int hedges) {
        assertThat(fluent(speech).metrics().hedges()).isEqualTo(hedges);
    }

    @Test
    void aRepeatedIThinkCountsEveryTimeOnceSaidTwice() {
        DeliveryReport report = fluent("i think it helps i think it scales and i think it is cheap");

        assertThat(report.hedges()).extracting(HedgeHit::firstWord, HedgeHit::lastWord)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(4, 5),
                        org.assertj.core.groups.Tuple.tuple(9, 10));
        assertThat(report.hedges()).extracting(HedgeHit::phrase).containsOnly("i think");
    }

    @Test
    void aFillerIsNotAlsoAHedge() {
        DeliveryReport report = Talk.analyse(Talk.at(150).say("it").pause(0.6).say("sort of").pause(0.6).say("worked").end());

        assertThat(report.metrics().fillers()).containsEntry("sort of", 1);
        assertThat(report.hedges()).isEmpty();
    }

    @Test
    void immediateRepetitionsAreFoundWithHowManyTimes() {
        DeliveryReport report = fluent("i i worked on the the the api and it it was fine");

        assertThat(report.repetitions()).containsExactly(
                new Repetition(0, "i", 2), new Repetition(4, "the", 3), new Repetition(9, "it", 2));
        assertThat(report.metrics().repeatedWords()).isEqualTo(3);
    }

    @Test
    void legitimateDoublesAreNotRepetitionsButTriplesAre() {
        assertThat(fluent("he had had enough and that that was it").repetitions()).isEmpty();
        assertThat(fluent("that that that was it").repetitions()).containsExactly(new Repetition(0, "that", 3));
    }

    @Test
    void repeatedFillersAreFillersNotRepetitions() {
        DeliveryReport report = fluent("um um we shipped it");

        assertThat(report.repetitions()).isEmpty();
        assertThat(report.metrics().fillers()).containsEntry("um", 2);
    }

    @Test
    void repetitionIgnoresCaseAndPunctuation() {
        assertThat(fluent("The, the cache").repetitions()).containsExactly(new Repetition(0, "the", 2));
    }

    @Test
    void varietyOfAShortAnswerIsThePlainTypeTokenRatio() {
        // 8 words, 6 distinct
        assertThat(fluent("we built it and we tested it well").metrics().vocabularyVariety())
                .isCloseTo(6 / 8.0, within(1e-12));
    }

    @Test
    void varietyOfALongAnswerIsTheMovingAverageOverFiftyWordWindows() {
        // 60 distinct words, then the same 40 again: windows 0..50 start at 0..50
        StringBuilder speech = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            speech.append("w").append(i).append(' ');
        }
        for (int i = 0; i < 40; i++) {
            speech.append("w").append(i).append(' ');
        }
        double variety = fluent(speech.toString().strip()).metrics().vocabularyVariety();

        assertThat(variety).isCloseTo(expectedMattr(60, 40), within(1e-12));
    }

    @Test
    void varietyDoesNotFallJustBecauseTheAnswerIsLonger() {
        List<String> cycle = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "w" + (i % 40)).toList();

        assertThat(VocabularyVariety.of(cycle)).isCloseTo(40 / 50.0, within(1e-12));
        assertThat(VocabularyVariety.of(cycle.subList(0, 200))).isCloseTo(40 / 50.0, within(1e-12));
    }

    /** Brute force: distinct words in every 50-word window, averaged. */
    private static double expectedMattr(int distinct, int again) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            words.add("w" + i);
        }
        for (int i = 0; i < again; i++) {
            words.add("w" + i);
        }
        double sum = 0;
        int windows = words.size() - 50 + 1;
        for (int start = 0; start < windows; start++) {
            sum += new java.util.HashSet<>(words.subList(start, start + 50)).size() / 50.0;
        }
        return sum / windows;
    }
}
