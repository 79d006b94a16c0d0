package com.talentsync.speech.vosk.eval;

import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Transcribes every clip of a {@link SpeechEvalSet} and scores it. */
public final class SpeechEvaluation {

    /** Opens a clip as 16 kHz mono PCM: plain reading, or the app's normalising reader. */
    @FunctionalInterface
    public interface Opener {
        PcmStream open(Path wav) throws InputException;
    }

    private SpeechEvaluation() {}

    /** Runs the clips one after another on this thread (so thread CPU time is the decoder's). */
    public static SpeechEvalReport run(SpeechEvalSet set, VoskTranscriber transcriber, Opener opener)
            throws IOException, InputException {
        transcriber.model().get(); // load before timing the first clip
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SpeechEvalReport.ClipResult> results = new ArrayList<>();
        for (SpeechEvalSet.Clip clip : set.clips()) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Transcript transcript;
            try (PcmStream pcm = opener.open(clip.wav())) {
                transcript = transcriber.transcribe(pcm, TranscriptionListener.NONE, () -> false);
            }
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long elapsedMs = (System.nanoTime() - wallStart) / 1_000_000;
            WordErrorRate.Alignment alignment = WordErrorRate.align(clip.reference(), transcript.text());
            results.add(new SpeechEvalReport.ClipResult(clip.id(), clip.corpus(), clip.reference(), transcript.text(),
                    alignment.errors(), alignment.referenceWords(), transcript.durationSec(), elapsedMs, cpuMs, transcript));
        }
        return new SpeechEvalReport(results);
    }
}
