package com.talentsync.speech;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where recorded answers are kept: one FLAC file per recording, named by when it started. */
final class RecordingFolder {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final Path folder;

    RecordingFolder(Path folder) {
        this.folder = folder;
    }

    /** A new file name that no earlier recording uses. */
    synchronized Path newRecording() throws InputException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNAVAILABLE, "cannot create the recordings folder " + folder
                    + ": " + e.getMessage(), e);
        }
        String stem = LocalDateTime.now().format(NAME);
        Path file = folder.resolve(stem + ".flac");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".flac");
        }
        return file;
    }
}
