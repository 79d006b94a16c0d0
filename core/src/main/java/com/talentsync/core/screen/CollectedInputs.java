package com.talentsync.core.screen;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a screening will read, those refused before reading, and the private folder that
 * holds unpacked archive entries; closing deletes that folder.
 */
final class CollectedInputs implements AutoCloseable {

    private final List<InputFile> files;
    private final List<FailedFile> failed;
    private final Optional<Path> unpackFolder;

    CollectedInputs(List<InputFile> files, List<FailedFile> failed, Optional<Path> unpackFolder) {
        this.files = List.copyOf(files);
        this.failed = List.copyOf(failed);
        this.unpackFolder = unpackFolder;
    }

    List<InputFile> files() {
        return files;
    }

    List<FailedFile> failed() {
        return failed;
    }

    Optional<Path> unpackFolder() {
        return unpackFolder;
    }

    @Override
    public void close() {
        unpackFolder.ifPresent(ZipUnpacker::deleteQuietly);
    }
}
