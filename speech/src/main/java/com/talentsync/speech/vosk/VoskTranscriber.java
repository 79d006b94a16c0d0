package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.audio.PcmStream;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.vosk.Recognizer;

/**
 * Turns 16 kHz mono 16-bit PCM into timed transcripts with Vosk. Thread-safe: each call opens its
 * own recogniser over the shared model.
 */
public final class VoskTranscriber {

    /**
     * 4000 bytes = 0.125 s: short enough for live partials and cancel, long enough that the
     * per-call overhead stays small (the speech-eval baseline used the same size).
     */
    public static final int CHUNK_BYTES = 4000;

    private final SharedModel model;

    public VoskTranscriber(SharedModel model) {
        this.model = model;
    }

    /** The shared model behind this transcriber. */
    public SharedModel model() {
        return model;
    }

    /**
     * A new recogniser at 16 kHz with per-word timings, over the shared model (loading it first
     * if need be).
     */
    public RecognitionSession open() throws InputException {
        var loaded = model.get();
        Recognizer recognizer;
        try {
            recognizer = new Recognizer(loaded, PcmStream.SAMPLE_RATE);
        } catch (IOException e) {
            throw new InputException(Kind.CORRUPT, "cannot start the speech recogniser: Vosk refused the model in "
                    + model.folder() + "; choose another model", e);
        }
        recognizer.setWords(true);
        return new RecognitionSession(recognizer);
    }

    /**
     * Streams all of {@code pcm} through a new session in {@value #CHUNK_BYTES}-byte chunks.
     *
     * @param cancelled polled before every chunk
     * @throws CancellationException when {@code cancelled} says so or the thread is interrupted
     */
    public Transcript transcribe(PcmStream pcm, TranscriptionListener listener, BooleanSupplier cancelled)
            throws IOException, InputException {
        double totalSec = pcm.source() == null ? -1 : pcm.source().durationSec();
        byte[] chunk = new byte[CHUNK_BYTES];
        long bytes = 0;
        try (RecognitionSession session = open()) {
            while (true) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("transcription cancelled");
                }
                int filled = readChunk(pcm, chunk);
                if (filled <= 0) {
                    break;
                }
                session.accept(chunk, filled, listener);
                bytes += filled;
                if (totalSec > 0) {
                    listener.progress(Math.min(1, seconds(bytes) / totalSec));
                }
            }
            return session.finish(seconds(bytes), listener);
        }
    }

    /**
     * Reads until {@code chunk} is full or the stream ends.
     *
     * @return bytes read (whole samples), 0 at the end
     */
    public static int readChunk(PcmStream pcm, byte[] chunk) throws IOException {
        int filled = 0;
        while (filled < chunk.length) {
            int n = pcm.read(chunk, filled, chunk.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled - filled % PcmStream.BYTES_PER_SAMPLE;
    }

    /** Seconds of 16 kHz mono 16-bit audio in {@code bytes}. */
    public static double seconds(long bytes) {
        return bytes / (double) (PcmStream.SAMPLE_RATE * PcmStream.BYTES_PER_SAMPLE);
    }
}
