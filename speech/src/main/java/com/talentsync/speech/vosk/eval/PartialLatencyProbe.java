package com.talentsync.speech.vosk.eval;

import com.talentsync.core.resume.InputException;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.vosk.RecognitionSession;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * How soon live text follows speech: feeds clips at real time in 100 ms chunks, as a microphone
 * would, and for every chunk after which the partial (or final) text changed, measures the delay
 * from the moment the chunk's last sample would have been captured to the moment the new text
 * was returned. Falling behind real time shows up in the delay, as it would for a user.
 */
public final class PartialLatencyProbe {

    /** 100 ms of 16 kHz mono 16-bit audio. */
    static final int CHUNK_BYTES = 3200;

    /**
     * Delays over the chunks that changed the text.
     *
     * @param changes chunks whose text changed (the sample size)
     * @param chunks  chunks fed in all
     */
    public record PartialLatency(int chunks, int changes, double p50Ms, double p95Ms, double maxMs) {}

    private PartialLatencyProbe() {}

    /** Feeds each stream in turn at real time (closing it) and summarises the delays over all. */
    public static PartialLatency measure(VoskTranscriber transcriber, List<PcmStream> clips)
            throws IOException, InputException {
        List<Double> delays = new ArrayList<>();
        int chunks = 0;
        for (PcmStream pcm : clips) {
            try (pcm) {
                chunks += feed(transcriber, pcm, delays);
            }
        }
        return summarise(chunks, delays);
    }

    private static int feed(VoskTranscriber transcriber, PcmStream pcm, List<Double> delays)
            throws IOException, InputException {
        byte[] chunk = new byte[CHUNK_BYTES];
        boolean[] changed = new boolean[1];
        TranscriptionListener listener = new TranscriptionListener() {
            @Override
            public void partial(String text) {
                changed[0] = true;
            }

            @Override
            public void finalText(String text) {
                changed[0] = true;
            }
        };
        int chunks = 0;
        long bytesFed = 0;
        try (RecognitionSession session = transcriber.open()) {
            long start = System.nanoTime();
            for (int n = VoskTranscriber.readChunk(pcm, chunk); n > 0; n = VoskTranscriber.readChunk(pcm, chunk)) {
                bytesFed += n;
                long available = start + (long) (VoskTranscriber.seconds(bytesFed) * 1e9);
                long wait = available - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                changed[0] = false;
                session.accept(chunk, n, listener);
                if (changed[0]) {
                    delays.add((System.nanoTime() - available) / 1e6);
                }
                chunks++;
            }
            session.finish(VoskTranscriber.seconds(bytesFed));
        }
        return chunks;
    }

    static PartialLatency summarise(int chunks, List<Double> delays) {
        if (delays.isEmpty()) {
            return new PartialLatency(chunks, 0, 0, 0, 0);
        }
        List<Double> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        return new PartialLatency(chunks, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95),
                sorted.getLast());
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
