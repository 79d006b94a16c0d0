package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.HedgeHit;
import com.talentsync.core.speech.delivery.DeliveryReport.PaceWindow;
import com.talentsync.core.speech.delivery.DeliveryReport.Pause;
import com.talentsync.core.speech.delivery.DeliveryReport.Repetition;
import com.talentsync.core.speech.delivery.DeliveryReport.SoundHesitation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a timed transcript into delivery figures: pace, pauses, fillers, hedges, repetitions,
 * talk time and vocabulary variety, each judged against a reference band. Pure logic:
 * same transcript, same report. Thread-safe: the word lists are read once and never change.
 *
 * <p>Every word counts towards the word count and pace, fillers included. A word belongs to at
 * most one filler or hedge: fillers are found first, then timing hesitations among the words left,
 * then hedges. Definitions, bands and their sources: docs/speech-delivery.md.
 */
public final class DeliveryAnalyzer {

    /**
     * A silence between words this long or longer counts as a pause. Fluency research uses
     * 0.25-1 s; recogniser word edges are only good to a frame or two and gaps of 0.2-0.3 s occur
     * inside fluent phrases, so a pause here is one a listener clearly hears.
     */
    public static final double PAUSE_SEC = 0.5;
    /** A pause over this long is a long pause. */
    public static final double LONG_PAUSE_SEC = 2.0;

    /** A timing hesitation is a word this short or shorter... */
    public static final double HESITATION_MAX_SEC = 0.6;
    /** ...that the recogniser was less sure of than this... */
    public static final double HESITATION_MAX_CONF = 0.8;
    /** ...with at least this much silence on both sides (the audio's edges count as silence). */
    public static final double HESITATION_SILENCE_SEC = 0.3;

    /**
     * Speech-like sound between words with no word written for it counts as a hesitation from
     * this long: a filled pause ("umm") lasts a few hundred milliseconds or more.
     */
    public static final double SOUND_HESITATION_MIN_SEC = 0.2;
    /** The key sound and timing hesitations are counted under in {@link DeliveryMetrics#fillers()}. */
    public static final String HESITATION = "(hesitation)";

    /** A {@code repeated} hedge ("I think") counts once the answer says it this many times. */
    public static final int REPEATED_HEDGE_MIN = 2;
    /** Pace and vocabulary variety are judged only on answers of this many words or more. */
    public static final int MIN_WORDS_TO_JUDGE = 10;

    private final FillerFinder fillerFinder;
    private final HedgeFinder hedgeFinder;
    private final RepetitionFinder repetitionFinder;

    /** An analyser with the word lists that ship in {@code /talentsync/speech/}. */
    public DeliveryAnalyzer() {
        DeliveryLexicon lexicon = DeliveryLexicon.standard();
        this.fillerFinder = new FillerFinder(lexicon);
        this.hedgeFinder = new HedgeFinder(lexicon);
        this.repetitionFinder = new RepetitionFinder(lexicon);
    }

    public DeliveryReport analyse(Transcript transcript) {
        SpokenWords words = new SpokenWords(transcript);
        int wordCount = words.size();

        double talkTime = PaceMeter.talkTimeSec(transcript.words());
        List<SoundHesitation> sounds = SoundHesitations.find(transcript);
        List<Pause> pauses = PaceMeter.pauses(transcript.words(), sounds);
        double pausedTime = pauses.stream().mapToDouble(Pause::durationSec).sum();
        double longestPause = pauses.stream().mapToDouble(Pause::durationSec).max().orElse(0);
        int longPauses = (int) pauses.stream().filter(Pause::isLong).count();
        List<PaceWindow> windows = PaceMeter.windows(transcript.words(), transcript.durationSec());

        boolean[] fillerWords = new boolean[wordCount];
        List<FillerHit> fillers = fillerFinder.find(words, fillerWords);
        List<HedgeHit> hedges = hedgeFinder.find(words, fillerWords);
        List<Repetition> repetitions = repetitionFinder.find(words, fillerWords);

        Map<String, Integer> fillerCounts = new LinkedHashMap<>();
        fillers.forEach(hit -> fillerCounts.merge(hit.phrase(), 1, Integer::sum));
        sounds.forEach(sound -> fillerCounts.merge(HESITATION, 1, Integer::sum));
        int fillerCount = fillers.size() + sounds.size();
        List<String> spokenWords = new ArrayList<>();
        for (int i = 0; i < wordCount; i++) {
            if (!fillerWords[i] && !words.token(i).isEmpty()) {
                spokenWords.add(words.token(i));
            }
        }

        DeliveryMetrics metrics = new DeliveryMetrics(
                PaceMeter.perMinute(wordCount, talkTime),
                PaceMeter.perMinute(wordCount, Math.max(0, talkTime - pausedTime)),
                pauses.size(),
                longPauses,
                longestPause,
                fillerCount,
                wordCount == 0 ? 0 : 100.0 * fillerCount / wordCount,
                fillerCounts,
                hedges.size(),
                talkTime,
                wordCount,
                VocabularyVariety.of(spokenWords),
                repetitions.size());
        return new DeliveryReport(metrics, windows, pauses, fillers, hedges, repetitions,
                VerdictWriter.write(metrics, hedges, repetitions), sounds);
    }
}
