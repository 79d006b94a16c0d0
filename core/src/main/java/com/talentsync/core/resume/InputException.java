package com.talentsync.core.resume;

/** Carries an {@link InputError} out of code that reads user files. */
public final class InputException extends Exception {

    private final transient InputError error;

    public InputException(InputError.Kind kind, String message) {
        this(new InputError(kind, message), null);
    }

    public InputException(InputError.Kind kind, String message, Throwable cause) {
        this(new InputError(kind, message), cause);
    }

    private InputException(InputError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    public InputError error() {
        return error;
    }
}
