package com.talentsync.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.vosk.eval.SpeechEvalSet;
import com.talentsync.speech.vosk.eval.WordErrorRate;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A recording of several minutes with many utterances: the words of every utterance come out in
 * order, timed from the start of the whole recording, at the accuracy of the clips alone.
 */
class LongRecordingRecognitionTest {

    @Test
    void wordsOfEveryUtteranceKeepTheirPlaceInTheRecording() throws Exception {
        Optional<Path> eval = VoskTestSupport.speechEval();
        Assumptions.assumeTrue(eval.isPresent(), VoskTestSupport.NEEDS_EVAL);
        List<SpeechEvalSet.Clip> clips = SpeechEvalSet.read(eval.get())
                .only(clip -> !clip.id().startsWith("fleurs")).clips();

        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        byte[] gap = new byte[PcmStream.SAMPLE_RATE * 2]; // 1 s of silence between clips ends each utterance
        List<Double> clipStarts = new ArrayList<>();
        StringBuilder reference = new StringBuilder();
        for (SpeechEvalSet.Clip clip : clips) {
            clipStarts.add(audio.size() / 32_000.0);
            try (PcmStream pcm = VoskTestSupport.wav(clip.wav())) {
                byte[] buffer = new byte[8192];
                for (int n = pcm.read(buffer, 0, buffer.length); n >= 0; n = pcm.read(buffer, 0, buffer.length)) {
                    audio.write(buffer, 0, n);
                }
            }
            audio.write(gap);
            reference.append(clip.reference()).append(' ');
        }
        double totalSec = audio.size() / 32_000.0;
        assertThat(totalSec).as("a couple of minutes").isGreaterThan(120);

        Transcript transcript = new VoskTranscriber(VoskTestSupport.sharedModel())
                .transcribe(VoskTestSupport.pcm(audio.toByteArray()), TranscriptionListener.NONE, () -> false);

        List<TimedWord> words = transcript.words();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).isGreaterThanOrEqualTo(words.get(i - 1).start());
        }
        assertThat(words.getLast().end()).isBetween(clipStarts.getLast(), totalSec);
        double lastClipStart = clipStarts.getLast();
        assertThat(words.stream().filter(word -> word.start() >= lastClipStart - 0.3).count())
                .as("the last clip's words are timed inside the last clip")
                .isGreaterThanOrEqualTo(2);
        assertThat(WordErrorRate.align(reference.toString(), transcript.text()).rate()).isLessThan(0.12);
    }
}
