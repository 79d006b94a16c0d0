package com.talentsync.app.gui.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.skills.SkillKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ResumeAnalysisViewModelTest {

    private final ObjectProperty<ResumeSummary> selected = new SimpleObjectProperty<>();
    private final List<Long> asked = new ArrayList<>();

    private static ResumeSummary resume(long id) {
        return new ResumeSummary(id, "r" + id, "r.txt", "text/plain", "h" + id, 10, 2, Instant.EPOCH);
    }

    @Test
    void selectingAResumeLoadsItsAnalysisAndClearingItEmptiesThePage() {
        var viewModel = new ResumeAnalysisViewModel(id -> {
            asked.add(id);
            return Optional.of(AnalysisFixtures.sample());
        }, new SynchronousTaskExecutor(), selected);
        assertThat(viewModel.stateProperty().get()).isEqualTo(OperationState.IDLE);

        selected.set(resume(7));

        assertThat(asked).containsExactly(7L);
        assertThat(viewModel.stateProperty().get()).isEqualTo(OperationState.DONE);
        assertThat(viewModel.analysisProperty().get().category().label()).isEqualTo("Java Developer");

        selected.set(null);
        assertThat(viewModel.analysisProperty().get()).isNull();
        assertThat(viewModel.stateProperty().get()).isEqualTo(OperationState.IDLE);
    }

    @Test
    void aFailedAnalysisSaysWhyInOneLine() {
        var viewModel = new ResumeAnalysisViewModel(id -> {
            throw new IllegalStateException("model file is damaged\nat line 3");
        }, new SynchronousTaskExecutor(), selected);

        selected.set(resume(1));

        assertThat(viewModel.stateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(viewModel.problemProperty().get()).isEqualTo("Could not analyse this resume: model file is damaged");
    }

    @Test
    void skillsAreGroupedByKindInTheKindsOrder() {
        var viewModel = new ResumeAnalysisViewModel(id -> Optional.of(AnalysisFixtures.sample()),
                new SynchronousTaskExecutor(), selected);
        selected.set(resume(1));

        assertThat(viewModel.skillsByKind()).containsOnlyKeys(SkillKind.LANGUAGE, SkillKind.TOOL);
        assertThat(viewModel.skillsByKind().get(SkillKind.LANGUAGE)).containsExactly("Java", "SQL");
        assertThat(viewModel.skillsByKind().keySet()).containsExactly(SkillKind.LANGUAGE, SkillKind.TOOL);
    }

    @Test
    void revealingAFindingRequestsItsLineEvenTwiceButNotForWholeFileFindings() {
        var viewModel = new ResumeAnalysisViewModel(id -> Optional.of(AnalysisFixtures.sample()),
                new SynchronousTaskExecutor(), selected);
        selected.set(resume(1));
        var findings = viewModel.analysisProperty().get().review().findings();
        List<Number> lines = new ArrayList<>();
        viewModel.requestedLineProperty().addListener((o, before, after) -> lines.add(after));

        viewModel.reveal(findings.get(0));
        viewModel.reveal(findings.get(0));
        viewModel.reveal(findings.get(1));

        assertThat(lines).containsExactly(4, -1, 4);
    }
}
