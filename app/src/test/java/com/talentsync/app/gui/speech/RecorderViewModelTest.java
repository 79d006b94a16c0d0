package com.talentsync.app.gui.speech;

import com.talentsync.app.task.DeferredTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.AudioLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecorderViewModelTest {

    private final FakeSpeechBackend backend = new FakeSpeechBackend();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DeferredTaskExecutor deferred = new DeferredTaskExecutor();

    private RecorderViewModel synchronous() {
        return new RecorderViewModel(backend, new SynchronousTaskExecutor(), Runnable::run, dialogs);
    }

    @Test
    void theModelLoadsInTheBackgroundAndRecordWaitsForIt() {
        RecorderViewModel recorder = new RecorderViewModel(backend, deferred, Runnable::run, dialogs);

        recorder.prepare();
        recorder.prepare();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.LOADING_MODEL);
        assertThat(recorder.canRecord().get()).isFalse();
        assertThat(recorder.status().get()).isEqualTo("Loading the speech model…");
        assertThat(deferred.waiting()).containsExactly("Loading the speech model");

        deferred.runPending();

        assertThat(backend.warmUps).isEqualTo(1);
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.READY);
        assertThat(recorder.canRecord().get()).isTrue();
    }

    @Test
    void aModelThatCannotLoadIsSaidInlineAndInADialog() {
        backend.warmUpFailure = new InputException(InputError.Kind.UNAVAILABLE,
                "speech model missing: no model folder at /data/models (reinstall or pick a model in Settings)");
        RecorderViewModel recorder = synchronous();

        recorder.prepare();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.FAILED);
        assertThat(recorder.status().get()).startsWith("speech model missing: no model folder");
        assertThat(dialogs.errors).containsExactly("Could not load the speech model: "
                + "speech model missing: no model folder at /data/models (reinstall or pick a model in Settings)");
    }

    @Test
    void recordingShowsPartialWordsThenFinishedUtterancesAndTheTimer() {
        RecorderViewModel recorder = synchronous();

        recorder.record();
        FakeSpeechBackend.FakeSession session = backend.sessions.getFirst();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.RECORDING);
        assertThat(recorder.elapsedProperty().get()).isEqualTo("00:00");
        backend.liveListener.partial("i think");
        assertThat(recorder.partialProperty().get()).isEqualTo("i think");
        backend.liveListener.partial("i think we shipped");
        assertThat(recorder.partialProperty().get()).isEqualTo("i think we shipped");

        backend.liveListener.finalText("i think we shipped it");
        backend.liveListener.partial("on time");
        session.elapsed = 65.9;
        backend.liveListener.level(new AudioLevel(-30, -12, AudioLevel.Warning.NONE));

        assertThat(recorder.utterances()).containsExactly("i think we shipped it");
        assertThat(recorder.partialProperty().get()).isEqualTo("on time");
        assertThat(recorder.elapsedProperty().get()).isEqualTo("01:05");
        assertThat(recorder.levelFractionProperty().get()).isEqualTo(0.5);
        assertThat(recorder.levelWarningProperty().get()).isEmpty();
    }

    @Test
    void aQuietOrClippingInputIsNamedAndClearsWhenTheLevelIsFine() {
        RecorderViewModel recorder = synchronous();
        recorder.record();

        backend.liveListener.level(new AudioLevel(-55, -40, AudioLevel.Warning.TOO_QUIET));
        assertThat(recorder.levelWarningProperty().get()).isEqualTo(RecorderViewModel.TOO_QUIET);

        backend.liveListener.level(new AudioLevel(-3, 0, AudioLevel.Warning.CLIPPING));
        assertThat(recorder.levelWarningProperty().get()).isEqualTo(RecorderViewModel.CLIPPING);

        backend.liveListener.level(new AudioLevel(-20, -6, AudioLevel.Warning.NONE));
        assertThat(recorder.levelWarningProperty().get()).isEmpty();
    }

    @Test
    void stopFinishesTheRecordingAndYieldsItsResult() {
        RecorderViewModel recorder = synchronous();
        List<Object> results = new ArrayList<>();
        recorder.resultProperty().addListener((observable, before, after) -> results.add(after));

        recorder.toggle();
        backend.liveListener.partial("on time");
        recorder.toggle();

        FakeSpeechBackend.FakeSession session = backend.sessions.getFirst();
        assertThat(session.stopped).isTrue();
        assertThat(session.closed).isTrue();
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.DONE);
        assertThat(recorder.partialProperty().get()).isEmpty();
        assertThat(results).containsExactly(backend.liveResult);
        assertThat(recorder.canRecord().get()).isTrue();
    }

    @Test
    void stopWhileTheMicrophoneIsStillOpeningFinishesOnceItIsOpen() {
        RecorderViewModel recorder = new RecorderViewModel(backend, deferred, Runnable::run, dialogs);

        recorder.record();
        recorder.stop();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.FINISHING);
        deferred.runPending();
        assertThat(backend.sessions.getFirst().stopped).isTrue();
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.DONE);
        assertThat(recorder.resultProperty().get()).isSameAs(backend.liveResult);
    }

    @Test
    void cancelThrowsTheRecordingAwayAndIgnoresItsLateWords() {
        RecorderViewModel recorder = synchronous();
        recorder.record();
        backend.liveListener.partial("i think");

        recorder.cancel();
        backend.liveListener.partial("a late partial");
        backend.liveListener.finalText("a late utterance");

        FakeSpeechBackend.FakeSession session = backend.sessions.getFirst();
        assertThat(session.closed).isTrue();
        assertThat(session.stopped).isFalse();
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.READY);
        assertThat(recorder.partialProperty().get()).isEmpty();
        assertThat(recorder.utterances()).isEmpty();
        assertThat(recorder.resultProperty().get()).isNull();
    }

    @Test
    void cancelWhileFinishingDropsTheResult() {
        RecorderViewModel recorder = new RecorderViewModel(backend, deferred, Runnable::run, dialogs);
        recorder.record();
        deferred.runPending();
        recorder.stop();

        recorder.cancel();
        deferred.runPending();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.READY);
        assertThat(recorder.resultProperty().get()).isNull();
        assertThat(backend.sessions.getFirst().closed).isTrue();
    }

    @Test
    void noMicrophoneIsSaidInlineAndInADialogAndOffersAFileInstead() {
        backend.microphoneFailure = new InputException(InputError.Kind.UNAVAILABLE,
                "no microphone: no audio input device was found");
        RecorderViewModel recorder = synchronous();

        recorder.record();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.FAILED);
        assertThat(recorder.problemProperty().get()).isEqualTo(
                "no microphone: no audio input device was found " + RecorderViewModel.OPEN_FILE_INSTEAD);
        assertThat(recorder.status().get()).isEqualTo(recorder.problemProperty().get());
        assertThat(dialogs.errors).containsExactly("Could not start recording: no microphone: no audio input device "
                + "was found " + RecorderViewModel.OPEN_FILE_INSTEAD);
        assertThat(recorder.canRecord().get()).as("plugging one in and trying again works").isTrue();

        backend.microphoneFailure = null;
        recorder.record();
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.RECORDING);
        assertThat(recorder.problemProperty().get()).isEmpty();
    }

    @Test
    void aRecordingWithNothingUsableFailsWithTheSpeechModulesMessage() {
        backend.stopFailure = new InputException(InputError.Kind.SILENT,
                "nothing heard: the recording is silent (check the microphone is not muted)");
        RecorderViewModel recorder = synchronous();

        recorder.record();
        recorder.stop();

        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.FAILED);
        assertThat(recorder.problemProperty().get())
                .isEqualTo("nothing heard: the recording is silent (check the microphone is not muted)");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(backend.sessions.getFirst().closed).isTrue();
    }

    @Test
    void recordWaitsWhileAFileIsBeingTranscribed() {
        RecorderViewModel recorder = synchronous();
        recorder.heldProperty().set(true);

        recorder.toggle();

        assertThat(backend.sessions).isEmpty();
        assertThat(recorder.stateProperty().get()).isEqualTo(RecorderState.READY);
    }
}
