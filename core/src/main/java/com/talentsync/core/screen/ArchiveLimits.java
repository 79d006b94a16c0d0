package com.talentsync.core.screen;

/**
 * How much a ZIP archive of resumes may hold before it is refused as a whole. Sizes are counted
 * while unpacking, never taken from the archive's own (forgeable) headers.
 *
 * @param maxEntries       files and folders in the archive
 * @param maxEntryBytes    unpacked size of one file; a larger file alone is refused
 * @param maxTotalBytes    unpacked size of all files together
 * @param maxRatio         unpacked size of one file over its packed size, once it is past
 *                         {@code ratioFloorBytes}; real documents stay far below it
 * @param ratioFloorBytes  below this a file may be compressed as much as it likes (a small text
 *                         file of repeated lines compresses 100 times without being a bomb)
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
        long ratioFloorBytes) {

    private static final long MEGABYTE = 1024L * 1024L;

    public ArchiveLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /**
     * 10,000 files, 50 MB per file (the reader's own limit), 1 GB in all, 100 times: a ZIP of
     * a few thousand resumes fits with room to spare; a ZIP bomb is stopped after 1 GB at most.
     */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(10_000, 50 * MEGABYTE, 1024 * MEGABYTE, 100, MEGABYTE);
    }

    /** "1 GB" or "50 MB", for messages. */
    static String size(long bytes) {
        if (bytes >= 1024 * MEGABYTE && bytes % (1024 * MEGABYTE) == 0) {
            return bytes / (1024 * MEGABYTE) + " GB";
        }
        if (bytes >= MEGABYTE) {
            return Math.round(bytes / (double) MEGABYTE) + " MB";
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
