package com.talentsync.app;

import com.talentsync.core.resume.DefaultResumeLibrary;
import com.talentsync.core.resume.DocumentReader;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.TikaDocumentReader;
import com.talentsync.core.store.Database;
import com.talentsync.core.store.DatabaseInUseException;
import com.talentsync.core.store.ResumeRepository;
import java.nio.file.Path;

/**
 * The composition root for everything below the UI: builds core services by hand, each at most
 * once and only when first asked, so the GUI can paint its first frame before Tika or H2 load.
 * Thread-safe; the GUI calls it from worker threads.
 */
public final class AppServices implements AutoCloseable {

    private final Path dataFolder;
    private final ReaderLimits readerLimits;
    private TikaDocumentReader documentReader;
    private Database database;
    private ResumeLibrary resumeLibrary;
    private boolean closed;

    public AppServices(Path dataFolder, int maxFileMb) {
        this.dataFolder = dataFolder;
        ReaderLimits defaults = ReaderLimits.defaults();
        this.readerLimits = new ReaderLimits(maxFileMb * 1024L * 1024L, defaults.maxTextChars());
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public ReaderLimits readerLimits() {
        return readerLimits;
    }

    public synchronized DocumentReader documentReader() {
        if (documentReader == null) {
            documentReader = new TikaDocumentReader(readerLimits);
        }
        return documentReader;
    }

    /** Loads Tika's parsers now (about half a second), so the user's first import does not wait for it. */
    public void warmUpReader() {
        TikaDocumentReader reader;
        synchronized (this) {
            documentReader();
            reader = documentReader;
        }
        reader.warmUp();
    }

    /**
     * Opens the database on first use.
     *
     * @throws DatabaseInUseException when another TalentSync holds the data folder
     */
    public synchronized ResumeLibrary resumeLibrary() throws DatabaseInUseException {
        if (closed) {
            throw new IllegalStateException("services are closed");
        }
        if (resumeLibrary == null) {
            database = Database.open(dataFolder);
            resumeLibrary = new DefaultResumeLibrary(documentReader(), new ResumeRepository(database));
        }
        return resumeLibrary;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (database != null) {
            database.close();
            database = null;
        }
        resumeLibrary = null;
    }
}
