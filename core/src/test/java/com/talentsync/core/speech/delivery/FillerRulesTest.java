package com.talentsync.core.speech.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The lexical filler rules, each with the context that makes the same words ordinary speech. */
class FillerRulesTest {

    private static Map<String, Integer> fillersIn(String fluentSpeech) {
        return Talk.analyse(Talk.at(150).say(fluentSpeech).end()).metrics().fillers();
    }

    @ParameterizedTest(name = "\"{0}\" has filler \"{1}\"")
    @CsvSource({
            "we um moved the service to the cloud, um",
            "and uh it worked, uh",
            "it was er fine, er",
            "hmm that was hard, hmm",
            "it was like really slow, like",
            "we were like rewriting it, like",
            "it took like two weeks, like",
            "then you know we shipped it, you know",
            "and you know what i mean, you know",
            "i mean the tests were green, i mean",
            "basically we cached it, basically",
            "we actually rewrote the parser, actually",
            "it was literally the worst bug, literally",
            "so i led the team, so",
            "well i led the team, well",
    })
    void aFillerIsCounted(String speech, String filler) {
        assertThat(fillersIn(speech)).containsEntry(filler, 1);
    }

    @ParameterizedTest(name = "\"{0}\" has no filler")
    @CsvSource({
            "i like java",
            "we like clean code",
            "i would like to work here",
            "i'd like to add something",
            "i don't like flaky tests",
            "it looks like a memory leak",
            "it felt like a good fit",
            "something like that",
            "do it like this",
            "what kind of team is it",
            "it is a kind of cache",
            "that sort of thing happens",
            "do you know how to profile it",
            "if you know the answer say it",
            "you know where the logs are",
            "what i mean is that it scales",
            "i mean it",
            "what actually happened was a timeout",
            "we did it so that it scales",
            "so far it works",
            "it was well known",
            "i think so",
    })
    void ordinarySpeechIsNotAFiller(String speech) {
        assertThat(fillersIn(speech)).isEmpty();
    }

    @Test
    void soOpensASentenceAtTheStartOrAfterAPauseButNotMidSentence() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("it was slow so we cached it").pause(0.8).say("so it got faster").end());

        assertThat(report.fillers()).extracting(FillerHit::firstWord).containsExactly(7);
        assertThat(report.metrics().fillers()).containsExactly(Map.entry("so", 1));
    }

    @Test
    void aSentenceOpenedByAFillerStillStartsAfterIt() {
        assertThat(fillersIn("um so we shipped it")).containsExactly(Map.entry("um", 1), Map.entry("so", 1));
        assertThat(fillersIn("we um so shipped it")).containsExactly(Map.entry("um", 1));
    }

    @Test
    void kindOfBesideAPauseIsAFillerAndSaidFluentlyIsAHedge() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("we kind of").pause(0.8).say("rebuilt it and it kind of works well").end());

        assertThat(report.fillers()).extracting(FillerHit::phrase, FillerHit::firstWord, FillerHit::lastWord)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kind of", 1, 2));
        assertThat(report.hedges()).extracting(DeliveryReport.HedgeHit::phrase, DeliveryReport.HedgeHit::firstWord)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kind of", 7));
    }

    @Test
    void aPhraseIsCountedOnceAndFillersAreCountedPerPhraseInFirstSeenOrder() {
        DeliveryReport report = Talk.analyse(Talk.at(150)
                .say("um you know we um basically like used you know kafka").end());

        assertThat(report.metrics().fillers()).containsExactly(
                Map.entry("um", 2), Map.entry("you know", 2), Map.entry("basically", 1), Map.entry("like", 1));
        assertThat(report.metrics().fillerCount()).isEqualTo(6);
        assertThat(report.metrics().fillersPer100Words()).isEqualTo(100.0 * 6 / 11);
        assertThat(report.fillers()).allMatch(hit -> hit.source() == FillerSource.LEXICAL);
        assertThat(report.fillers()).extracting(FillerHit::firstWord).containsExactly(0, 1, 4, 5, 6, 8);
    }

    @Test
    void wordsAreMatchedWhateverTheirCaseOrPunctuation() {
        assertThat(fillersIn("Um, I LIKE Java. Like, really")).containsExactly(Map.entry("um", 1), Map.entry("like", 1));
    }
}
