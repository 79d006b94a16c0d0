package com.talentsync.core.resume.hidden;

import java.util.List;
import java.util.Objects;

/**
 * What {@link HiddenTextFinder} found in one file.
 *
 * @param runs        the hidden stretches, in reading order
 * @param visibleText the text a reader sees, in the finder's reading order; used to tell whether
 *                    words that are both hidden and shown appear often enough to remove one
 */
public record HiddenText(List<HiddenRun> runs, String visibleText) {

    private static final HiddenText NONE = new HiddenText(List.of(), "");

    public HiddenText {
        runs = List.copyOf(runs);
        Objects.requireNonNull(visibleText, "visibleText");
    }

    /** For files with nothing hidden, and for formats that are not inspected. */
    public static HiddenText none() {
        return NONE;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The hidden texts alone, in reading order. */
    public List<String> texts() {
        return runs.stream().map(HiddenRun::text).toList();
    }
}
