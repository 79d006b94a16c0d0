package com.talentsync.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Measures what {@code --measure-startup} reports: time since JVM start, and resident memory. */
final class StartupProbe {

    private StartupProbe() {}

    /** Milliseconds since this process started (the OS's start time, so JVM boot is included). */
    static long millisSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** Resident set size in MiB, from /proc on Linux; empty elsewhere. */
    static Optional<Long> residentMib() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .map(kb -> Long.parseLong(kb) / 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
