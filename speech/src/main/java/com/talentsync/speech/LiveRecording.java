package com.talentsync.speech;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.audio.FlacWriter;
import com.talentsync.speech.audio.FrameLevels;
import com.talentsync.speech.audio.LevelMeter;
import com.talentsync.speech.audio.SourceInfo;
import com.talentsync.speech.mic.MicrophoneStream;
import com.talentsync.speech.vosk.RecognitionSession;
import com.talentsync.speech.vosk.VoskTranscriber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One microphone recording: a pump thread reads the microphone in tenth-of-a-second chunks and
 * hands each to the level meter, the FLAC file and the recogniser, so what is said shows up
 * while it is said and is saved as it goes.
 */
final class LiveRecording implements LiveSession {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRecording.class);

    private final MicrophoneStream microphone;
    private final RecognitionSession recognition;
    private final TranscriptionListener listener;
    private final Path file;
    private final FlacWriter writer;
    private final Thread pump;
    private final long startNanos = System.nanoTime();
    private final FrameLevels frameLevels = new FrameLevels();
    private volatile long capturedBytes;
    private volatile Throwable failure;
    private boolean finished;

    private LiveRecording(MicrophoneStream microphone, RecognitionSession recognition, Path file, FlacWriter writer,
            TranscriptionListener listener) {
        this.microphone = microphone;
        this.recognition = recognition;
        this.file = file;
        this.writer = writer;
        this.listener = listener;
        this.pump = Thread.ofPlatform().daemon().name("microphone-pump").unstarted(this::pumpAudio);
    }

    static LiveRecording start(MicrophoneStream microphone, RecognitionSession recognition, RecordingFolder folder,
            TranscriptionListener listener) throws InputException {
        Path file;
        FlacWriter writer;
        try {
            file = folder.newRecording();
            writer = FlacWriter.create(file);
        } catch (IOException | InputException e) {
            microphone.close();
            recognition.close();
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(InputError.Kind.UNAVAILABLE, "cannot save the recording: " + e.getMessage(), e);
        }
        LiveRecording recording = new LiveRecording(microphone, recognition, file, writer, listener);
        recording.pump.start();
        return recording;
    }

    private void pumpAudio() {
        byte[] buffer = new byte[VoskTranscriber.CHUNK_BYTES];
        LevelMeter meter = new LevelMeter();
        try {
            for (int read = microphone.read(buffer, 0, buffer.length); read >= 0;
                    read = microphone.read(buffer, 0, buffer.length)) {
                if (read == 0) {
                    continue;
                }
                listener.level(meter.update(buffer, 0, read));
                writer.write(buffer, 0, read);
                recognition.accept(buffer, read, listener);
                frameLevels.accept(buffer, read);
                capturedBytes += read;
            }
        } catch (Throwable e) {
            failure = e;
            LOG.warn("microphone recording stopped early", e);
        }
    }

    @Override
    public double elapsedSec() {
        return VoskTranscriber.seconds(capturedBytes);
    }

    @Override
    public synchronized TranscriptionResult stop() throws InputException {
        if (finished) {
            throw new IllegalStateException("the recording has already stopped");
        }
        finished = true;
        long start = System.nanoTime();
        microphone.stop();
        joinPump();
        double seconds = VoskTranscriber.seconds(capturedBytes);
        Transcript transcript;
        try {
            transcript = recognition.finish(seconds);
            transcript = transcript.withUnrecognisedSounds(GapSounds.find(frameLevels, transcript.words()));
            writer.close();
        } catch (IOException e) {
            discard();
            throw new InputException(InputError.Kind.UNAVAILABLE, "cannot save the recording: " + e.getMessage(), e);
        } finally {
            recognition.close();
            microphone.close();
        }
        if (failure != null && capturedBytes == 0) {
            discard();
            throw new InputException(InputError.Kind.UNAVAILABLE, "the microphone stopped sending sound: "
                    + oneLine(failure) + " (check that it is still connected)");
        }
        if (transcript.isEmpty()) {
            discard();
            throw new InputException(InputError.Kind.SILENT, "nothing was heard: check that the right microphone"
                    + " is chosen in the system's sound settings, then speak a little closer to it");
        }
        List<String> warnings = new ArrayList<>();
        if (failure != null) {
            warnings.add("the microphone stopped after " + Math.round(seconds) + " s: " + oneLine(failure));
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        SourceInfo source = new SourceInfo("Microphone", "PCM_SIGNED", 16_000, 1, 16, seconds);
        return new TranscriptionResult(transcript, elapsedMs, source, warnings, Optional.of(file));
    }

    private void joinPump() {
        try {
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (finished) {
            return;
        }
        finished = true;
        microphone.stop();
        joinPump();
        recognition.close();
        microphone.close();
        discard();
    }

    private void discard() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // the file is deleted next
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the discarded recording {}", file, e);
        }
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
