package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.audio.SourceInfo;
import com.talentsync.speech.vosk.eval.PlainWavOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Shared test fixtures: the default model unpacked once per test JVM, one shared loaded model,
 * the speech-eval folder beside the project, and in-memory PCM streams.
 */
public final class VoskTestSupport {

    public static final String NEEDS_EVAL = "needs ../shared/speech-eval beside the project";

    private static Path modelFolder;
    private static SharedModel sharedModel;

    private VoskTestSupport() {}

    /** The default model, unpacked once into a temporary folder removed when the JVM exits. */
    public static synchronized Path defaultModel() throws InputException {
        if (modelFolder == null) {
            try {
                Path cache = Files.createTempDirectory("talentsync-vosk-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(cache)));
                modelFolder = SpeechModels.defaultModel(cache);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return modelFolder;
    }

    /** One loaded model for every test that only transcribes (loading costs about half a second). */
    public static synchronized SharedModel sharedModel() throws InputException {
        if (sharedModel == null) {
            Path folder = defaultModel();
            sharedModel = new SharedModel(() -> folder);
        }
        return sharedModel;
    }

    /** {@code shared/speech-eval} found by walking up from the working directory. */
    public static Optional<Path> speechEval() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/speech-eval");
            if (Files.isRegularFile(candidate.resolve("manifest.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A 16 kHz mono WAV read as it is. */
    public static PcmStream wav(Path file) throws InputException {
        return new PlainWavOpener().open(file);
    }

    /** PCM held in memory. */
    public static PcmStream pcm(byte[] data) {
        return new PcmStream() {
            private int position;

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= data.length) {
                    return -1;
                }
                int n = Math.min(length, data.length - position);
                System.arraycopy(data, position, buffer, offset, n);
                position += n;
                return n;
            }

            @Override
            public SourceInfo source() {
                return new SourceInfo("memory", "PCM_SIGNED", SAMPLE_RATE, 1, 16, data.length / 32_000.0);
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public void close() {}
        };
    }

    static void deleteTree(Path folder) {
        ModelUnzipper.deleteQuietly(folder);
    }
}
