package com.talentsync.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/** Measures what {@code --measure-startup} reports: time since JVM start, and resident memory. */
final class StartupProbe {

    private StartupProbe() {}

    /** Set by a benchmark script to the epoch milliseconds just before it started the launcher. */
    static final String LAUNCH_EPOCH_VARIABLE = "TALENTSYNC_LAUNCH_EPOCH_MS";

    /**
     * Milliseconds since the launch: since {@value #LAUNCH_EPOCH_VARIABLE} when a script set it
     * (so the launcher script and JVM boot count too), else since the JVM started. Not the OS
     * process start time: Linux reports that against a boot time in whole seconds.
     */
    static long millisSinceLaunch() {
        String launched = System.getenv(LAUNCH_EPOCH_VARIABLE);
        if (launched != null && launched.matches("\\d{10,}")) {
            return System.currentTimeMillis() - Long.parseLong(launched);
        }
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
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
