package com.talentsync.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.vosk.eval.PlainWavOpener;
import com.talentsync.speech.vosk.eval.SpeechEvalReport;
import com.talentsync.speech.vosk.eval.SpeechEvalSet;
import com.talentsync.speech.vosk.eval.SpeechEvaluation;
import com.talentsync.speech.vosk.eval.WordErrorRate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoskTranscriberTest {

    private static VoskTranscriber transcriber;

    @BeforeAll
    static void loadModel() throws Exception {
        transcriber = new VoskTranscriber(VoskTestSupport.sharedModel());
    }

    @Test
    void transcribesARealLibriSpeechClipWithTimedWords() throws Exception {
        SpeechEvalSet.Clip clip = evalClip("ls-1089-134691-0001");
        List<String> partials = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        TranscriptionListener listener = new TranscriptionListener() {
            @Override
            public void partial(String text) {
                partials.add(text);
            }

            @Override
            public void finalText(String text) {
                finals.add(text);
            }

            @Override
            public void progress(double fraction) {
                progress.add(fraction);
            }
        };
        Transcript transcript;
        try (PcmStream pcm = VoskTestSupport.wav(clip.wav())) {
            transcript = transcriber.transcribe(pcm, listener, () -> false);
        }
        assertThat(WordErrorRate.align(clip.reference(), transcript.text()).rate()).isLessThan(0.3);
        assertThat(transcript.durationSec()).isBetween(5.3, 5.5);
        assertThat(transcript.words()).hasSizeGreaterThan(10);
        double previousStart = 0;
        for (TimedWord word : transcript.words()) {
            assertThat(word.start()).isGreaterThanOrEqualTo(previousStart).isLessThanOrEqualTo(word.end());
            assertThat(word.end()).isLessThanOrEqualTo(transcript.durationSec());
            assertThat(word.conf()).isBetween(0.0, 1.0);
            previousStart = word.start();
        }
        assertThat(partials).isNotEmpty();
        assertThat(String.join(" ", finals)).isEqualTo(transcript.text());
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void libriSpeechSubsetStaysWithinTenPercentWer() throws Exception {
        SpeechEvalSet set = evalSet().only(clip -> clip.corpus().startsWith("LibriSpeech"));
        assertThat(set.clips()).hasSize(7);
        SpeechEvalReport report = SpeechEvaluation.run(set, transcriber, new PlainWavOpener());
        assertThat(report.wer()).as(report.format()).isLessThanOrEqualTo(0.10);
        assertThat(report.cpuRtf()).isPositive();
    }

    @Test
    void silenceGivesAnEmptyTranscript() throws Exception {
        byte[] silence = new byte[3 * 32_000];
        Transcript transcript = transcriber.transcribe(VoskTestSupport.pcm(silence), TranscriptionListener.NONE,
                () -> false);
        assertThat(transcript.isEmpty()).isTrue();
        assertThat(transcript.text()).isEmpty();
        assertThat(transcript.durationSec()).isEqualTo(3.0);
    }

    @Test
    void faintNoiseGivesNoWordsAndNoCrash() throws Exception {
        byte[] noise = new byte[2 * 32_000];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i += 2) {
            short sample = (short) (random.nextGaussian() * 30);
            noise[i] = (byte) sample;
            noise[i + 1] = (byte) (sample >> 8);
        }
        Transcript transcript = transcriber.transcribe(VoskTestSupport.pcm(noise), TranscriptionListener.NONE,
                () -> false);
        assertThat(transcript.words()).allSatisfy(word -> assertThat(word.conf()).isBetween(0.0, 1.0));
    }

    @Test
    void emptyStreamGivesAnEmptyTranscript() throws Exception {
        Transcript transcript = transcriber.transcribe(VoskTestSupport.pcm(new byte[0]), TranscriptionListener.NONE,
                () -> false);
        assertThat(transcript.isEmpty()).isTrue();
        assertThat(transcript.durationSec()).isZero();
    }

    @Test
    void cancelStopsTheTranscription() {
        AtomicInteger polls = new AtomicInteger();
        byte[] tenSeconds = new byte[10 * 32_000];
        assertThatThrownBy(() -> transcriber.transcribe(VoskTestSupport.pcm(tenSeconds), TranscriptionListener.NONE,
                () -> polls.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);
        assertThat(polls).hasValue(4);
    }

    @Test
    void aSessionCanBeFedByHandAndRefusesUseAfterClose() throws Exception {
        RecognitionSession session = transcriber.open();
        byte[] chunk = new byte[VoskTranscriber.CHUNK_BYTES];
        session.accept(chunk, chunk.length, TranscriptionListener.NONE);
        assertThat(session.finish(0.125).durationSec()).isEqualTo(0.125);
        session.close();
        session.close();
        assertThatThrownBy(() -> session.accept(chunk, chunk.length, TranscriptionListener.NONE))
                .isInstanceOf(IllegalStateException.class);
    }

    static SpeechEvalSet evalSet() throws Exception {
        Path folder = VoskTestSupport.speechEval().orElse(null);
        Assumptions.assumeTrue(folder != null, VoskTestSupport.NEEDS_EVAL);
        return SpeechEvalSet.read(folder);
    }

    static SpeechEvalSet.Clip evalClip(String id) throws Exception {
        return evalSet().clips().stream().filter(clip -> clip.id().equals(id)).findFirst().orElseThrow();
    }
}
