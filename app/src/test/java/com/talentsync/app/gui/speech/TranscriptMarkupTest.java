package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptMarkupTest {

    @Test
    void fillersAndLongPausesBecomeTheirOwnRunsWithTooltips() {
        List<TranscriptMarkup.Run> runs = TranscriptMarkup.of(SpeechFixtures.answer(), SpeechFixtures.report());

        assertThat(runs).extracting(TranscriptMarkup.Run::kind).containsExactly(TranscriptMarkup.Kind.WORDS,
                TranscriptMarkup.Kind.FILLER, TranscriptMarkup.Kind.WORDS, TranscriptMarkup.Kind.LONG_PAUSE,
                TranscriptMarkup.Kind.WORDS);
        assertThat(runs.get(1).tooltip()).contains("“um”");
        assertThat(runs.get(3).tooltip()).startsWith("A long pause of 2.4 s");
        assertThat(runs.get(0).tooltip()).isEmpty();
    }

    @Test
    void aFillerPhraseOverSeveralWordsIsOneRunAndTimingHesitationsSaySo() {
        Transcript transcript = Transcript.of(List.of(new TimedWord("you", 0, 0.2, 1), new TimedWord("know", 0.2, 0.4, 1),
                new TimedWord("it", 0.5, 0.6, 1), new TimedWord("the", 1.2, 1.3, 0.3), new TimedWord("works", 2, 2.3, 1)), 3);
        DeliveryReport report = new DeliveryReport(SpeechFixtures.report().metrics(), List.of(), List.of(),
                List.of(new FillerHit(0, 1, "you know", FillerSource.LEXICAL), new FillerHit(3, 3, "the", FillerSource.TIMING)),
                List.of(), List.of(), List.of());

        List<TranscriptMarkup.Run> runs = TranscriptMarkup.of(transcript, report);

        assertThat(runs).extracting(TranscriptMarkup.Run::text).containsExactly("you know", " it ", "the", " works");
        assertThat(runs.get(2).tooltip()).startsWith("Hesitation");
        assertThat(String.join("", runs.stream().map(TranscriptMarkup.Run::text).toList())).isEqualTo(transcript.text());
    }

    @Test
    void aHeardHesitationAndALongPauseInOneGapAreMarkedInTimeOrder() {
        Transcript transcript = Transcript.of(List.of(new TimedWord("we", 0, 0.3, 1), new TimedWord("shipped", 0.3, 0.8, 1),
                new TimedWord("it", 5.0, 5.2, 1)), 6);
        DeliveryReport report = new DeliveryReport(SpeechFixtures.report().metrics(), List.of(),
                List.of(new DeliveryReport.Pause(1.6, 5.0, 1, true)), List.of(), List.of(), List.of(), List.of(),
                List.of(new DeliveryReport.SoundHesitation(0.9, 1.6, 1)));

        List<TranscriptMarkup.Run> runs = TranscriptMarkup.of(transcript, report);

        assertThat(runs).extracting(TranscriptMarkup.Run::text)
                .containsExactly("we shipped ", "[um…]", " ", "[pause 3.4 s]", " it");
        assertThat(runs.get(1).kind()).isEqualTo(TranscriptMarkup.Kind.FILLER);
        assertThat(runs.get(1).tooltip()).isEqualTo(TranscriptMarkup.SOUND_HESITATION);
    }

    @Test
    void anEmptyTranscriptHasNoRuns() {
        DeliveryReport report = new DeliveryReport(SpeechFixtures.report().metrics(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        assertThat(TranscriptMarkup.of(Transcript.of(List.of(), 2), report)).isEmpty();
    }
}
