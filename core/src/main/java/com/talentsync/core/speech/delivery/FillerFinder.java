package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.delivery.DeliveryLexicon.Phrase;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds fillers two ways: words and phrases from {@code fillers.txt} in the places the list allows
 * them, and hesitations the recogniser wrote as an ordinary short word (see
 * {@link DeliveryAnalyzer#HESITATION_MAX_SEC}). Every word belongs to at most one filler. A
 * sentence starts at the first word, after a pause, or right after a filler that itself opened the
 * sentence, so both words of "um so ..." are fillers.
 */
final class FillerFinder {

    /** The phrase under which timing-detected hesitations are counted. */
    static final String HESITATION = DeliveryAnalyzer.HESITATION;

    private final DeliveryLexicon lexicon;

    FillerFinder(DeliveryLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Fillers in word order; marks their words in {@code claimed}. */
    List<FillerHit> find(SpokenWords words, boolean[] claimed) {
        List<FillerHit> hits = new ArrayList<>(lexical(words, claimed));
        hits.addAll(hesitations(words, claimed));
        hits.sort(Comparator.comparingInt(FillerHit::firstWord));
        return hits;
    }

    private List<FillerHit> lexical(SpokenWords words, boolean[] claimed) {
        List<FillerHit> hits = new ArrayList<>();
        int openerEnd = -2; // last word of a filler that opened a sentence: "um" in "um so"
        int i = 0;
        while (i < words.size()) {
            boolean sentenceStart = words.startsSentence(i) || i == openerEnd + 1;
            Phrase found = firstFillerAt(words, i, sentenceStart, claimed);
            if (found == null) {
                i++;
                continue;
            }
            int last = i + found.words().size() - 1;
            for (int k = i; k <= last; k++) {
                claimed[k] = true;
            }
            hits.add(new FillerHit(i, last, found.text(), FillerSource.LEXICAL));
            if (sentenceStart) {
                openerEnd = last;
            }
            i = last + 1;
        }
        return hits;
    }

    private Phrase firstFillerAt(SpokenWords words, int i, boolean sentenceStart, boolean[] claimed) {
        for (Phrase phrase : lexicon.fillers) {
            if (!words.saysAt(i, phrase.words())) {
                continue;
            }
            int last = i + phrase.words().size() - 1;
            if (anyClaimed(claimed, i, last)
                    || lexicon.ordinaryUse(phrase.text(), words.before(i), words.after(last))) {
                continue;
            }
            boolean counts = switch (phrase.placement()) {
                case ANYWHERE -> true;
                case SENTENCE_START -> sentenceStart;
                case BESIDE_PAUSE -> sentenceStart || words.endsSentence(last);
                case REPEATED -> false;
            };
            if (counts) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * Short, low-confidence words with silence on both sides: what the small Vosk model writes for
     * an "um" it has no word for. A one-word answer is never a hesitation: there is nothing for it
     * to interrupt.
     */
    private static List<FillerHit> hesitations(SpokenWords words, boolean[] claimed) {
        List<FillerHit> hits = new ArrayList<>();
        if (words.size() < 2) {
            return hits;
        }
        for (int i = 0; i < words.size(); i++) {
            TimedWord word = words.word(i);
            if (!claimed[i]
                    && word.durationSec() <= DeliveryAnalyzer.HESITATION_MAX_SEC + SpokenWords.EPS
                    && word.conf() < DeliveryAnalyzer.HESITATION_MAX_CONF
                    && words.silenceBefore(i) >= DeliveryAnalyzer.HESITATION_SILENCE_SEC - SpokenWords.EPS
                    && words.silenceAfter(i) >= DeliveryAnalyzer.HESITATION_SILENCE_SEC - SpokenWords.EPS) {
                claimed[i] = true;
                hits.add(new FillerHit(i, i, HESITATION, FillerSource.TIMING));
            }
        }
        return hits;
    }

    static boolean anyClaimed(boolean[] claimed, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }
}
