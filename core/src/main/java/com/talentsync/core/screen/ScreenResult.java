package com.talentsync.core.screen;

import java.util.List;

/**
 * A finished (or cancelled) screening.
 *
 * @param count      resumes ranked
 * @param failed     files that could not be read, with why
 * @param elapsedMs  wall time from the first file found to the ranking
 * @param ranking    best first; ties broken by file name so the order is stable
 * @param duplicates repeated resumes, left out of the ranking
 * @param cancelled  true when the user stopped it: the ranking holds what was done by then
 */
public record ScreenResult(int count, List<FailedFile> failed, long elapsedMs, List<ScreenedResume> ranking,
        List<DuplicateGroup> duplicates, boolean cancelled) {
    public ScreenResult {
        failed = List.copyOf(failed);
        ranking = List.copyOf(ranking);
        duplicates = List.copyOf(duplicates);
    }
}
