package com.talentsync.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The speech evaluation clips kept beside the project ({@code ../shared/speech-eval}), never
 * copied into the repository. Tests that use them skip, with the reason, when they are absent.
 */
final class SharedSpeechEval {

    static final String NEEDED = "needs ../shared/speech-eval beside the project; not found";

    private SharedSpeechEval() {}

    /** The folder holding {@code manifest.tsv}, found by walking up from the working directory. */
    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path folder = dir.resolve("shared").resolve("speech-eval");
            if (Files.isRegularFile(folder.resolve("manifest.tsv"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** One clip by its manifest id. */
    static Optional<Path> clip(String id) {
        return folder().map(folder -> folder.resolve("wav").resolve(id + ".wav")).filter(Files::isRegularFile);
    }
}
