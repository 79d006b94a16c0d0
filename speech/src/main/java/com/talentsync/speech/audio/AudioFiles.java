package com.talentsync.speech.audio;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * Opens audio files of any supported format as 16 kHz mono 16-bit PCM for recognition.
 *
 * <p>WAV, AIFF and AU are read by Java Sound, MP3 by mp3spi (JLayer), FLAC by jFLAC and OGG
 * Vorbis by java-vorbis-support. Everything streams: an hour-long file is never held in memory.
 * Problems come out as one-line {@link InputException}s: NOT_FOUND, UNREADABLE, EMPTY,
 * UNSUPPORTED (not audio, or an extension we do not read), CORRUPT, and SILENT from
 * {@link #openNormalised}.
 */
public final class AudioFiles {

    /** File name extensions we read, lower case, without the dot. */
    public static final List<String> SUPPORTED_EXTENSIONS =
            List.of("wav", "wave", "aif", "aiff", "aifc", "au", "snd", "mp3", "flac", "ogg", "oga");

    /** Below this peak a recording has nothing to recognise (16-bit dither is about -90 dBFS). */
    static final double SILENT_PEAK_DBFS = -80;
    /** Below this peak a recording is raised before recognition. */
    static final double QUIET_PEAK_DBFS = -20;
    /** Where normalisation puts the peak: just under full scale, so nothing clips. */
    static final double TARGET_PEAK_DBFS = -1;
    /** Most we raise a recording: beyond this the noise floor would be all Vosk hears. */
    static final double MAX_GAIN_DB = 60;

    private AudioFiles() {}

    /**
     * Opens a file for streaming as 16 kHz mono signed 16-bit little-endian PCM. The first chunk
     * is decoded at once, so a corrupt or empty file fails here rather than on the first read.
     * Warnings about the source (sample rate) are there at once; one about a file that is cut
     * short is added when reading reaches the end, so read {@link PcmStream#warnings} after that.
     */
    public static PcmStream open(Path file) throws InputException {
        return openWithGain(file, 1.0);
    }

    /**
     * Like {@link #open}, but reads the file once first to measure its level: a silent recording
     * is refused (SILENT) and a very quiet one is raised so its peak sits near -1 dBFS (at most
     * +60 dB), with a warning saying by how much. Reads the file twice; memory stays bounded.
     */
    public static PcmStream openNormalised(Path file) throws InputException {
        double peak;
        try (ConvertingPcmStream measuring = openWithGain(file, 1.0)) {
            byte[] chunk = new byte[64 * 1024];
            while (measuring.read(chunk, 0, chunk.length) >= 0) {
                // reading is the measuring
            }
            peak = measuring.peak();
            if (measuring.samplesProduced() == 0) {
                throw noAudio(file);
            }
        } catch (IOException e) {
            throw AudioDecoder.corrupt(AudioDecoder.displayName(file), AudioDecoder.identify(file), e);
        }
        double peakDb = dbfs(peak);
        if (peakDb < SILENT_PEAK_DBFS) {
            throw new InputException(Kind.SILENT,
                    "no sound in " + AudioDecoder.displayName(file) + ": the recording is silent");
        }
        if (peakDb >= QUIET_PEAK_DBFS) {
            return openWithGain(file, 1.0);
        }
        double gainDb = Math.min(TARGET_PEAK_DBFS - peakDb, MAX_GAIN_DB);
        ConvertingPcmStream raised = openWithGain(file, Math.pow(10, gainDb / 20));
        raised.addWarning(String.format(Locale.ROOT, "very quiet recording: raised by %.0f dB before recognition",
                gainDb));
        return raised;
    }

    /** The file's format as its header states it, without decoding the audio. */
    public static SourceInfo probe(Path file) throws InputException {
        AudioDecoder.Decoded decoded = AudioDecoder.open(file);
        closeQuietly(decoded);
        return sourceInfo(decoded);
    }

    /** Level in dB relative to full scale (1.0), floored at -120 for digital silence. */
    static double dbfs(double amplitude) {
        return amplitude <= 1e-6 ? -120 : Math.max(-120, 20 * Math.log10(amplitude));
    }

    /**
     * Converts a live stream of any PCM format (a microphone that will not capture at 16 kHz
     * mono) to 16 kHz mono 16-bit with the same filtering resampler files get; reads block
     * until the source has enough audio.
     */
    public static PcmStream convert(String name, AudioInputStream live) {
        AudioFormat format = live.getFormat();
        SourceInfo info = new SourceInfo(name, format.getEncoding().toString(), format.getSampleRate(),
                format.getChannels(), format.getSampleSizeInBits(), -1);
        return new ConvertingPcmStream(name, live, info, -1, false, 1.0);
    }

    static ConvertingPcmStream openWithGain(Path file, double gain) throws InputException {
        AudioDecoder.Decoded decoded = AudioDecoder.open(file);
        String name = AudioDecoder.displayName(file);
        ConvertingPcmStream stream;
        try {
            stream = new ConvertingPcmStream(name, decoded.pcm(), sourceInfo(decoded), decoded.declaredFrames(),
                    decoded.exactLength(), gain);
        } catch (IllegalArgumentException e) {
            closeQuietly(decoded);
            throw new InputException(Kind.UNSUPPORTED, "unsupported audio encoding in " + name + ": "
                    + decoded.sourceFormat() + " (supported: " + AudioDecoder.supportedList() + ")", e);
        }
        try {
            if (!stream.prime()) {
                stream.close();
                if (decoded.declaredFrames() > 0) {
                    // The header promised audio and none of it decodes.
                    throw AudioDecoder.corrupt(name, decoded.container(),
                            new IOException("none of its " + decoded.declaredFrames() + " frames decode"));
                }
                throw noAudio(file);
            }
        } catch (IOException e) {
            closeQuietly(decoded);
            throw AudioDecoder.corrupt(name, decoded.container(), e);
        }
        return stream;
    }

    private static SourceInfo sourceInfo(AudioDecoder.Decoded decoded) {
        AudioFormat format = decoded.sourceFormat();
        int bits = format.getSampleSizeInBits();
        boolean compressed = switch (decoded.container()) {
            case MP3, OGG -> true;
            default -> false;
        };
        return new SourceInfo(decoded.container().name(), format.getEncoding().toString(), format.getSampleRate(),
                format.getChannels(), compressed || bits <= 0 ? -1 : bits, decoded.durationSec());
    }

    static InputException noAudio(Path file) {
        return new InputException(Kind.EMPTY,
                "no audio in " + AudioDecoder.displayName(file) + ": the file holds no samples");
    }

    private static void closeQuietly(AudioDecoder.Decoded decoded) {
        try {
            decoded.pcm().close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
