package com.talentsync.speech;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.audio.AudioFiles;
import com.talentsync.speech.audio.FrameLevels;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.mic.Microphone;
import com.talentsync.speech.vosk.SharedModel;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The speech module's face, over Vosk: files are decoded and level-normalised, then streamed
 * through a recogniser; the microphone is captured, saved as FLAC and recognised as it arrives.
 * One model, loaded on first use and shared.
 */
public final class VoskSpeechService implements SpeechService {

    private final SharedModel model;
    private final VoskTranscriber transcriber;
    private final Microphone microphone;
    private final RecordingFolder recordings;

    public VoskSpeechService(SharedModel model, Microphone microphone, Path recordingsFolder) {
        this.model = Objects.requireNonNull(model, "model");
        this.transcriber = new VoskTranscriber(model);
        this.microphone = Objects.requireNonNull(microphone, "microphone");
        this.recordings = new RecordingFolder(recordingsFolder);
    }

    @Override
    public void warmUp() throws InputException {
        model.get();
    }

    @Override
    public TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled)
            throws InputException {
        model.get(); // a bad model is reported before the file is read
        try (PcmStream pcm = AudioFiles.openNormalised(file)) {
            long start = System.nanoTime();
            Transcript transcript = transcribe(pcm, listener, cancelled);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (transcript.isEmpty()) {
                throw new InputException(InputError.Kind.SILENT, "no speech recognised in " + file.getFileName()
                        + ": the recording holds no words the speech model knows (is it in English, or the"
                        + " chosen model's language?)");
            }
            return new TranscriptionResult(transcript, elapsedMs, pcm.source(), pcm.warnings(), Optional.empty());
        } catch (IOException e) {
            throw new InputException(InputError.Kind.CORRUPT, "cannot read " + file.getFileName()
                    + " to the end: " + e.getMessage() + " (the file may be damaged)", e);
        }
    }

    private Transcript transcribe(PcmStream pcm, TranscriptionListener listener, BooleanSupplier cancelled)
            throws IOException, InputException {
        FrameLevels levels = new FrameLevels();
        Transcript transcript = transcriber.transcribe(levels.tap(pcm), listener, cancelled);
        return transcript.withUnrecognisedSounds(GapSounds.find(levels, transcript.words()));
    }

    @Override
    public LiveSession startLive(TranscriptionListener listener) throws InputException {
        model.get();
        return LiveRecording.start(microphone.open(), transcriber.open(), recordings, listener);
    }

    @Override
    public void close() {
        model.close();
    }
}
