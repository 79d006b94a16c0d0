package com.talentsync.app.gui.resumes;

import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.ResumeSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Passes every call on; tests override the one call they want to change. */
class ForwardingLibrary implements ResumeLibrary {

    private final ResumeLibrary delegate;

    ForwardingLibrary(ResumeLibrary delegate) {
        this.delegate = delegate;
    }

    @Override
    public ImportOutcome importFile(Path file) {
        return delegate.importFile(file);
    }

    @Override
    public ImportOutcome importText(String displayName, String text) {
        return delegate.importText(displayName, text);
    }

    @Override
    public List<ResumeSummary> list(String query) {
        return delegate.list(query);
    }

    @Override
    public Optional<ResumeSummary> find(long id) {
        return delegate.find(id);
    }

    @Override
    public Optional<String> extractedText(long id) {
        return delegate.extractedText(id);
    }

    @Override
    public boolean delete(long id) {
        return delegate.delete(id);
    }
}
