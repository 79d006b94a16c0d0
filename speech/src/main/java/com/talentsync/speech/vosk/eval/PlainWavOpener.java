package com.talentsync.speech.vosk.eval;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.audio.SourceInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads a WAV that is already 16 kHz mono 16-bit little-endian, as it is, with no conversion or
 * level normalisation: the baseline the speech-eval README measures. Anything else is refused;
 * the app's own reader converts and normalises.
 */
public final class PlainWavOpener implements SpeechEvaluation.Opener {

    @Override
    public PcmStream open(Path wav) throws InputException {
        AudioInputStream audio;
        try {
            audio = AudioSystem.getAudioInputStream(wav.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new InputException(Kind.UNSUPPORTED, "not a WAV file: " + wav.getFileName(), e);
        } catch (IOException e) {
            throw new InputException(Kind.UNREADABLE, "cannot read " + wav, e);
        }
        AudioFormat format = audio.getFormat();
        AudioFormat wanted = new AudioFormat(PcmStream.SAMPLE_RATE, 16, 1, true, false);
        if (!format.matches(wanted)) {
            close(audio);
            throw new InputException(Kind.UNSUPPORTED, "not 16 kHz mono 16-bit PCM: " + wav.getFileName() + " is "
                    + format);
        }
        double seconds = audio.getFrameLength() / (double) format.getFrameRate();
        SourceInfo source = new SourceInfo("WAV", format.getEncoding().toString(), format.getSampleRate(),
                format.getChannels(), format.getSampleSizeInBits(), seconds);
        return new PcmStream() {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return audio.read(buffer, offset, length - length % BYTES_PER_SAMPLE);
            }

            @Override
            public SourceInfo source() {
                return source;
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public void close() throws IOException {
                audio.close();
            }
        };
    }

    private static void close(AudioInputStream audio) {
        try {
            audio.close();
        } catch (IOException ignored) {
            // only reading
        }
    }
}
