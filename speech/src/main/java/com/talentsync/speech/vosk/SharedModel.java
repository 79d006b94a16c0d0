package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * One Vosk model, loaded on first use and shared by every recogniser (Vosk models are read-only
 * and reference-counted natively, so concurrent recognisers over one model are safe). A failed
 * load is not remembered: the next call tries again, e.g. after the user picked another model.
 */
public final class SharedModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedModel.class);
    private static final AtomicBoolean LOG_LEVEL_SET = new AtomicBoolean();

    private final ModelSource source;
    private Model model;
    private Path folder;
    private long loadMillis = -1;
    private boolean closed;

    public SharedModel(ModelSource source) {
        this.source = source;
    }

    /**
     * The loaded model, loading it on the first call (blocks other callers meanwhile; call from a
     * background thread).
     *
     * @throws InputException when the model folder is missing or broken, or the native library
     *                        cannot run on this system
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized Model get() throws InputException {
        if (closed) {
            throw new IllegalStateException("the speech model was closed");
        }
        if (model != null) {
            return model;
        }
        Path chosen = source.folder();
        // Native code must never see an incomplete model: a null FST crashes the JVM.
        ModelLayout.validate(chosen);
        long start = System.nanoTime();
        try {
            quietNativeLog();
            model = new Model(chosen.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new InputException(Kind.CORRUPT, "cannot load speech model " + chosen
                    + ": Vosk refused its files (damaged, or made for another Vosk version); choose another model", e);
        } catch (LinkageError e) {
            throw new InputException(Kind.UNAVAILABLE, "cannot load speech model " + chosen
                    + ": the speech recogniser's native library does not run on this system ("
                    + oneLine(e.getMessage()) + ")", e);
        }
        folder = chosen;
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("speech model {} loaded in {} ms", chosen, loadMillis);
        return model;
    }

    /** Whether the model has been loaded (and not closed). */
    public synchronized boolean isLoaded() {
        return model != null;
    }

    /** Milliseconds the native load took, or -1 before it happened. */
    public synchronized long loadMillis() {
        return loadMillis;
    }

    /** The folder the model was loaded from, or null before it was. */
    public synchronized Path folder() {
        return folder;
    }

    /** Frees the native model. Recognisers still open keep their own native reference. */
    @Override
    public synchronized void close() {
        closed = true;
        if (model != null) {
            model.close();
            model = null;
        }
    }

    private static void quietNativeLog() {
        if (LOG_LEVEL_SET.compareAndSet(false, true)) {
            // Kaldi logs every load step to stderr at INFO; warnings are what a user can act on.
            LibVosk.setLogLevel(LogLevel.WARNINGS);
        }
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replace('\n', ' ').replace('\r', ' ');
    }
}
