package com.talentsync.speech.audio;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;
import javax.sound.sampled.spi.FormatConversionProvider;

/**
 * Opens an audio file as a stream of PCM frames at its own rate and channel count: checks the
 * file, recognises the container by its first bytes (never trusting the extension alone), and
 * picks the decoder.
 *
 * <p>The MP3, FLAC and Vorbis readers are called directly rather than found through
 * {@code AudioSystem}: the MP3 reader is known to claim files that are not MP3 when asked first,
 * and a merged application jar can lose the {@code META-INF/services} entries that register them.
 */
final class AudioDecoder {

    /** What a file's first bytes say it is. */
    enum Container {
        WAV, AIFF, AU, MP3, FLAC, OGG;

        boolean readByJdk() {
            return this == WAV || this == AIFF || this == AU;
        }
    }

    /**
     * A decoded stream with what the file said about itself.
     *
     * @param declaredFrames frames the header promises, or {@link AudioSystem#NOT_SPECIFIED}
     * @param exactLength    whether that count is exact (PCM) or an estimate (compressed formats)
     */
    record Decoded(Container container, AudioInputStream pcm, AudioFormat sourceFormat, long declaredFrames,
            boolean exactLength, double durationSec) {}

    private AudioDecoder() {}

    static String supportedList() {
        return "wav, aiff, au, mp3, flac, ogg";
    }

    /** Checks the path and its first bytes; throws the user-facing error for anything unusable. */
    static Container identify(Path file) throws InputException {
        String name = displayName(file);
        if (!Files.exists(file)) {
            throw new InputException(Kind.NOT_FOUND, "audio file not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new InputException(Kind.UNREADABLE, "not an audio file: " + name + " is a folder (supported: "
                    + supportedList() + ")");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(Kind.UNREADABLE, "cannot read " + name + ": access is denied");
        }
        String extension = extension(file);
        if (!AudioFiles.SUPPORTED_EXTENSIONS.contains(extension)) {
            throw new InputException(Kind.UNSUPPORTED, "unsupported audio file: " + name
                    + (extension.isEmpty() ? " has no extension" : " is a ." + extension + " file")
                    + " (supported: " + supportedList() + ")");
        }
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputException(Kind.UNREADABLE, "cannot read " + name + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new InputException(Kind.EMPTY, "empty audio file: " + name + " has 0 bytes");
        }
        Container container = sniff(head, read);
        if (container == null) {
            throw new InputException(Kind.UNSUPPORTED, "unsupported audio file: " + name
                    + " is not audio (supported: " + supportedList() + ")");
        }
        return container;
    }

    /** Opens the file decoded to PCM (signed, unsigned or float, as the decoder gives it). */
    static Decoded open(Path file) throws InputException {
        Container container = identify(file);
        String name = displayName(file);
        try {
            AudioFileReader reader = container.readByJdk() ? jdkReader(file, container) : reader(container);
            AudioFileFormat fileFormat = reader.getAudioFileFormat(file.toFile());
            AudioInputStream encoded = reader.getAudioInputStream(file.toFile());
            AudioFormat source = encoded.getFormat();
            AudioInputStream pcm = isPcm(source.getEncoding()) ? encoded : decodeToPcm(container, encoded);
            double duration = durationSec(fileFormat, encoded);
            boolean exact = isPcm(source.getEncoding());
            long frames = exact ? encoded.getFrameLength()
                    : duration > 0 ? Math.round(duration * source.getSampleRate()) : AudioSystem.NOT_SPECIFIED;
            return new Decoded(container, pcm, source, frames, exact, duration);
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            // Decoders also throw runtime exceptions (index errors, null pointers) on damaged data.
            throw corrupt(name, container, e);
        }
    }

    static InputException corrupt(String name, Container container, Exception cause) {
        // The decoder's own words ("m_header is null") mean nothing to a user; they stay in the cause.
        return new InputException(Kind.CORRUPT, "corrupt audio file: " + name + " looks like " + container
                + " but cannot be decoded: its header or data is damaged", cause);
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static String extension(Path file) {
        String name = displayName(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Container sniff(byte[] head, int length) {
        String ascii = new String(head, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("RIFF") || ascii.startsWith("RIFX") || ascii.startsWith("RF64")) {
            return Container.WAV;
        }
        if (ascii.startsWith("FORM")) {
            return Container.AIFF;
        }
        if (ascii.startsWith(".snd")) {
            return Container.AU;
        }
        if (ascii.startsWith("fLaC")) {
            return Container.FLAC;
        }
        if (ascii.startsWith("OggS")) {
            return Container.OGG;
        }
        if (ascii.startsWith("ID3")) {
            return Container.MP3;
        }
        // An MPEG audio frame starts with 11 set sync bits and a layer that is not "reserved".
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) {
            return Container.MP3;
        }
        return null;
    }

    /** The decoder library's reader for MP3, FLAC and OGG. */
    private static AudioFileReader reader(Container container) {
        return switch (container) {
            case MP3 -> new javazoom.spi.mpeg.sampled.file.MpegAudioFileReader();
            case FLAC -> new org.jflac.sound.spi.FlacAudioFileReader();
            case OGG -> new com.github.trilarion.sound.vorbis.sampled.spi.VorbisAudioFileReader();
            case WAV, AIFF, AU -> throw new IllegalStateException("the JDK reads " + container);
        };
    }

    /**
     * The JDK's own reader that accepts the file (WAV has three: plain, float, extensible).
     * {@code AudioSystem.getAudioInputStream(File)} is not used: it also asks the MP3 reader,
     * which on a large WAV fails with an IOException that ends the search before the JDK's
     * WAVE_FORMAT_EXTENSIBLE reader is tried.
     */
    private static AudioFileReader jdkReader(Path file, Container container)
            throws UnsupportedAudioFileException, IOException {
        for (AudioFileReader reader : ServiceLoader.load(AudioFileReader.class, null)) {
            if (!"java.desktop".equals(reader.getClass().getModule().getName())) {
                continue;
            }
            try {
                if (matches(container, reader.getAudioFileFormat(file.toFile()).getType())) {
                    return reader;
                }
            } catch (UnsupportedAudioFileException e) {
                // not this reader's variant of the format
            }
        }
        throw new UnsupportedAudioFileException("no reader accepts this " + container + " variant");
    }

    private static FormatConversionProvider converter(Container container) {
        return switch (container) {
            case MP3 -> new javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider();
            case FLAC -> new org.jflac.sound.spi.FlacFormatConversionProvider();
            case OGG -> new com.github.trilarion.sound.vorbis.sampled.spi.VorbisFormatConversionProvider();
            case WAV, AIFF, AU -> null;
        };
    }

    private static AudioInputStream decodeToPcm(Container container, AudioInputStream encoded) {
        AudioFormat source = encoded.getFormat();
        int channels = Math.max(1, source.getChannels());
        AudioFormat target = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), 16,
                channels, channels * 2, source.getSampleRate(), false);
        FormatConversionProvider converter = converter(container);
        if (converter != null && converter.isConversionSupported(target, source)) {
            return converter.getAudioInputStream(target, encoded);
        }
        // e.g. mu-law or A-law in WAV/AU, which the JDK decodes itself.
        return AudioSystem.getAudioInputStream(target, encoded);
    }

    private static boolean isPcm(AudioFormat.Encoding encoding) {
        return AudioFormat.Encoding.PCM_SIGNED.equals(encoding) || AudioFormat.Encoding.PCM_UNSIGNED.equals(encoding)
                || AudioFormat.Encoding.PCM_FLOAT.equals(encoding);
    }

    private static boolean matches(Container container, AudioFileFormat.Type type) {
        return switch (container) {
            case WAV -> AudioFileFormat.Type.WAVE.equals(type);
            case AIFF -> AudioFileFormat.Type.AIFF.equals(type) || AudioFileFormat.Type.AIFC.equals(type);
            case AU -> AudioFileFormat.Type.AU.equals(type);
            default -> true;
        };
    }

    /** Length from the header, or from a decoder's "duration" property (microseconds). */
    private static double durationSec(AudioFileFormat fileFormat, AudioInputStream encoded) {
        long frames = encoded.getFrameLength();
        float rate = encoded.getFormat().getFrameRate();
        if (frames > 0 && rate > 0) {
            return frames / (double) rate;
        }
        Map<String, Object> properties = fileFormat.properties();
        if (properties.get("duration") instanceof Long micros && micros > 0) {
            return micros / 1e6;
        }
        return -1;
    }
}
