package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import java.util.Locale;
import java.util.Map;

/** How a finished screening is told to the user, and its file lists with names hidden for blind review. */
final class RunReport {

    private RunReport() {}

    static String summary(ScreenResult result) {
        StringBuilder line = new StringBuilder();
        if (result.cancelled()) {
            line.append("Cancelled: the ").append(resumes(result.count())).append(" ranked before the stop are kept");
        } else {
            line.append("Ranked ").append(resumes(result.count()))
                    .append(String.format(Locale.ROOT, " in %.1f s", result.elapsedMs() / 1000.0));
        }
        if (!result.failed().isEmpty()) {
            line.append(" · ").append(result.failed().size()).append(" failed");
        }
        if (!result.duplicates().isEmpty()) {
            int left = result.duplicates().stream().mapToInt(group -> group.duplicates().size()).sum();
            line.append(" · ").append(left).append(left == 1 ? " duplicate" : " duplicates").append(" set aside");
        }
        return line.append('.').toString();
    }

    private static String resumes(int count) {
        return count == 1 ? "1 resume" : String.format(Locale.ROOT, "%,d resumes", count);
    }

    /** The failure with its file name, which is often the candidate's name, taken out of file and message. */
    static FailedFile blind(FailedFile failed) {
        String masked = CandidateRow.maskFile(failed.file());
        String error = failed.error().replace(failed.file(), masked);
        String fileName = CandidateRow.fileName(failed.file());
        if (!fileName.isEmpty()) {
            error = error.replace(fileName, masked);
        }
        return new FailedFile(masked, error);
    }

    /**
     * The group with the kept resume called by its blind label (when ranked) and the others by
     * their extension only.
     *
     * @param labels blind labels of ranked resumes, by file
     */
    static DuplicateGroup blind(DuplicateGroup group, Map<String, String> labels) {
        String kept = labels.getOrDefault(group.kept(), CandidateRow.maskFile(group.kept()));
        return new DuplicateGroup(kept, group.duplicates().stream().map(CandidateRow::maskFile).toList(), group.identical());
    }
}
