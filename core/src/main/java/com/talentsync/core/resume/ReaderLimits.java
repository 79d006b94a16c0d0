package com.talentsync.core.resume;

/**
 * How much a {@link DocumentReader} accepts.
 *
 * @param maxFileBytes files larger than this are refused before any byte is read
 * @param maxTextChars extracted text is cut to this many characters; it also bounds how much
 *     text a parser may produce, so a small file that expands enormously cannot exhaust memory
 */
public record ReaderLimits(long maxFileBytes, int maxTextChars) {

    private static final long MEGABYTE = 1024L * 1024L;

    public ReaderLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
    }

    /**
     * 50 MB per file and 5,000,000 characters of text: far above any real resume (a long one is
     * 30,000 characters), low enough that a desktop JVM with a default heap is never at risk.
     */
    public static ReaderLimits defaults() {
        return new ReaderLimits(50 * MEGABYTE, 5_000_000);
    }

    /** The file limit as people read it, e.g. "50 MB". */
    public String maxFileSizeLabel() {
        return megabytes(maxFileBytes);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (double) MEGABYTE;
        return mb == Math.rint(mb) ? String.format(java.util.Locale.ROOT, "%d MB", (long) mb)
                : String.format(java.util.Locale.ROOT, "%.1f MB", mb);
    }
}
