package com.talentsync.speech.vosk.eval;

import com.talentsync.core.speech.Transcript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechEvalSetTest {

    private static final Transcript EMPTY = Transcript.of(java.util.List.of(), 0);

    @TempDir
    Path dir;

    @Test
    void readsRowsByColumnName() throws IOException {
        Files.writeString(dir.resolve("manifest.tsv"), """
                id\twav\treference\treference_normalized\tcorpus
                a1\twav/a1.wav\tHello, World!\thello world\tToy corpus
                b2\twav/b2.wav\tGood-bye.\tgood bye\tOther

                """);
        SpeechEvalSet set = SpeechEvalSet.read(dir);
        assertThat(set.clips()).extracting(SpeechEvalSet.Clip::id).containsExactly("a1", "b2");
        SpeechEvalSet.Clip first = set.clips().getFirst();
        assertThat(first.reference()).isEqualTo("hello world");
        assertThat(first.corpus()).isEqualTo("Toy corpus");
        assertThat(first.wav()).isEqualTo(dir.resolve("wav/a1.wav").toAbsolutePath().normalize());
        assertThat(set.only(clip -> clip.corpus().equals("Other")).clips()).hasSize(1);
    }

    @Test
    void refusesAManifestWithoutTheNormalisedReference() throws IOException {
        Files.writeString(dir.resolve("manifest.tsv"), "id\twav\treference\tcorpus\na\tb\tc\td\n");
        assertThatThrownBy(() -> SpeechEvalSet.read(dir)).hasMessageContaining("reference_normalized");
    }

    @Test
    void reportSumsErrorsOverWordsPerCorpusAndWithoutTheSilentClip() {
        SpeechEvalReport report = new SpeechEvalReport(List.of(
                new SpeechEvalReport.ClipResult("x1", "A", "r", "h", 1, 10, 4.0, 1000, 800, EMPTY),
                new SpeechEvalReport.ClipResult("x2", "A", "r", "h", 0, 10, 4.0, 1000, 800, EMPTY),
                new SpeechEvalReport.ClipResult(SpeechEvalReport.NEAR_SILENT_CLIP, "B", "r", "", 5, 5, 2.0, 200, 100, EMPTY)));
        assertThat(report.wer()).isEqualTo(6 / 25.0);
        assertThat(report.werWithoutNearSilent()).isEqualTo(1 / 20.0);
        assertThat(report.werByCorpus()).containsEntry("A", 0.05).containsEntry("B", 1.0);
        assertThat(report.wallRtf()).isCloseTo(0.22, within(1e-9));
        assertThat(report.cpuRtf()).isCloseTo(0.17, within(1e-9));
        assertThat(report.format()).contains("WER all 3 clips").contains("CPU RTF 0.170");
    }

    @Test
    void latencySummaryUsesNearestRankPercentiles() {
        List<Double> delays = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            delays.add((double) i);
        }
        PartialLatencyProbe.PartialLatency latency = PartialLatencyProbe.summarise(50, delays);
        assertThat(latency.changes()).isEqualTo(20);
        assertThat(latency.p50Ms()).isEqualTo(10);
        assertThat(latency.p95Ms()).isEqualTo(19);
        assertThat(latency.maxMs()).isEqualTo(20);
        assertThat(PartialLatencyProbe.summarise(3, List.of()).changes()).isZero();
    }
}
