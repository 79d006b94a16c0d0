package com.talentsync.speech.vosk.eval;

import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.vosk.SharedModel;
import com.talentsync.speech.vosk.SpeechModels;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the speech figures over an evaluation folder with plain WAV reading (no level
 * normalisation): model load time, WER per clip, per corpus and overall, real-time factors, and
 * live partial latency over the first few clips. Usage:
 * {@code SpeechEvalCommand EVAL_FOLDER [CACHE_FOLDER] [LATENCY_CLIPS]}. A benchmark, not a test;
 * the app's CLI may wrap it with the normalising reader.
 */
public final class SpeechEvalCommand {

    private SpeechEvalCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SpeechEvalCommand EVAL_FOLDER [CACHE_FOLDER] [LATENCY_CLIPS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path cache = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("talentsync-models");
        int latencyClips = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        SpeechEvalSet set = SpeechEvalSet.read(folder);
        long unpackStart = System.nanoTime();
        Path modelFolder = SpeechModels.defaultModel(cache);
        long unpackMs = (System.nanoTime() - unpackStart) / 1_000_000;
        try (SharedModel model = new SharedModel(() -> modelFolder)) {
            VoskTranscriber transcriber = new VoskTranscriber(model);
            model.get();
            System.out.printf(Locale.ROOT, "model %s: unpack/check %d ms, load %d ms%n", modelFolder, unpackMs,
                    model.loadMillis());
            PlainWavOpener opener = new PlainWavOpener();
            SpeechEvalReport report = SpeechEvaluation.run(set, transcriber, opener);
            System.out.print(report.format());

            List<PcmStream> clips = new ArrayList<>();
            for (SpeechEvalSet.Clip clip : set.clips().subList(0, Math.min(latencyClips, set.clips().size()))) {
                clips.add(opener.open(clip.wav()));
            }
            PartialLatencyProbe.PartialLatency latency = PartialLatencyProbe.measure(transcriber, clips);
            System.out.printf(Locale.ROOT, "partial latency over %d clips (%d chunks, %d changes): p50 %.0f ms, "
                    + "p95 %.0f ms, max %.0f ms%n", clips.size(), latency.chunks(), latency.changes(), latency.p50Ms(),
                    latency.p95Ms(), latency.maxMs());
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "java heap used %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }
}
