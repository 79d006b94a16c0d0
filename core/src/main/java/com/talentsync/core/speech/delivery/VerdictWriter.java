package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.HedgeHit;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import com.talentsync.core.speech.delivery.DeliveryReport.Repetition;
import com.talentsync.core.speech.delivery.DeliveryReport.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One plain sentence per metric, saying the figure, the band and what to do. Pace and variety
 * are not judged on answers under {@link DeliveryAnalyzer#MIN_WORDS_TO_JUDGE} words: a few words
 * say nothing about either.
 */
final class VerdictWriter {

    private VerdictWriter() {}

    static List<Verdict> write(DeliveryMetrics m, List<HedgeHit> hedges, List<Repetition> repetitions) {
        List<Verdict> verdicts = new ArrayList<>();
        if (m.wordCount() == 0) {
            verdicts.add(verdict("talkTimeSec", 0, DeliveryBands.TALK_TIME_SEC,
                    r -> "Nothing was heard: check that the microphone is on and answer aloud."));
            return verdicts;
        }
        boolean judgeable = m.wordCount() >= DeliveryAnalyzer.MIN_WORDS_TO_JUDGE;
        if (judgeable) {
            verdicts.add(verdict("wpm", m.wpm(), DeliveryBands.WPM, r -> switch (r) {
                case LOW -> f("You spoke at %.0f words per minute, slower than the %s that keeps listeners engaged; %s",
                        m.wpm(), range(DeliveryBands.WPM), m.longPauses() > 0
                                ? "shorten the long pauses and keep your sentences moving."
                                : "speak a little more briskly and keep your sentences moving.");
                case IN_BAND -> f("You spoke at %.0f words per minute, within the %s that listeners follow easily; keep this pace.",
                        m.wpm(), range(DeliveryBands.WPM));
                case HIGH -> f("You spoke at %.0f words per minute, faster than the %s that listeners follow easily;"
                        + " slow down and pause between points.", m.wpm(), range(DeliveryBands.WPM));
            }));
            verdicts.add(verdict("articulationWpm", m.articulationWpm(), DeliveryBands.ARTICULATION_WPM, r -> switch (r) {
                case LOW -> f("Between pauses you spoke at %.0f words per minute, slower than the %s of fluent speech;"
                        + " practise the answer aloud until the words come without searching.",
                        m.articulationWpm(), range(DeliveryBands.ARTICULATION_WPM));
                case IN_BAND -> f("Between pauses you spoke at %.0f words per minute, within the %s of fluent speech.",
                        m.articulationWpm(), range(DeliveryBands.ARTICULATION_WPM));
                case HIGH -> f("Between pauses you spoke at %.0f words per minute, faster than the %s listeners follow"
                        + " easily; slow the words themselves down, not only the gaps between them.",
                        m.articulationWpm(), range(DeliveryBands.ARTICULATION_WPM));
            }));
        }
        verdicts.add(verdict("fillersPer100Words", m.fillersPer100Words(), DeliveryBands.FILLERS_PER_100_WORDS, r ->
                m.fillerCount() == 0 ? "You used no filler words; keep it up."
                        : r == Rating.HIGH
                        ? f("You used %d fillers (%.1f per 100 words), mostly %s, more than the %s listeners start to"
                                + " notice; pause silently instead of filling the gap.", m.fillerCount(),
                                m.fillersPer100Words(), top(m.fillers()), f("%.0f per 100", DeliveryBands.FILLERS_PER_100_WORDS.high()))
                        : f("You used %d filler%s (%.1f per 100 words), under the %s that listeners notice.",
                                m.fillerCount(), plural(m.fillerCount()), m.fillersPer100Words(),
                                f("%.0f per 100", DeliveryBands.FILLERS_PER_100_WORDS.high()))));
        verdicts.add(verdict("longPauses", m.longPauses(), DeliveryBands.LONG_PAUSES, r ->
                m.longPauses() == 0 ? "You had no pauses over 2 seconds; your answer flowed."
                        : r == Rating.HIGH
                        ? f("You paused over 2 seconds %d times (longest %.1f s); plan your main points before you"
                                + " start so the answer does not stall.", m.longPauses(), m.longestPauseSec())
                        : f("You paused over 2 seconds %d time%s (longest %.1f s), which is fine for gathering your thoughts.",
                                m.longPauses(), plural(m.longPauses()), m.longestPauseSec())));
        verdicts.add(verdict("hedges", m.hedges(), DeliveryBands.HEDGES, r ->
                m.hedges() == 0 ? "You did not hedge; your answer sounded sure of itself."
                        : r == Rating.HIGH
                        ? f("You hedged %d times, mostly %s; say plainly what you did and know, and keep \"maybe\""
                                + " for real doubt.", m.hedges(), top(hedgeCounts(hedges)))
                        : f("You hedged %d time%s (%s), which still sounds confident.",
                                m.hedges(), plural(m.hedges()), top(hedgeCounts(hedges)))));
        verdicts.add(verdict("repeatedWords", m.repeatedWords(), DeliveryBands.REPEATED_WORDS, r ->
                m.repeatedWords() == 0 ? "You did not repeat words; your sentences started cleanly."
                        : r == Rating.HIGH
                        ? f("You restarted on a repeated word %d times (such as \"%s\"); slow down at the start of"
                                + " sentences so you do not need to restart them.", m.repeatedWords(), example(repetitions))
                        : f("You restarted on a repeated word %d time%s (\"%s\"), which is normal in speech.",
                                m.repeatedWords(), plural(m.repeatedWords()), example(repetitions))));
        if (judgeable) {
            verdicts.add(verdict("vocabularyVariety", m.vocabularyVariety(), DeliveryBands.VOCABULARY_VARIETY, r ->
                    r == Rating.LOW
                            ? f("Your word variety was %.2f, under the %.2f of a varied answer; name specific tools,"
                                    + " results and numbers instead of repeating general words.",
                                    m.vocabularyVariety(), DeliveryBands.VOCABULARY_VARIETY.low())
                            : f("Your word variety was %.2f, a varied answer (%.2f or more).",
                                    m.vocabularyVariety(), DeliveryBands.VOCABULARY_VARIETY.low())));
        }
        verdicts.add(verdict("talkTimeSec", m.talkTimeSec(), DeliveryBands.TALK_TIME_SEC, r -> switch (r) {
            case LOW -> f("You spoke for %.0f seconds, shorter than the %s of a full interview answer; add a concrete"
                    + " example of what you did and what came of it.", m.talkTimeSec(), range(DeliveryBands.TALK_TIME_SEC));
            case IN_BAND -> f("You spoke for %.0f seconds, within the %s of a full interview answer.",
                    m.talkTimeSec(), range(DeliveryBands.TALK_TIME_SEC));
            case HIGH -> f("You spoke for %.0f seconds, longer than the %s interviewers listen to comfortably; keep to"
                    + " the situation, your action and the result.", m.talkTimeSec(), range(DeliveryBands.TALK_TIME_SEC));
        }));
        return verdicts;
    }

    private static Verdict verdict(String metric, double value, Band band, java.util.function.Function<Rating, String> text) {
        Rating rating = DeliveryBands.rate(band, value);
        return new Verdict(metric, value, band, rating, text.apply(rating));
    }

    private static String range(Band band) {
        return f("%.0f-%.0f", band.low(), band.high());
    }

    /** The one or two most frequent phrases, quoted: "like" and "um". */
    private static String top(Map<String, Integer> counts) {
        List<String> phrases = counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed())
                .limit(2).map(e -> "\"" + e.getKey() + "\"").toList();
        return String.join(" and ", phrases);
    }

    private static Map<String, Integer> hedgeCounts(List<HedgeHit> hedges) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        hedges.forEach(hit -> counts.merge(hit.phrase(), 1, Integer::sum));
        return counts;
    }

    private static String example(List<Repetition> repetitions) {
        Repetition first = repetitions.getFirst();
        return String.join(" ", java.util.Collections.nCopies(first.times(), first.word()));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
