package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.screen.ScreenedResume;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunReportTest {

    private static ScreenResult result(int ranked, int failed, int duplicates, long elapsedMs, boolean cancelled) {
        ScreenedResume one = ScreeningFixtures.team().getFirst();
        List<FailedFile> failures = Collections.nCopies(failed, new FailedFile("x.pdf", "damaged"));
        List<DuplicateGroup> groups = duplicates == 0 ? List.of()
                : List.of(new DuplicateGroup("a.pdf", Collections.nCopies(duplicates, "b.pdf"), false));
        return new ScreenResult(ranked, failures, elapsedMs, Collections.nCopies(ranked, one), groups, cancelled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1    | 0 | 0 | 400   | false | Ranked 1 resume in 0.4 s.
            1000 | 3 | 2 | 61234 | false | Ranked 1,000 resumes in 61.2 s · 3 failed · 2 duplicates set aside.
            12   | 0 | 1 | 900   | true  | Cancelled: the 12 resumes ranked before the stop are kept · 1 duplicate set aside.
            0    | 1 | 0 | 5     | false | Ranked 0 resumes in 0.0 s · 1 failed.
            """)
    void theSummaryCountsWhatHappened(int ranked, int failed, int duplicates, long elapsedMs, boolean cancelled,
            String expected) {
        assertThat(RunReport.summary(result(ranked, failed, duplicates, elapsedMs, cancelled))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cvs/jane_doe.pdf                 | jane_doe.pdf is encrypted              | hidden.pdf  | hidden.pdf is encrypted
            cvs.zip!/2024/John Smith CV.DOCX | cvs.zip!/2024/John Smith CV.DOCX: empty | hidden.docx | hidden.docx: empty
            C:\\cvs\\noext                   | cannot read noext                      | hidden      | cannot read hidden
            """)
    void blindFailuresHideTheFileNameInFileAndMessage(String file, String error, String maskedFile, String maskedError) {
        assertThat(RunReport.blind(new FailedFile(file, error))).isEqualTo(new FailedFile(maskedFile, maskedError));
    }

    @Test
    void blindDuplicateGroupsUseTheLabelOfTheRankedResume() {
        DuplicateGroup group = new DuplicateGroup("cvs/ada.pdf", List.of("old/ada.PDF", "zip.zip!/ada.txt"), false);

        assertThat(RunReport.blind(group, Map.of("cvs/ada.pdf", "Candidate 4")))
                .isEqualTo(new DuplicateGroup("Candidate 4", List.of("hidden.pdf", "hidden.txt"), false));
        assertThat(RunReport.blind(group, Map.of()).kept()).isEqualTo("hidden.pdf");
    }
}
