package com.talentsync.app.gui.speech;

import com.talentsync.app.task.DeferredTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeechPracticeViewModelTest {

    private final FakeSpeechBackend backend = new FakeSpeechBackend();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DeferredTaskExecutor deferred = new DeferredTaskExecutor();
    private final SpeechPracticeViewModel page =
            new SpeechPracticeViewModel(backend, new SynchronousTaskExecutor(), Runnable::run, dialogs);

    @Test
    void beforeTheFirstAttemptThePageSaysWhatToDoAndListsThePastOnes() {
        PracticeAttempt earlier = FakeSpeechBackend.attempt("old", "Microphone", SpeechFixtures.result());
        backend.stored.add(earlier);

        page.prepare();

        assertThat(page.emptyMessage().get()).startsWith("Press Record and answer out loud");
        assertThat(page.shownProperty().get()).isNull();
        assertThat(page.history()).containsExactly(earlier);
        assertThat(page.recorder().stateProperty().get()).isEqualTo(RecorderState.READY);
    }

    @Test
    void aFinishedRecordingIsAnalysedSavedAndShownWithItsHighlightsAndMetrics() {
        page.recorder().record();
        page.recorder().stop();

        ShownAttempt shown = page.shownProperty().get();
        assertThat(shown).isNotNull();
        assertThat(backend.analysed).containsExactly(SpeechFixtures.answer());
        assertThat(backend.saved).singleElement().satisfies(attempt -> assertThat(attempt.source()).isEqualTo("Microphone"));
        assertThat(page.history()).containsExactly(shown.attempt());
        assertThat(page.emptyMessage().get()).isEmpty();
        assertThat(page.analysisStateProperty().get()).isEqualTo(OperationState.DONE);
        assertThat(shown.transcriptRuns()).extracting(TranscriptMarkup.Run::text)
                .containsExactly("so ", "um", " I think we shipped ", "[pause 2.4 s]", " it on time");
        assertThat(shown.metricRows()).extracting(MetricRow::label, MetricRow::value, MetricRow::band)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pace", "142 wpm", "120–160 words per minute"),
                        org.assertj.core.groups.Tuple.tuple("Fillers per 100 words", "11.1", "at most 3 per 100 words"));
        assertThat(shown.summary()).isEqualTo("142 wpm · 1 filler · 1 long pause · 00:05 talk time · 9 words");
        assertThat(page.playback().availableProperty().get()).isTrue();
        assertThat(page.playback().positionProperty().get()).isEqualTo("00:00 / 00:09");
    }

    @Test
    void anAudioFileIsTranscribedWithProgressWhileRecordingWaits() {
        List<Double> progressSeen = new ArrayList<>();
        List<Boolean> heldSeen = new ArrayList<>();
        backend.duringFile = listener -> {
            listener.progress(0.5);
            progressSeen.add(page.fileProgressProperty().get());
            heldSeen.add(page.recorder().canRecord().get());
            assertThat(page.fileStatusProperty().get()).isEqualTo("Transcribing answer.mp3…");
        };

        page.openFile(Path.of("/tmp/answer.mp3"));

        assertThat(progressSeen).containsExactly(0.5);
        assertThat(heldSeen).containsExactly(false);
        assertThat(page.fileStateProperty().get()).isEqualTo(OperationState.DONE);
        assertThat(page.recorder().canRecord().get()).isTrue();
        ShownAttempt shown = page.shownProperty().get();
        assertThat(shown.attempt().source()).isEqualTo("answer.mp3");
        assertThat(shown.attempt().warnings()).containsExactly("recorded at 8 kHz: expect lower accuracy");
        assertThat(page.playback().availableProperty().get()).as("a file has no saved recording").isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingALongFileKeepsNothingOfIt() {
        SpeechPracticeViewModel deferredPage = new SpeechPracticeViewModel(backend, deferred, Runnable::run, dialogs);

        deferredPage.openFile(Path.of("/tmp/lecture.flac"));
        assertThat(deferredPage.fileStateProperty().get()).isEqualTo(OperationState.RUNNING);
        deferredPage.cancelFile();

        assertThat(deferredPage.fileStateProperty().get()).isEqualTo(OperationState.CANCELLED);
        assertThat(deferredPage.fileStatusProperty().get()).isEqualTo("Cancelled.");
        assertThat(deferredPage.recorder().heldProperty().get()).isFalse();
        // The worker notices the cancel the next time it asks.
        deferred.run(0);
        assertThat(backend.saved).isEmpty();
        assertThat(deferredPage.shownProperty().get()).isNull();
        assertThat(deferredPage.fileStateProperty().get()).isEqualTo(OperationState.CANCELLED);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBadFileIsReportedInOneLineDialog() {
        backend.fileFailure = new InputException(InputError.Kind.UNSUPPORTED,
                "unsupported audio file: notes.txt is not audio (supported: wav, aiff, au, mp3, flac, ogg)");

        page.openFile(Path.of("/tmp/notes.txt"));

        assertThat(dialogs.errors).containsExactly("Could not transcribe notes.txt: unsupported audio file: "
                + "notes.txt is not audio (supported: wav, aiff, au, mp3, flac, ogg)");
        assertThat(page.fileStateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(page.shownProperty().get()).isNull();
        assertThat(page.recorder().canRecord().get()).isTrue();
    }

    @Test
    void anUnexpectedFailureStillShowsOneLine() {
        backend.duringFile = listener -> {
            throw new IllegalStateException("decoder crashed on frame 12\n\tat some.Decoder.read");
        };

        page.openFile(Path.of("/tmp/odd.ogg"));

        assertThat(dialogs.errors).containsExactly("Could not transcribe odd.ogg: decoder crashed on frame 12");
        assertThat(page.fileStateProperty().get()).isEqualTo(OperationState.FAILED);
    }

    @Test
    void aFileIsRefusedWhileRecording() {
        page.recorder().record();

        page.openFiles(List.of(Path.of("/tmp/answer.wav")));

        assertThat(dialogs.errors).containsExactly(
                "Recording in progress: Stop or cancel the recording before opening answer.wav.");
        assertThat(page.fileStateProperty().get()).isEqualTo(OperationState.IDLE);
    }

    @Test
    void clickingAPastAttemptShowsItAnalysedAgain() {
        PracticeAttempt earlier = FakeSpeechBackend.attempt("old", "interview.wav", SpeechFixtures.result());
        backend.stored.add(earlier);
        page.prepare();

        page.showAttempt(page.history().getFirst());

        assertThat(page.shownProperty().get().attempt()).isSameAs(earlier);
        assertThat(page.shownProperty().get().report()).isEqualTo(SpeechFixtures.report());
        assertThat(backend.analysed).hasSize(1);

        page.showAttempt(earlier);
        assertThat(backend.analysed).as("the attempt on screen is not analysed again").hasSize(1);
    }

    @Test
    void playShowsThePositionAndStopsAtTheEndOrOnStop() {
        page.recorder().record();
        page.recorder().stop();
        PlaybackControl playback = page.playback();

        playback.toggle();
        FakeSpeechBackend.FakePlayback playing = backend.playbacks.getFirst();
        assertThat(playing.recording).isEqualTo(Path.of("recording-1.flac"));
        assertThat(playback.playingProperty().get()).isTrue();
        playing.listener.position(3.2);
        assertThat(playback.positionProperty().get()).isEqualTo("00:03 / 00:09");
        playing.listener.finished();
        assertThat(playback.playingProperty().get()).isFalse();

        playback.toggle();
        FakeSpeechBackend.FakePlayback second = backend.playbacks.get(1);
        playback.toggle();
        assertThat(second.stopped).isTrue();
        assertThat(playback.playingProperty().get()).isFalse();
        second.listener.position(5);
        assertThat(playback.positionProperty().get()).as("a stopped playback's late position is ignored")
                .isEqualTo("00:00 / 00:09");
    }

    @Test
    void anAttemptWithoutARecordingHasNothingToPlay() {
        backend.liveResult = SpeechFixtures.result(Optional.empty(), List.of());
        page.recorder().record();
        page.recorder().stop();

        page.playback().toggle();

        assertThat(backend.playbacks).isEmpty();
        assertThat(page.playback().positionProperty().get()).isEmpty();
    }
}
