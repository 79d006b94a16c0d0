package com.talentsync.core.resume.skills;

/** A mistake in a taxonomy data file; the message starts with {@code file:line:}. */
public final class TaxonomyFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;

    TaxonomyFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
