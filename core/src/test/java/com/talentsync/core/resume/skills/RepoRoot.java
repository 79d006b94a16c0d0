package com.talentsync.core.resume.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository root (the folder holding {@code mvnw}), found by walking up from the working directory. */
final class RepoRoot {

    private RepoRoot() {}

    static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
