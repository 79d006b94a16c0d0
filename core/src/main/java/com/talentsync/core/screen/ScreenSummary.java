package com.talentsync.core.screen;

import com.talentsync.core.privacy.BlindMask;
import java.util.ArrayList;
import java.util.List;

/**
 * The short form of a screening that the CLI prints as JSON:
 * {@code {count, failed: [{file, error}], elapsedMs, ranking: [{file, score, category, name}]}},
 * best first. Blind summaries call each candidate "Candidate N" and mask names in file names,
 * as every other blind view does.
 */
public record ScreenSummary(int count, List<FailedFile> failed, long elapsedMs, List<Line> ranking) {

    /** One ranked resume. */
    public record Line(String file, int score, String category, String name) {}

    public ScreenSummary {
        failed = List.copyOf(failed);
        ranking = List.copyOf(ranking);
    }

    public static ScreenSummary of(ScreenResult result, boolean blind) {
        BlindMask mask = new BlindMask();
        List<Line> lines = new ArrayList<>(result.ranking().size());
        for (int i = 0; i < result.ranking().size(); i++) {
            ScreenedResume resume = result.ranking().get(i);
            String file = blind ? mask.mask(resume.file(), resume.analysis().facts().contact()) : resume.file();
            String name = blind ? BlindMask.label(i + 1) : resume.name();
            lines.add(new Line(file, resume.score(), resume.category(), name));
        }
        return new ScreenSummary(result.count(), result.failed(), result.elapsedMs(), lines);
    }
}
