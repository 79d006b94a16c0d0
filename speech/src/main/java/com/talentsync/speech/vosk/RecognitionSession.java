package com.talentsync.speech.vosk;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.TranscriptionListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vosk.Recognizer;

/**
 * One recording being recognised: feed it 16 kHz mono 16-bit little-endian PCM with
 * {@link #accept}, then call {@link #finish} for the transcript. Collects the timed words of every
 * utterance Vosk ends on the way. Not thread-safe: one thread feeds one session.
 */
public final class RecognitionSession implements AutoCloseable {

    private final Recognizer recognizer;
    private final List<TimedWord> words = new ArrayList<>();
    private String lastPartial = "";
    private boolean closed;

    RecognitionSession(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    /**
     * Feeds {@code length} bytes of PCM (a whole number of samples) and tells {@code listener}
     * what Vosk made of it: a changed partial text, or the final text of an utterance that ended.
     */
    public void accept(byte[] pcm16le, int length, TranscriptionListener listener) {
        ensureOpen();
        if (length <= 0) {
            return;
        }
        if (recognizer.acceptWaveForm(pcm16le, length)) {
            endUtterance(recognizer.getResult(), listener);
        } else {
            String partial = VoskJson.partial(recognizer.getPartialResult());
            if (!partial.equals(lastPartial)) {
                lastPartial = partial;
                listener.partial(partial);
            }
        }
    }

    /** Ends the last utterance and returns every word heard, in time order. */
    public Transcript finish(double durationSec) {
        return finish(durationSec, TranscriptionListener.NONE);
    }

    /** As {@link #finish(double)}, telling {@code listener} the last utterance's final text. */
    public Transcript finish(double durationSec, TranscriptionListener listener) {
        ensureOpen();
        endUtterance(recognizer.getFinalResult(), listener);
        List<TimedWord> ordered = new ArrayList<>(words);
        // Vosk emits utterances in order; the sort (stable) only guards against rounding overlaps.
        ordered.sort(Comparator.comparingDouble(TimedWord::start));
        double lastEnd = ordered.isEmpty() ? 0 : ordered.getLast().end();
        return Transcript.of(ordered, Math.max(durationSec, lastEnd));
    }

    private void endUtterance(String json, TranscriptionListener listener) {
        List<TimedWord> utterance = VoskJson.words(json);
        words.addAll(utterance);
        lastPartial = "";
        if (!utterance.isEmpty()) {
            listener.finalText(Transcript.of(utterance, 0).text());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("recognition session closed");
        }
    }

    /** Frees the native recogniser. Safe to call twice. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            recognizer.close();
        }
    }
}
