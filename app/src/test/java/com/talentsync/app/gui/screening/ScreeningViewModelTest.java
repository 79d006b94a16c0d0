package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningViewModelTest {

    private static final Path FOLDER = Path.of("cvs");
    private static final Path ZIP = Path.of("more.zip");
    private static final Path BROKEN = Path.of("cvs/broken_by_bob_smith.pdf");

    private final InMemoryScreeningBackend backend = new InMemoryScreeningBackend();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<TaskHandle> handles = new ArrayList<>();
    private final TaskExecutor executor = new TaskExecutor() {
        private final SynchronousTaskExecutor inner = new SynchronousTaskExecutor();

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            TaskHandle handle = inner.execute(task);
            handles.add(handle);
            return handle;
        }
    };
    private ScreeningViewModel viewModel;
    private StoredJob job;

    @BeforeEach
    void setUp() {
        job = backend.job("Backend Engineer");
        backend.inputs.put(FOLDER, ScreeningFixtures.team());
        backend.unreadable.put(BROKEN, "cannot read broken_by_bob_smith.pdf: the file is damaged (supported: pdf, docx, txt)");
        viewModel = new ScreeningViewModel(backend, executor, dialogs);
        viewModel.jobs().refresh();
    }

    private List<String> shownFiles() {
        return viewModel.rows().stream().map(row -> row.resume().file()).toList();
    }

    private List<String> shownNames() {
        return viewModel.rows().stream().map(row -> row.nameBinding().get()).toList();
    }

    private CandidateRow row(String name) {
        return viewModel.rows().stream().filter(row -> row.resume().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theNewestJobIsChosenAndTheEmptyStatesSayWhatToDoNext() {
        ScreeningViewModel fresh = new ScreeningViewModel(new InMemoryScreeningBackend(), executor, dialogs);
        fresh.jobs().refresh();
        assertThat(fresh.emptyMessage().get()).startsWith("Pick or paste a job ad");

        assertThat(viewModel.jobs().selectedProperty().get()).isEqualTo(job);
        assertThat(viewModel.emptyMessage().get()).startsWith("Drop a folder, files or a ZIP of resumes here");
        assertThat(viewModel.exportDisabled().get()).isTrue();
    }

    @Test
    void aScreeningRanksBestFirstAndListsFailuresAndDuplicates() {
        ScreenedResume copy = ScreeningFixtures.team().getFirst();
        backend.inputs.put(ZIP, List.of(new ScreenedResume("more.zip!/ada_copy.pdf", copy.sha256(), copy.text(),
                copy.analysis(), copy.match())));

        viewModel.screen(List.of(FOLDER, ZIP, BROKEN));

        assertThat(viewModel.run().stateProperty().get()).isEqualTo(OperationState.DONE);
        assertThat(shownNames()).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(viewModel.rows()).extracting(CandidateRow::rank).containsExactly(1, 2, 3);
        assertThat(row("Ada Lovelace").matchedMustHaves()).containsExactly("Java", "SQL", "Kubernetes");
        assertThat(row("Grace Hopper").missingMustHaves()).containsExactly("Kubernetes");
        assertThat(viewModel.failures()).extracting(FailedFile::file).containsExactly(BROKEN.toString());
        assertThat(viewModel.duplicates()).containsExactly(
                new DuplicateGroup("cvs/ada_lovelace.pdf", List.of("more.zip!/ada_copy.pdf"), true));
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Ranked 3 resumes in 1.2 s · 1 failed · 1 duplicate set aside.");
        assertThat(viewModel.filters().categories()).containsExactly(ScreeningFilters.ALL_CATEGORIES, "Data Science", "Java Developer");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRunReplacesTheRankingInOneChangeHoweverManyResumesItRead() {
        List<ScreenedResume> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(ScreeningFixtures.resume("big/cv-" + i + ".pdf", "Person " + i, i % 101, "Java Developer", i % 200,
                    List.of("Java")));
        }
        backend.inputs.put(Path.of("big"), many);
        List<String> changes = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<CandidateRow>) change -> changes.add(change.toString()));

        viewModel.screen(List.of(Path.of("big")));

        assertThat(changes).as("progress never touches the rows; the ranking arrives once").hasSize(1);
        assertThat(viewModel.rows()).hasSize(1000);
        assertThat(viewModel.rows().getFirst().score()).isEqualTo(100);
        assertThat(viewModel.rows().getLast().score()).isZero();
    }

    @Test
    void screeningWithoutAJobOrWithAMissingInputSaysSoInOneLine() {
        viewModel.jobs().selectedProperty().set(null);
        viewModel.screen(List.of(FOLDER));
        viewModel.jobs().selectedProperty().set(job);
        viewModel.screen(List.of(Path.of("nowhere")));

        assertThat(dialogs.errors).containsExactly(
                "No job ad chosen: Pick or paste a job ad first: resumes are ranked against it.",
                "Screening failed: not found: nowhere (give a folder, files or a ZIP)");
        assertThat(viewModel.run().stateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void cancellingKeepsWhatWasRankedBeforeTheStop() {
        backend.afterFile = done -> {
            if (done == 2) {
                viewModel.run().cancel();
            }
        };

        viewModel.screen(List.of(FOLDER));

        assertThat(viewModel.run().stateProperty().get()).isEqualTo(OperationState.CANCELLED);
        assertThat(shownNames()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(viewModel.summaryProperty().get()).startsWith("Cancelled: the 2 resumes ranked before the stop are kept");
        assertThat(viewModel.run().running().get()).isFalse();
    }

    @Test
    void progressNamesTheCurrentFileExceptInBlindReview() {
        viewModel.screen(List.of(FOLDER));
        TaskHandle open = handles.stream().filter(handle -> handle.title().startsWith("Screening")).findFirst().orElseThrow();
        assertThat(open.messageProperty().get()).isEqualTo("Screened 3 of 3 · alan_turing.txt");
        assertThat(open.progressProperty().get()).isEqualTo(1.0);

        viewModel.blindProperty().set(true);
        viewModel.screen(List.of(FOLDER));
        TaskHandle blind = handles.stream().filter(handle -> handle.title().startsWith("Screening")).toList().getLast();
        assertThat(blind.messageProperty().get()).isEqualTo("Screened 3 of 3");
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("All categories", 0, "", 0, "", List.of("Ada Lovelace", "Grace Hopper", "Alan Turing")),
                Arguments.of("Java Developer", 0, "", 0, "", List.of("Ada Lovelace", "Grace Hopper")),
                Arguments.of("All categories", 60, "", 0, "", List.of("Ada Lovelace", "Grace Hopper")),
                Arguments.of("All categories", 0, "sql; java", 0, "", List.of("Ada Lovelace", "Grace Hopper")),
                Arguments.of("All categories", 0, "Kubernetes", 0, "", List.of("Ada Lovelace")),
                Arguments.of("All categories", 0, "", 6, "", List.of("Ada Lovelace", "Alan Turing")),
                Arguments.of("All categories", 0, "", 0, "python", List.of("Alan Turing")),
                Arguments.of("All categories", 0, "", 0, "hopper", List.of("Grace Hopper")),
                Arguments.of("All categories", 0, "", 0, "grace.hopper@example.org", List.of("Grace Hopper")),
                Arguments.of("Java Developer", 70, "SQL", 5, "ada", List.of("Ada Lovelace")),
                Arguments.of("Data Science", 50, "", 0, "", List.of()));
    }

    @ParameterizedTest(name = "{0}, score >= {1}, skills [{2}], years >= {3}, \"{4}\"")
    @MethodSource("filters")
    void filtersNarrowTheRankingAsTheyChange(String category, int minScore, String skills, int minYears, String query,
            List<String> expected) {
        viewModel.screen(List.of(FOLDER));
        ScreeningFilters filters = viewModel.filters();

        filters.categoryProperty().set(category);
        filters.minScoreProperty().set(minScore);
        filters.mustHaveSkillsProperty().set(skills);
        filters.minYearsProperty().set(minYears);
        filters.queryProperty().set(query);

        assertThat(shownNames()).containsExactlyElementsOf(expected);
        filters.clear();
        assertThat(viewModel.rows()).hasSize(3);
    }

    @Test
    void filtersThatHideEveryoneSaySoAndCountWhatIsShown() {
        // Bound like the view's labels, so a binding that stops telling its observers would show here.
        StringProperty count = new SimpleStringProperty();
        count.bind(viewModel.countText());
        StringProperty empty = new SimpleStringProperty();
        empty.bind(viewModel.emptyMessage());
        viewModel.screen(List.of(FOLDER));
        assertThat(count.get()).isEqualTo("3 candidates");

        viewModel.filters().minScoreProperty().set(50);
        assertThat(count.get()).isEqualTo("Shown 2 of 3");
        viewModel.filters().minScoreProperty().set(70);
        assertThat(count.get()).isEqualTo("Shown 1 of 3");
        viewModel.filters().queryProperty().set("cobol");

        assertThat(empty.get()).isEqualTo("No candidate matches these filters. Clear them to see all 3.");
        assertThat(viewModel.filters().active().get()).isTrue();
        viewModel.filters().clear();
        assertThat(count.get()).isEqualTo("3 candidates");
    }

    @Test
    void blindReviewHidesWhoTheCandidateIsInEveryViewAndInTheExport() {
        viewModel.screen(List.of(FOLDER, BROKEN));
        viewModel.selectedProperty().set(row("Grace Hopper"));

        viewModel.blindProperty().set(true);

        assertThat(shownNames()).containsExactly("Candidate 1", "Candidate 2", "Candidate 3");
        assertThat(viewModel.rows()).extracting(row -> row.fileBinding().get())
                .containsExactly("hidden.pdf", "hidden.docx", "hidden.txt");
        CandidateDetail detail = viewModel.detailProperty().get().orElseThrow();
        assertThat(detail.title()).isEqualTo("Candidate 2");
        assertThat(detail.text()).doesNotContain("Grace", "Hopper", "@", "She").contains("[name]", "They led");
        assertThat(detail.meta()).doesNotContain("grace");
        assertThat(viewModel.failures()).containsExactly(
                new FailedFile("hidden.pdf", "cannot read hidden.pdf: the file is damaged (supported: pdf, docx, txt)"));

        viewModel.filters().queryProperty().set("hopper");
        assertThat(viewModel.rows()).as("a blind search must not find anyone by name").isEmpty();
        viewModel.filters().queryProperty().set("");

        viewModel.export(Path.of("out/ranking.csv"), ExportFormat.CSV);
        assertThat(backend.exports.getLast().blind()).isTrue();
        assertThat(viewModel.suggestedExportName(ExportFormat.CSV)).isEqualTo("Backend Engineer — Acme ranking (blind).csv");

        viewModel.selectedProperty().set(row("Grace Hopper")); // the search above hid, so unselected, her
        viewModel.blindProperty().set(false);
        assertThat(viewModel.detailProperty().get().orElseThrow().title()).isEqualTo("Grace Hopper");
        assertThat(viewModel.failures().getFirst().file()).isEqualTo(BROKEN.toString());
    }

    @Test
    void blindReviewNamesTheKeptDuplicateByItsLabel() {
        ScreenedResume grace = ScreeningFixtures.team().get(1);
        backend.inputs.put(ZIP, List.of(new ScreenedResume("more.zip!/grace_hopper_2.docx", grace.sha256(), grace.text(),
                grace.analysis(), grace.match())));
        viewModel.blindProperty().set(true);

        viewModel.screen(List.of(FOLDER, ZIP));

        assertThat(viewModel.duplicates()).containsExactly(new DuplicateGroup("Candidate 2", List.of("hidden.docx"), true));
    }

    @Test
    void statusChangesAreSavedAtOnceAndSurviveTheNextRun() {
        viewModel.screen(List.of(FOLDER));
        CandidateRow grace = row("Grace Hopper");

        viewModel.setStatus(grace, CandidateStatus.INTERVIEW);
        viewModel.selectedProperty().set(row("Alan Turing"));
        viewModel.toggleShortlist();

        assertThat(backend.stored(job.id(), grace.resume().sha256()).status()).isEqualTo(CandidateStatus.INTERVIEW);
        assertThat(backend.stored(job.id(), "sha-cvs/alan_turing.txt").status()).isEqualTo(CandidateStatus.SHORTLISTED);

        viewModel.screen(List.of(FOLDER));
        assertThat(row("Grace Hopper").statusProperty().get()).isEqualTo(CandidateStatus.INTERVIEW);
        assertThat(viewModel.selectedProperty().get().resume().name()).as("the selection survives the reload").isEqualTo("Alan Turing");
        viewModel.toggleShortlist();
        assertThat(backend.stored(job.id(), "sha-cvs/alan_turing.txt").status()).isEqualTo(CandidateStatus.NEW);
    }

    @Test
    void notesAreSavedWhenCommittedOrWhenTheSelectionMoves() {
        viewModel.screen(List.of(FOLDER));
        viewModel.selectedProperty().set(row("Ada Lovelace"));
        viewModel.notesDraftProperty().set("Strong on platform work");
        viewModel.commitNotes();
        viewModel.commitNotes(); // unchanged: not saved twice

        viewModel.notesDraftProperty().set("Strong on platform work; call Tuesday");
        viewModel.selectedProperty().set(row("Alan Turing"));

        assertThat(backend.saves).containsExactly("notes sha-cvs/ada_lovelace.pdf Strong on platform work",
                "notes sha-cvs/ada_lovelace.pdf Strong on platform work; call Tuesday");
        assertThat(viewModel.notesDraftProperty().get()).isEmpty();
        viewModel.selectedProperty().set(row("Ada Lovelace"));
        assertThat(viewModel.notesDraftProperty().get()).isEqualTo("Strong on platform work; call Tuesday");
    }

    @Test
    void anEditThatCouldNotBeSavedStaysOnScreenAndGoesAgainWithTheNextChange() {
        viewModel.screen(List.of(FOLDER));
        backend.failingSaves = 1;

        viewModel.setStatus(row("Ada Lovelace"), CandidateStatus.REJECTED);

        assertThat(dialogs.errors).containsExactly("Could not save your changes: database is read-only");
        assertThat(viewModel.saveProblemProperty().get()).startsWith("Not saved yet (database is read-only)");
        viewModel.screen(List.of(FOLDER)); // reloads the ranking from the backend, which still says NEW
        assertThat(row("Ada Lovelace").statusProperty().get()).isEqualTo(CandidateStatus.REJECTED);

        viewModel.setStatus(row("Alan Turing"), CandidateStatus.SHORTLISTED);

        assertThat(backend.stored(job.id(), "sha-cvs/ada_lovelace.pdf").status()).isEqualTo(CandidateStatus.REJECTED);
        assertThat(backend.stored(job.id(), "sha-cvs/alan_turing.txt").status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(viewModel.saveProblemProperty().get()).isEmpty();
    }

    @Test
    void switchingJobsSavesPendingNotesAndShowsTheOtherJobsCandidates() {
        viewModel.screen(List.of(FOLDER));
        viewModel.selectedProperty().set(row("Ada Lovelace"));
        viewModel.notesDraftProperty().set("Ask about Kubernetes");
        viewModel.filters().minScoreProperty().set(70);

        viewModel.jobs().addText("Data Analyst\nSQL, Python");

        assertThat(backend.stored(job.id(), "sha-cvs/ada_lovelace.pdf").notes()).isEqualTo("Ask about Kubernetes");
        assertThat(viewModel.jobs().selectedProperty().get().title()).isEqualTo("Data Analyst");
        assertThat(viewModel.jobs().list().getFirst().title()).isEqualTo("Data Analyst");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.failures()).isEmpty();
        assertThat(viewModel.filters().minScoreProperty().get()).isZero();

        viewModel.jobs().selectedProperty().set(job);
        assertThat(viewModel.rows()).hasSize(3);
    }

    @Test
    void jobAdsComeFromPastedTextFilesOrAddressesAndBadOnesSaySoInOneLine() {
        backend.jobSources.put("https://jobs.example.org/42", "Site Reliability Engineer\nKubernetes");

        viewModel.jobs().load(" https://jobs.example.org/42 ");
        viewModel.jobs().load("/tmp/missing.pdf");
        viewModel.jobs().addText("   ");

        assertThat(viewModel.jobs().selectedProperty().get().title()).isEqualTo("Site Reliability Engineer");
        assertThat(dialogs.errors).containsExactly(
                "Could not add the job ad: no job ad at /tmp/missing.pdf: give a PDF, DOCX or TXT file, or an https:// address",
                "The job ad is empty: Paste the ad's text: title, requirements and duties.");
        assertThat(viewModel.jobs().busyProperty().get()).isFalse();
    }

    @Test
    void exportSendsTheRowsShownInTheOrderShownWithTheirCurrentStatus() {
        viewModel.screen(List.of(FOLDER));
        viewModel.setStatus(row("Alan Turing"), CandidateStatus.SHORTLISTED);
        viewModel.filters().mustHaveSkillsProperty().set("SQL");
        viewModel.rows().setComparator(Comparator.comparingDouble(CandidateRow::years).reversed());

        viewModel.export(Path.of("out/shortlist"), ExportFormat.PDF);

        InMemoryScreeningBackend.ExportRequest request = backend.exports.getLast();
        assertThat(request.file()).isEqualTo(Path.of("out/shortlist.pdf"));
        assertThat(request.blind()).isFalse();
        assertThat(request.rows()).extracting(candidate -> candidate.resume().name())
                .containsExactly("Alan Turing", "Ada Lovelace", "Grace Hopper");
        assertThat(request.rows().getFirst().status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(request.rows().getFirst().rank()).isEqualTo(3);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Exported 3 candidates to shortlist.pdf.");
    }

    @Test
    void exportProblemsAreOneLineDialogs() {
        viewModel.export(Path.of("out/empty.csv"), ExportFormat.CSV);
        viewModel.screen(List.of(FOLDER));
        viewModel.export(Path.of("out/locked.html"), ExportFormat.HTML);

        assertThat(dialogs.errors).containsExactly(
                "Nothing to export: Screen some resumes first, or clear the filters that hide them.",
                "Export failed: cannot write locked.html: the file is open in another program");
        assertThat(shownFiles()).hasSize(3);
    }

    @Test
    void theDetailShowsTheScoreComponentsAndSkills() {
        viewModel.screen(List.of(FOLDER));
        viewModel.selectedProperty().set(row("Grace Hopper"));

        CandidateDetail detail = viewModel.detailProperty().get().orElseThrow();

        assertThat(detail.title()).isEqualTo("Grace Hopper");
        assertThat(detail.meta()).isEqualTo("Score 64 · Java Developer · 2.5 years · cvs/grace_hopper.docx");
        assertThat(detail.components()).extracting(CandidateDetail.Component::label).containsExactly("Hard skills", "Experience");
        assertThat(detail.matchedSkills()).containsExactly("Java", "SQL");
        assertThat(detail.missingRequired()).containsExactly("Kubernetes");
        assertThat(detail.text()).contains("grace.hopper@example.org");
        viewModel.selectedProperty().set(null);
        assertThat(viewModel.detailProperty().get()).isEmpty();
    }
}
