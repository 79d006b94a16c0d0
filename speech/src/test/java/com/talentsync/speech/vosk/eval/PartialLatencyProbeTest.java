package com.talentsync.speech.vosk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.speech.vosk.VoskTestSupport;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PartialLatencyProbeTest {

    @Test
    void feedsAShortClipAtRealTimeAndTimesTheTextChanges() throws Exception {
        Path folder = VoskTestSupport.speechEval().orElse(null);
        Assumptions.assumeTrue(folder != null, VoskTestSupport.NEEDS_EVAL);
        Path wav = SpeechEvalSet.read(folder).clips().stream()
                .filter(clip -> clip.id().equals("ls-1089-134691-0000")).findFirst().orElseThrow().wav();
        VoskTranscriber transcriber = new VoskTranscriber(VoskTestSupport.sharedModel());
        long start = System.nanoTime();
        PartialLatencyProbe.PartialLatency latency = PartialLatencyProbe.measure(transcriber,
                List.of(VoskTestSupport.wav(wav)));
        double wallSec = (System.nanoTime() - start) / 1e9;
        // 2.09 s of audio in 100 ms chunks, fed no faster than real time
        assertThat(latency.chunks()).isEqualTo(21);
        assertThat(wallSec).isGreaterThanOrEqualTo(2.0);
        assertThat(latency.changes()).isPositive();
        assertThat(latency.p50Ms()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(latency.p95Ms());
        assertThat(latency.p95Ms()).isLessThanOrEqualTo(latency.maxMs());
    }
}
