package com.talentsync.speech.vosk.eval;

import com.talentsync.core.speech.Transcript;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** What a {@link SpeechEvaluation} found, clip by clip, with totals. */
public record SpeechEvalReport(List<ClipResult> clips) {

    /** The clip the speech-eval README singles out as nearly silent (peak about -50 dBFS). */
    public static final String NEAR_SILENT_CLIP = "fleurs-en-004";

    /**
     * One clip's outcome.
     *
     * @param errors    substitutions + deletions + insertions
     * @param elapsedMs wall-clock decoding time
     * @param cpuMs     CPU time of the decoding thread
     */
    public record ClipResult(String id, String corpus, String reference, String hypothesis, int errors,
            int referenceWords, double audioSec, long elapsedMs, long cpuMs, Transcript transcript) {}

    public SpeechEvalReport {
        clips = List.copyOf(clips);
    }

    /** WER over every clip (errors summed over reference words summed). */
    public double wer() {
        return wer(clip -> true);
    }

    /** WER over the clips that pass {@code filter}; 0 when none do. */
    public double wer(Predicate<ClipResult> filter) {
        int errors = 0;
        int words = 0;
        for (ClipResult clip : clips) {
            if (filter.test(clip)) {
                errors += clip.errors();
                words += clip.referenceWords();
            }
        }
        return words == 0 ? 0 : errors / (double) words;
    }

    /** WER leaving out the nearly silent clip. */
    public double werWithoutNearSilent() {
        return wer(clip -> !clip.id().equals(NEAR_SILENT_CLIP));
    }

    /** WER per corpus, sorted by corpus name. */
    public Map<String, Double> werByCorpus() {
        Map<String, Double> byCorpus = new TreeMap<>();
        for (ClipResult clip : clips) {
            byCorpus.computeIfAbsent(clip.corpus(), corpus -> wer(c -> c.corpus().equals(corpus)));
        }
        return byCorpus;
    }

    public double audioSec() {
        return clips.stream().mapToDouble(ClipResult::audioSec).sum();
    }

    /** Wall-clock decoding time over audio time. */
    public double wallRtf() {
        double audio = audioSec();
        return audio == 0 ? 0 : clips.stream().mapToLong(ClipResult::elapsedMs).sum() / 1000.0 / audio;
    }

    /** CPU time of the decoding thread over audio time: the figure other load on the machine barely moves. */
    public double cpuRtf() {
        double audio = audioSec();
        return audio == 0 ? 0 : clips.stream().mapToLong(ClipResult::cpuMs).sum() / 1000.0 / audio;
    }

    /** A plain-text table: one line per clip, then the totals. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (ClipResult clip : clips) {
            out.append(String.format(Locale.ROOT, "%-26s %-24s %3d/%-3d %6.2fs %6dms  %s%n", clip.id(), clip.corpus(),
                    clip.errors(), clip.referenceWords(), clip.audioSec(), clip.elapsedMs(), clip.hypothesis()));
        }
        werByCorpus().forEach((corpus, rate) -> out.append(String.format(Locale.ROOT, "WER %-24s %5.1f%%%n", corpus,
                rate * 100)));
        out.append(String.format(Locale.ROOT, "WER all %d clips %5.1f%%, without %s %5.1f%%%n", clips.size(),
                wer() * 100, NEAR_SILENT_CLIP, werWithoutNearSilent() * 100));
        out.append(String.format(Locale.ROOT, "audio %.1f s, wall RTF %.3f, CPU RTF %.3f%n", audioSec(), wallRtf(),
                cpuRtf()));
        return out.toString();
    }
}
