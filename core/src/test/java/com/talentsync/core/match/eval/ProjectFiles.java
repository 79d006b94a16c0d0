package com.talentsync.core.match.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds folders beside or above the module the tests run in: the project's {@code eval/job-ads},
 * and the third-party data under {@code shared/data} that is never copied into the repository.
 */
final class ProjectFiles {

    private ProjectFiles() {}

    static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
