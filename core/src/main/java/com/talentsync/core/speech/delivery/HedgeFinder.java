package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.delivery.DeliveryLexicon.Phrase;
import com.talentsync.core.speech.delivery.DeliveryLexicon.Placement;
import com.talentsync.core.speech.delivery.DeliveryReport.HedgeHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds hedges from {@code hedges.txt} among the words no filler took. A {@code repeated} phrase
 * ("I think") counts only when the answer says it {@link DeliveryAnalyzer#REPEATED_HEDGE_MIN} times
 * or more, and then every time counts.
 */
final class HedgeFinder {

    private final DeliveryLexicon lexicon;

    HedgeFinder(DeliveryLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Hedges in word order. {@code fillers} marks the words fillers took; it is not changed. */
    List<HedgeHit> find(SpokenWords words, boolean[] fillers) {
        boolean[] taken = fillers.clone();
        List<HedgeHit> hits = new ArrayList<>();
        Map<String, List<HedgeHit>> repeatable = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            Phrase found = firstHedgeAt(words, i, taken);
            if (found == null) {
                i++;
                continue;
            }
            int last = i + found.words().size() - 1;
            for (int k = i; k <= last; k++) {
                taken[k] = true;
            }
            HedgeHit hit = new HedgeHit(i, last, found.text());
            if (found.placement() == Placement.REPEATED) {
                repeatable.computeIfAbsent(found.text(), text -> new ArrayList<>()).add(hit);
            } else {
                hits.add(hit);
            }
            i = last + 1;
        }
        for (List<HedgeHit> said : repeatable.values()) {
            if (said.size() >= DeliveryAnalyzer.REPEATED_HEDGE_MIN) {
                hits.addAll(said);
            }
        }
        hits.sort(Comparator.comparingInt(HedgeHit::firstWord));
        return hits;
    }

    private Phrase firstHedgeAt(SpokenWords words, int i, boolean[] taken) {
        for (Phrase phrase : lexicon.hedges) {
            if (!words.saysAt(i, phrase.words())) {
                continue;
            }
            int last = i + phrase.words().size() - 1;
            if (!FillerFinder.anyClaimed(taken, i, last)
                    && !lexicon.ordinaryUse(phrase.text(), words.before(i), words.after(last))) {
                return phrase;
            }
        }
        return null;
    }
}
