package com.talentsync.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The process's peak resident memory, which benchmarks report beside their timings. */
final class ProcessMemory {

    private ProcessMemory() {}

    /** Linux's resident high-water mark (VmHWM) in MiB; empty where /proc does not tell. */
    static OptionalLong peakResidentMiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** {@link #peakResidentMiB()} as text: "412 MiB" or "unknown on this system". */
    static String peakResident() {
        OptionalLong peak = peakResidentMiB();
        return peak.isPresent() ? peak.getAsLong() + " MiB" : "unknown on this system";
    }
}
