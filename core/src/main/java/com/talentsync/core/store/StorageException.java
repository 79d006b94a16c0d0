package com.talentsync.core.store;

/**
 * The database failed in a way the user cannot fix by choosing another file: a disk error, a
 * damaged database, a bug. Unchecked; the app shows a generic error and logs the trace.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
