package com.talentsync.app.gui.match;

import com.talentsync.app.task.DeferredTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.match.Suggestion;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.store.StoredJob;
import com.talentsync.core.store.StoredMatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchViewModelTest {

    static final String ADA = "Ada Lovelace\nBuilt billing services in Java and SQL\nShipped with Docker";
    static final String BACKEND_AD = "Backend Engineer\nYou know Java, SQL and Kafka.\nNice to have: Terraform";

    private final FakeMatchBackend backend = new FakeMatchBackend();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Duration> pauses = new ArrayList<>();
    private final Pause recordingPause = (delay, context) -> pauses.add(delay);

    private MatchViewModel viewModel(TaskExecutor executor) {
        return new MatchViewModel(backend, executor, dialogs, recordingPause);
    }

    private MatchViewModel readyWithAdaAndBackendAd() {
        ResumeSummary ada = backend.addResume("Ada", ADA);
        StoredJob job = backend.storeJob("Backend Engineer", "pasted", BACKEND_AD);
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();
        model.chooseResume(ada);
        model.jobs().choose(job);
        return model;
    }

    @Test
    void emptyStatesSayWhatIsMissingUntilBothSidesAreChosen() {
        ResumeSummary ada = backend.addResume("Ada", ADA);
        StoredJob job = backend.storeJob("Backend Engineer", "pasted", BACKEND_AD);
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        assertThat(model.emptyMessage().get()).startsWith("Opening");

        model.refresh();
        assertThat(model.emptyMessage().get()).contains("Choose a resume on the left and a job ad on the right");
        model.chooseResume(ada);
        assertThat(model.emptyMessage().get()).contains("Choose a saved job ad");
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(-1);
        assertThat(backend.matchedTexts).isEmpty();

        model.jobs().choose(job);
        assertThat(model.emptyMessage().get()).isEmpty();
        assertThat(model.sheet().scoreProperty().get()).isBetween(0, 100);
    }

    @Test
    void withNothingStoredTheEmptyStateExplainsHowToAddAJobAd() {
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();
        model.usePastedResume(ADA);

        assertThat(model.emptyMessage().get()).contains("paste it (Ctrl+Shift+V)").contains("web address (Ctrl+L)");
    }

    @Test
    void aChosenPairIsScoredAtOnceWithItsPartsSkillsAndHighlights() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        ScoreSheet sheet = model.sheet();

        // Java and SQL shown; Kafka (required) and Terraform (preferred) missing: 2 of 4.
        assertThat(sheet.scoreProperty().get()).isEqualTo(50);
        assertThat(sheet.bandProperty().get()).isEqualTo(ScoreBand.FAIR);
        assertThat(sheet.matchedSkills()).containsExactly("Java", "SQL");
        assertThat(sheet.missingRequired()).containsExactly("Kafka");
        assertThat(sheet.missingPreferred()).containsExactly("Terraform");
        assertThat(sheet.parts()).extracting(MatchPart::label).containsExactly("Hard skills", "Education", "Meaning of duties");
        assertThat(sheet.suggestions()).extracting(Suggestion::text).containsExactly("Name Kafka where you used it");
        assertThat(pauses).allMatch(Duration::isZero);

        HighlightedText resume = model.resumeDocumentProperty().get();
        assertThat(resume.text()).isEqualTo(ADA);
        // Docker is in the resume but the ad never asks for it: it stays plain.
        assertThat(resume.highlights()).extracting(h -> ADA.substring(h.start(), h.end())).containsExactly("Java", "SQL");
        HighlightedText job = model.jobs().documentProperty().get();
        assertThat(job.highlights()).extracting(h -> BACKEND_AD.substring(h.start(), h.end()) + ":" + h.kind())
                .containsExactly("Java:MATCHED", "SQL:MATCHED", "Kafka:MISSING_REQUIRED", "Terraform:MISSING_PREFERRED");
    }

    @Test
    void anEditIsScoredAfterTheTypingPauseAndTheHistoryShowsTheScoreMove() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        pauses.clear();

        model.resumeTextProperty().set(ADA + "\nStreamed events through Kafka");

        assertThat(pauses).containsExactly(MatchViewModel.EDIT_DELAY);
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(75);
        assertThat(model.resumeEdited().get()).isTrue();
        assertThat(model.history().matches()).extracting(StoredMatch::score).containsExactly(50, 75);
        assertThat(model.history().summary().get()).isEqualTo("Score 50 → 75 (+25) over 2 matches.");
    }

    @Test
    void rescoringTheSameTextKeepsOneHistoryEntry() {
        MatchViewModel model = readyWithAdaAndBackendAd();

        model.rescoreNow();
        model.rescoreNow();

        assertThat(backend.matchedTexts).hasSize(3);
        assertThat(model.history().matches()).hasSize(1);
        assertThat(model.history().summary().get()).isEqualTo("First match with this job: 50.");
    }

    @Test
    void typingSupersedesTheWaitingScoreAndOnlyTheNewestTextIsScored() {
        ResumeSummary ada = backend.addResume("Ada", ADA);
        StoredJob job = backend.storeJob("Backend Engineer", "pasted", BACKEND_AD);
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        MatchViewModel model = viewModel(executor);
        model.refresh();
        model.chooseResume(ada);
        model.jobs().choose(job);
        executor.runPending();
        backend.matchedTexts.clear();

        model.resumeTextProperty().set(ADA + "\nK");
        model.resumeTextProperty().set(ADA + "\nKa");
        model.resumeTextProperty().set(ADA + "\nKafka");

        List<DeferredTaskExecutor.Handle> waiting = executor.waitingHandles();
        assertThat(waiting).hasSize(3);
        assertThat(waiting).extracting(DeferredTaskExecutor.Handle::isCancelled).containsExactly(true, true, false);
        assertThat(model.scoreStateProperty().get()).isEqualTo(OperationState.RUNNING);
        assertThat(model.resultOutdated().get()).isTrue();

        executor.runPending();

        assertThat(backend.matchedTexts).containsExactly(ADA + "\nKafka");
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(75);
        assertThat(model.resultOutdated().get()).isFalse();
        assertThat(model.scoreStateProperty().get()).isEqualTo(OperationState.DONE);
    }

    @Test
    void aStaleScoreFinishingLastNeverReplacesTheNewerOne() {
        ResumeSummary ada = backend.addResume("Ada", ADA);
        StoredJob job = backend.storeJob("Backend Engineer", "pasted", BACKEND_AD);
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        MatchViewModel model = viewModel(executor);
        model.refresh();
        model.chooseResume(ada);
        model.jobs().choose(job);
        executor.runPending();

        model.resumeTextProperty().set(ADA + "\nKafka and Terraform"); // would score 100
        model.resumeTextProperty().set("Ada Lovelace\nPython only"); // scores 0
        executor.run(1); // the newest finishes first...
        executor.run(0); // ...and the superseded one, though cancelled, finishes after it

        assertThat(backend.matchedTexts).hasSize(3); // the first score, then both edits
        assertThat(model.sheet().scoreProperty().get()).isZero();
        assertThat(model.resumeDocumentProperty().get().text()).isEqualTo("Ada Lovelace\nPython only");
        assertThat(model.resultOutdated().get()).isFalse();
    }

    @Test
    void aPastedResumeIsScoredButKeepsNoHistory() {
        StoredJob job = backend.storeJob("Backend Engineer", "pasted", BACKEND_AD);
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();
        model.jobs().choose(job);

        model.usePastedResume("Grace Hopper\nKafka, Java, SQL, Terraform");

        assertThat(model.sheet().scoreProperty().get()).isEqualTo(100);
        assertThat(model.resumeOriginProperty().get()).isEqualTo("Pasted text");
        assertThat(model.selectedResumeProperty().get()).isNull();
        assertThat(backend.recorded).isEmpty();
        assertThat(model.history().keptProperty().get()).isFalse();
        assertThat(model.history().summary().get()).contains("import this one on the Resumes screen");
    }

    @Test
    void aBlankPasteIsRefusedWithOneLine() {
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());

        model.usePastedResume("  \n ");
        model.jobs().addPasted("");

        assertThat(dialogs.errors).containsExactly(
                "Nothing to match: The pasted resume is empty: paste the text of a resume.",
                "Nothing to add: The pasted job ad is empty: paste the text of the ad, with its duties and requirements.");
    }

    @Test
    void aResumeFileIsReadAndMatchedWithoutHistory() {
        Path file = Path.of("grace.pdf");
        backend.files.put(file, "Grace Hopper\nJava");
        MatchViewModel model = readyWithAdaAndBackendAd();

        model.openResumeFile(file);

        assertThat(model.resumeOriginProperty().get()).isEqualTo("grace.pdf (not in the library)");
        assertThat(model.resumeTextProperty().get()).isEqualTo("Grace Hopper\nJava");
        assertThat(model.selectedResumeProperty().get()).isNull();
        assertThat(model.history().matches()).isEmpty();

        model.openResumeFile(Path.of("missing.docx"));
        assertThat(dialogs.errors).containsExactly("Could not open the resume file: file not found: missing.docx");
        assertThat(model.resumeTextProperty().get()).isEqualTo("Grace Hopper\nJava");
    }

    @Test
    void switchingResumeAsksBeforeDroppingEditsAndKeepsThemWhenTheUserSaysNo() {
        ResumeSummary grace = backend.addResume("Grace", "Grace Hopper\nCOBOL");
        MatchViewModel model = readyWithAdaAndBackendAd();
        ResumeSummary ada = model.selectedResumeProperty().get();
        model.resumeTextProperty().set(ADA + "\nmy edit");
        dialogs.answer = false;

        model.chooseResume(grace);

        assertThat(dialogs.confirmations).singleElement().asString().contains("Your edits to \"Ada\"");
        assertThat(model.selectedResumeProperty().get()).isEqualTo(ada);
        assertThat(model.resumeTextProperty().get()).endsWith("my edit");

        dialogs.answer = true;
        model.chooseResume(grace);
        assertThat(model.selectedResumeProperty().get()).isEqualTo(grace);
        assertThat(model.resumeTextProperty().get()).isEqualTo("Grace Hopper\nCOBOL");
        assertThat(model.resumeEdited().get()).isFalse();
    }

    @Test
    void revertPutsBackTheOpenedTextAfterConfirmation() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        model.resumeTextProperty().set("nothing left");
        assertThat(model.sheet().scoreProperty().get()).isZero();

        dialogs.answer = false;
        model.revertResume();
        assertThat(model.resumeTextProperty().get()).isEqualTo("nothing left");

        dialogs.answer = true;
        model.revertResume();
        assertThat(model.resumeTextProperty().get()).isEqualTo(ADA);
        assertThat(model.resumeEdited().get()).isFalse();
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(50);
    }

    @Test
    void aResumeDeletedMeanwhileIsReportedAndTheSelectionGoesBack() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        ResumeSummary ada = model.selectedResumeProperty().get();
        ResumeSummary gone = backend.addResume("Gone", "text");
        backend.resumeTexts.remove(gone.id());

        model.chooseResume(gone);

        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not open the resume: \"Gone\" is no longer in your library; the list is refreshed.");
        assertThat(model.selectedResumeProperty().get()).isEqualTo(ada);
        assertThat(model.resumeLoadStateProperty().get()).isEqualTo(OperationState.FAILED);
    }

    @Test
    void aPastedJobAdIsStoredChosenAndScoredButTheSameTextIsNotStoredTwice() {
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();
        model.usePastedResume(ADA);

        model.jobs().addPasted(BACKEND_AD);
        model.jobs().addPasted("  " + BACKEND_AD + "\n");

        assertThat(backend.addedJobs).isEqualTo(1);
        assertThat(model.jobs().jobs()).extracting(StoredJob::title).containsExactly("Backend Engineer");
        assertThat(model.jobs().selectedProperty().get().text()).isEqualTo(BACKEND_AD);
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(50);
    }

    @Test
    void aJobAdFromTheWebIsStoredAndAnOfflineFetchSaysSoInOneLine() {
        StoredJob page = new StoredJob(7, "Data Engineer", "Initech", "https://jobs.example.com/7", "Python and SQL", java.time.Instant.EPOCH);
        backend.pages.put("https://jobs.example.com/7", page);
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();

        model.jobs().fetch("jobs.example.com/7");
        assertThat(model.jobs().selectedProperty().get()).isEqualTo(page);
        assertThat(model.jobs().loadStateProperty().get()).isEqualTo(OperationState.DONE);

        model.jobs().fetch("https://offline.example.org/job");
        assertThat(dialogs.errors).containsExactly("Could not add the job ad: could not reach offline.example.org: "
                + "you seem to be offline (the ad can be pasted instead)");
        assertThat(model.jobs().loadStateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(model.jobs().selectedProperty().get()).isEqualTo(page);

        model.jobs().fetch("not an address");
        assertThat(dialogs.errors).last().asString()
                .isEqualTo("Not a web address: \"not an address\" is not a web address: type one like https://example.com/jobs/123.");
    }

    @Test
    void cancellingAFetchFreesTheScreenAtOnceAndALateResultIsListedButNotChosen() {
        StoredJob page = new StoredJob(7, "Data Engineer", "Initech", "https://jobs.example.com/7", "Python", java.time.Instant.EPOCH);
        backend.pages.put("https://jobs.example.com/7", page);
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        MatchViewModel model = viewModel(executor);

        model.jobs().fetch("https://jobs.example.com/7");
        assertThat(model.jobs().loading().get()).isTrue();
        assertThat(model.jobs().loadMessageProperty().get()).isEqualTo("Fetching jobs.example.com…");
        model.jobs().cancelLoad();

        assertThat(model.jobs().loadStateProperty().get()).isEqualTo(OperationState.CANCELLED);
        assertThat(executor.waitingHandles()).singleElement().matches(DeferredTaskExecutor.Handle::isCancelled);
        executor.run(0); // the backend had finished and stored it anyway
        assertThat(model.jobs().jobs()).containsExactly(page);
        assertThat(model.jobs().selectedProperty().get()).isNull();
        assertThat(model.jobs().loadStateProperty().get()).isEqualTo(OperationState.CANCELLED);
    }

    @Test
    void droppedTextIsFetchedWhenItIsALoneWebAddressAndStoredAsAnAdOtherwise() {
        StoredJob page = new StoredJob(7, "Data Engineer", "Initech", "https://jobs.example.com/7", "Python", java.time.Instant.EPOCH);
        backend.pages.put("https://jobs.example.com/7", page);
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();

        model.jobs().addDropped("  https://jobs.example.com/7\n");
        assertThat(model.jobs().selectedProperty().get()).isEqualTo(page);
        assertThat(backend.addedJobs).isZero();

        model.jobs().addDropped("See https://jobs.example.com/7 for the\nBackend Engineer ad: Java, SQL");
        assertThat(backend.addedJobs).isEqualTo(1);
        assertThat(model.jobs().selectedProperty().get().source()).isEqualTo("pasted");
    }

    @Test
    void aScoringFailureIsShownOnceNotAtEveryTypingPause() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        backend.matchFailure = new IllegalStateException("the matcher's model is missing\nat some.Frame");

        model.resumeTextProperty().set(ADA + " a");
        model.resumeTextProperty().set(ADA + " ab");

        assertThat(dialogs.errors).containsExactly("Could not score the match: the matcher's model is missing");
        assertThat(model.scoreStateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(model.scoreProblemProperty().get()).isEqualTo("the matcher's model is missing");

        backend.matchFailure = null;
        model.rescoreNow();
        assertThat(model.scoreProblemProperty().get()).isEmpty();
        assertThat(model.scoreStateProperty().get()).isEqualTo(OperationState.DONE);
    }

    @Test
    void aBrokenHistoryStoreIsReportedOnceAndTheScoreStillShows() {
        backend.recordFailure = new IllegalStateException("database is closed");
        MatchViewModel model = readyWithAdaAndBackendAd();
        model.resumeTextProperty().set(ADA + " more");

        assertThat(dialogs.errors).containsExactly("Could not keep the match history: database is closed");
        assertThat(model.sheet().scoreProperty().get()).isEqualTo(50);
    }

    @Test
    void choosingASuggestionAsksToRevealItsLineEvenTwiceInARow() {
        MatchViewModel model = readyWithAdaAndBackendAd();
        List<Number> revealed = new ArrayList<>();
        model.requestedLineProperty().addListener((observable, before, after) -> revealed.add(after));
        Suggestion suggestion = model.sheet().suggestions().getFirst();

        model.reveal(suggestion);
        model.reveal(suggestion);
        model.reveal(new Suggestion("General advice", "", -1));

        assertThat(revealed).containsExactly(1, -1, 1);
    }

    @Test
    void clearingTheResumeClearsTheScore() {
        MatchViewModel model = readyWithAdaAndBackendAd();

        model.resumeTextProperty().set(" ");

        assertThat(model.sheet().result()).isEmpty();
        assertThat(model.sheet().parts()).isEmpty();
        assertThat(model.emptyMessage().get()).contains("Choose a resume on the left, paste one or open a file.");
    }

    @Test
    void theMatcherIsWarmedUpOnceAndListsReloadOnRefresh() {
        MatchViewModel model = viewModel(new SynchronousTaskExecutor());
        model.refresh();
        backend.addResume("Later", "text");
        model.refresh();

        assertThat(backend.warmUps).isEqualTo(1);
        assertThat(model.resumes()).extracting(ResumeSummary::displayName).containsExactly("Later");
        assertThat(model.loadedProperty().get()).isTrue();
    }
}
