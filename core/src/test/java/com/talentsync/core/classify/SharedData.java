package com.talentsync.core.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the third-party evaluation data kept beside the project ({@code ../shared/data}), which is
 * never copied into the repository. Tests that use it skip, with the reason, when it is absent.
 */
final class SharedData {

    private SharedData() {}

    static Optional<Path> file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
