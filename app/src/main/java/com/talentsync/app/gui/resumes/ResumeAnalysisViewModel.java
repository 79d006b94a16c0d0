package com.talentsync.app.gui.resumes;

import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.review.Finding;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.SkillKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The analysis page of the selected resume: loads (or makes) its analysis in the background and
 * says which line a clicked finding points at.
 */
public final class ResumeAnalysisViewModel {

    /** Where analyses come from; the app passes the stored-analysis service. Called off the FX thread. */
    @FunctionalInterface
    public interface AnalysisSource {
        Optional<ResumeAnalysis> analysisOf(long resumeId) throws Exception;
    }

    private final AnalysisSource source;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<ResumeAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OperationState> state = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper requestedLine = new ReadOnlyIntegerWrapper(-1);
    private long request;

    public ResumeAnalysisViewModel(AnalysisSource source, TaskExecutor executor, ObjectProperty<ResumeSummary> selected) {
        this.source = source;
        this.executor = executor;
        selected.addListener((observable, before, after) -> load(after));
        load(selected.get());
    }

    public ReadOnlyObjectProperty<ResumeAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line saying why there is no analysis, when making it failed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text line the user asked to see (0-based), or -1. */
    public ReadOnlyIntegerProperty requestedLineProperty() {
        return requestedLine.getReadOnlyProperty();
    }

    /** Shows where a finding is; findings about the whole file have no line. */
    public void reveal(Finding finding) {
        if (finding.line() >= 0) {
            requestedLine.set(-1); // so asking for the same line twice still notifies
            requestedLine.set(finding.line());
        }
    }

    /** Skills grouped by kind, in the kinds' order, each group by mentions. */
    public Map<SkillKind, List<String>> skillsByKind() {
        ResumeAnalysis current = analysis.get();
        if (current == null) {
            return Map.of();
        }
        return current.skills().stream().collect(Collectors.groupingBy(found -> found.skill().kind(),
                () -> new EnumMap<>(SkillKind.class),
                Collectors.mapping(FoundSkill::skill, Collectors.mapping(skill -> skill.name(), Collectors.toList()))));
    }

    private void load(ResumeSummary resume) {
        long mine = ++request;
        analysis.set(null);
        problem.set("");
        if (resume == null) {
            state.set(OperationState.IDLE);
            return;
        }
        state.set(OperationState.RUNNING);
        executor.execute(BackgroundTask.of("Analysing " + resume.displayName(), context -> source.analysisOf(resume.id()))
                .quiet()
                .onSuccess(result -> {
                    if (mine == request) {
                        analysis.set(result.orElse(null));
                        state.set(OperationState.DONE);
                    }
                })
                .onFailure(failure -> {
                    if (mine == request) {
                        problem.set("Could not analyse this resume: " + ResumesViewModel.describe(failure));
                        state.set(OperationState.FAILED);
                    }
                }));
    }
}
