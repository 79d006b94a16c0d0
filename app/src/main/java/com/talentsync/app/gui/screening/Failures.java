package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Failures as the user sees them: one line in a dialog; traces of unexpected ones go to the log. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    static void show(DialogService dialogs, String title, Throwable failure) {
        if (!(failure instanceof InputException) && !(failure instanceof IOException)) {
            LOG.warn("{}", title, failure);
        }
        dialogs.showError(title, describe(failure));
    }

    /** The failure's first line, or its type when it has no message. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
