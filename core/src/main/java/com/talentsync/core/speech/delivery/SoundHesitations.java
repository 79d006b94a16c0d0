package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.SoundSpan;
import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport.SoundHesitation;
import java.util.ArrayList;
import java.util.List;

/**
 * Hesitations the recogniser heard but wrote nothing for. The small Vosk model drops most "umm"s
 * and "err"s entirely; the speech module marks speech-like sound in the gaps between words, and a
 * long enough stretch of it inside the answer is a filled pause.
 */
final class SoundHesitations {

    private SoundHesitations() {}

    static List<SoundHesitation> find(Transcript transcript) {
        List<TimedWord> words = transcript.words();
        if (words.size() < 2) {
            return List.of();
        }
        double firstEnd = words.getFirst().end();
        double lastStart = words.getLast().start();
        List<SoundHesitation> found = new ArrayList<>();
        for (SoundSpan sound : transcript.unrecognisedSounds()) {
            boolean insideTheAnswer = sound.start() >= firstEnd - SpokenWords.EPS
                    && sound.end() <= lastStart + SpokenWords.EPS;
            if (insideTheAnswer && sound.durationSec() >= DeliveryAnalyzer.SOUND_HESITATION_MIN_SEC - SpokenWords.EPS) {
                found.add(new SoundHesitation(sound.start(), sound.end(), wordBefore(words, sound.start())));
            }
        }
        return found;
    }

    /** Index of the last word that ends by {@code time}. */
    private static int wordBefore(List<TimedWord> words, double time) {
        int before = 0;
        for (int i = 0; i < words.size() && words.get(i).end() <= time + SpokenWords.EPS; i++) {
            before = i;
        }
        return before;
    }
}
