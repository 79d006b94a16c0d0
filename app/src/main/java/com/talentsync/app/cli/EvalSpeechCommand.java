package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryAnalyzer;
import com.talentsync.speech.audio.AudioFiles;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.audio.SpeechSpan;
import com.talentsync.speech.vosk.SharedModel;
import com.talentsync.speech.vosk.SpeechModels;
import com.talentsync.speech.vosk.VoskTranscriber;
import com.talentsync.speech.vosk.eval.PartialLatencyProbe;
import com.talentsync.speech.vosk.eval.PartialLatencyProbe.PartialLatency;
import com.talentsync.speech.vosk.eval.SpeechEvalReport;
import com.talentsync.speech.vosk.eval.SpeechEvalReport.ClipResult;
import com.talentsync.speech.vosk.eval.SpeechEvalSet;
import com.talentsync.speech.vosk.eval.SpeechEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code talentsync eval speech DIR}: the built-in speech model over a folder of clips with a
 * {@code manifest.tsv} (id, wav, reference_normalized, corpus): word error rate, real-time
 * factor, the delay of live partial results, model load time, peak memory, and how close the
 * reported pace is to reference words over the speaking time measured from the audio.
 */
@Command(name = "speech", mixinStandardHelpOptions = true,
        description = "Word error rate, speed, partial-result delay, memory and pace accuracy of offline speech recognition.")
final class EvalSpeechCommand implements Callable<Integer> {

    static final String LIBRISPEECH = "LibriSpeech";
    /** Reported pace counts as right within this share of the reference pace. */
    static final double PACE_TOLERANCE = 0.10;

    @ParentCommand
    private EvalCommand eval;

    @Parameters(paramLabel = "DIR", description = "A folder with manifest.tsv and the clips it names.")
    private Path folder;

    @Option(names = "--latency-clips", paramLabel = "N",
            description = "Clips fed at real time to measure partial-result delay (default: ${DEFAULT-VALUE}).")
    private int latencyClips = 5;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() throws IOException, JsonProcessingException {
        SpeechEvalSet set;
        try {
            set = SpeechEvalSet.read(folder);
        } catch (NoSuchFileException missing) {
            eval.err().println("talentsync: no manifest.tsv in " + folder + " (a speech evaluation folder holds"
                    + " manifest.tsv with id, wav, reference_normalized and corpus columns)");
            return ExitCodes.INPUT;
        } catch (IOException | IllegalArgumentException bad) {
            eval.err().println("talentsync: " + folder.resolve("manifest.tsv") + " cannot be used: " + bad.getMessage());
            return ExitCodes.INPUT;
        }
        if (set.clips().isEmpty()) {
            eval.err().println("talentsync: " + folder.resolve("manifest.tsv") + " lists no clips");
            return ExitCodes.INPUT;
        }
        Path cache = eval.root().services().speechModelCache();
        try {
            long unpackStart = System.nanoTime();
            Path modelFolder = SpeechModels.defaultModel(cache);
            long unpackMs = (System.nanoTime() - unpackStart) / 1_000_000;
            try (SharedModel model = new SharedModel(() -> modelFolder)) {
                VoskTranscriber transcriber = new VoskTranscriber(model);
                model.get();
                SpeechEvalReport report = SpeechEvaluation.run(set, transcriber, AudioFiles::openNormalised);
                List<Pace> pace = pace(set, report);
                PartialLatency latency = latency(set, transcriber);
                Figures figures = figures(report, pace, latency, unpackMs, model.loadMillis());
                if (json) {
                    eval.out().println(Json.pretty(figures.json(report)));
                } else {
                    printClips(eval.out(), report, pace);
                    figures.print(eval.out(), report);
                }
            }
        } catch (InputException problem) {
            eval.err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        return ExitCodes.OK;
    }

    /** One clip's reported pace against reference words over the speaking time heard in the audio. */
    record Pace(String id, String corpus, double reportedWpm, double referenceWpm) {
        double relativeError() {
            return referenceWpm == 0 ? 0 : Math.abs(reportedWpm - referenceWpm) / referenceWpm;
        }

        boolean withinTolerance() {
            return relativeError() <= PACE_TOLERANCE;
        }
    }

    private List<Pace> pace(SpeechEvalSet set, SpeechEvalReport report) throws InputException, IOException {
        DeliveryAnalyzer analyzer = eval.root().services().deliveryAnalyzer();
        List<Pace> pace = new ArrayList<>();
        for (int i = 0; i < report.clips().size(); i++) {
            ClipResult clip = report.clips().get(i);
            if (clip.transcript().words().size() < 2) {
                continue; // nothing recognised: no pace to compare
            }
            double speakingSec;
            try (PcmStream pcm = AudioFiles.openNormalised(set.clips().get(i).wav())) {
                speakingSec = SpeechSpan.measure(pcm).durationSec();
            }
            double reported = analyzer.analyse(clip.transcript()).metrics().wpm();
            pace.add(new Pace(clip.id(), clip.corpus(), reported, clip.referenceWords() * 60.0 / speakingSec));
        }
        return pace;
    }

    private PartialLatency latency(SpeechEvalSet set, VoskTranscriber transcriber) throws InputException, IOException {
        List<PcmStream> clips = new ArrayList<>();
        for (SpeechEvalSet.Clip clip : set.clips().subList(0, Math.min(latencyClips, set.clips().size()))) {
            clips.add(AudioFiles.openNormalised(clip.wav()));
        }
        return PartialLatencyProbe.measure(transcriber, clips);
    }

    /** The figures, as the JSON output has them; the text output prints the same values. */
    private record Figures(Map<String, Object> wer, Map<String, Object> latency, Map<String, Object> pace,
            long unpackMs, long loadMs, long peakMemoryMiB) {

        Map<String, Object> json(SpeechEvalReport report) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("clips", report.clips().size());
            json.put("werPercent", wer);
            json.put("audioSec", TranscriptJson.round(report.audioSec(), 1));
            json.put("wallRtf", TranscriptJson.round(report.wallRtf(), 3));
            json.put("cpuRtf", TranscriptJson.round(report.cpuRtf(), 3));
            json.put("partialLatencyMs", latency);
            json.put("modelUnpackMs", unpackMs);
            json.put("modelLoadMs", loadMs);
            json.put("peakMemoryMiB", peakMemoryMiB);
            json.put("pace", pace);
            return json;
        }

        void print(PrintWriter out, SpeechEvalReport report) {
            out.printf(Locale.ROOT, "WER: all %s%%, without %s %s%%, LibriSpeech %s%%%n", wer.get("all"),
                    SpeechEvalReport.NEAR_SILENT_CLIP, wer.get("withoutNearSilentClip"), wer.get("librispeech"));
            out.printf(Locale.ROOT, "real-time factor: wall %s, CPU %s over %s s of audio%n",
                    TranscriptJson.round(report.wallRtf(), 3), TranscriptJson.round(report.cpuRtf(), 3),
                    TranscriptJson.round(report.audioSec(), 1));
            out.printf(Locale.ROOT, "partial results fed at real time (%s clips, %s changes): p50 %s ms, p95 %s ms,"
                    + " max %s ms%n", latency.get("clips"), latency.get("changes"), latency.get("p50"),
                    latency.get("p95"), latency.get("max"));
            out.printf(Locale.ROOT, "model: unpack/check %d ms, load %d ms; peak memory (VmHWM) %d MiB%n", unpackMs,
                    loadMs, peakMemoryMiB);
            out.printf(Locale.ROOT, "pace: %s of %s clips within 10%% of reference words / speaking time;"
                    + " mean error %s%%%n", pace.get("within10Percent"), pace.get("clips"), pace.get("meanErrorPercent"));
            out.printf(Locale.ROOT, "pace within 10%% by corpus: %s%n", pace.get("within10PercentByCorpus"));
        }
    }

    private Figures figures(SpeechEvalReport report, List<Pace> pace, PartialLatency latency, long unpackMs,
            long loadMs) {
        Map<String, Object> wer = new LinkedHashMap<>();
        wer.put("all", percent(report.wer()));
        wer.put("withoutNearSilentClip", percent(report.werWithoutNearSilent()));
        wer.put("librispeech", percent(report.wer(clip -> clip.corpus().startsWith(LIBRISPEECH))));
        Map<String, Object> byCorpus = new LinkedHashMap<>();
        report.werByCorpus().forEach((corpus, rate) -> byCorpus.put(corpus, percent(rate)));
        wer.put("byCorpus", byCorpus);
        Map<String, Object> delays = Map.of("clips", Math.min(latencyClips, report.clips().size()),
                "changes", latency.changes(), "p50", Math.round(latency.p50Ms()), "p95", Math.round(latency.p95Ms()),
                "max", Math.round(latency.maxMs()));
        return new Figures(wer, delays, paceFigures(pace), unpackMs, loadMs,
                ProcessMemory.peakResidentMiB().orElse(-1));
    }

    private static Map<String, Object> paceFigures(List<Pace> pace) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clips", pace.size());
        figures.put("within10Percent", pace.stream().filter(Pace::withinTolerance).count());
        Map<String, String> withinByCorpus = new TreeMap<>();
        pace.stream().collect(Collectors.groupingBy(Pace::corpus)).forEach((corpus, clips) -> withinByCorpus.put(corpus,
                clips.stream().filter(Pace::withinTolerance).count() + " of " + clips.size()));
        figures.put("within10PercentByCorpus", withinByCorpus);
        figures.put("meanErrorPercent", percent(pace.stream().mapToDouble(Pace::relativeError).average().orElse(0)));
        figures.put("worst", pace.stream().max(Comparator.comparingDouble(Pace::relativeError))
                .map(clip -> Map.of("id", clip.id(), "reportedWpm", TranscriptJson.round(clip.reportedWpm(), 1),
                        "referenceWpm", TranscriptJson.round(clip.referenceWpm(), 1)))
                .orElse(Map.of()));
        return figures;
    }

    private static double percent(double rate) {
        return TranscriptJson.round(rate * 100, 1);
    }

    private static void printClips(PrintWriter out, SpeechEvalReport report, List<Pace> pace) {
        out.print(report.format());
        for (Pace clip : pace) {
            out.printf(Locale.ROOT, "pace %-26s reported %6.1f wpm, reference %6.1f wpm (%4.1f%% off)%n", clip.id(),
                    clip.reportedWpm(), clip.referenceWpm(), clip.relativeError() * 100);
        }
        out.println();
    }
}
