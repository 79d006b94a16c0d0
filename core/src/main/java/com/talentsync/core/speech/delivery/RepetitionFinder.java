package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.delivery.DeliveryReport.Repetition;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a word said twice or more in a row ("I I", "the the the"): a restart. A word listed as
 * {@code legit-double} in {@code context-words.txt} may be said exactly twice ("had had"); runs of
 * fillers ("um um") are already counted as fillers and are not repetitions.
 */
final class RepetitionFinder {

    private final DeliveryLexicon lexicon;

    RepetitionFinder(DeliveryLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Repetition> find(SpokenWords words, boolean[] fillers) {
        List<Repetition> repetitions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String token = words.token(i);
            int last = i;
            while (last + 1 < words.size() && words.token(last + 1).equals(token)) {
                last++;
            }
            int times = last - i + 1;
            boolean restart = times >= 2
                    && !token.isEmpty()
                    && !FillerFinder.anyClaimed(fillers, i, last)
                    && !(times == 2 && lexicon.legitDouble(token));
            if (restart) {
                repetitions.add(new Repetition(i, token, times));
            }
            i = last + 1;
        }
        return repetitions;
    }
}
