package com.talentsync.app.gui.speech;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Play/Stop for the shown attempt's recording, with the position as "mm:ss / mm:ss". The
 * player's callbacks come on its thread and reach the properties through {@code uiThread}.
 */
public final class PlaybackControl {

    private final SpeechPracticeBackend backend;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final DialogService dialogs;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    private Path recording;
    private double lengthSec;
    private PlaybackHandle handle;
    // Bumped by every Play, Stop and new recording: the callbacks of an older playback are ignored.
    private long playback;

    PlaybackControl(SpeechPracticeBackend backend, TaskExecutor executor, Executor uiThread, DialogService dialogs) {
        this.backend = backend;
        this.executor = executor;
        this.uiThread = uiThread;
        this.dialogs = dialogs;
    }

    /** Whether there is a recording to play. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** "00:03 / 00:12" while playing or after, "" when there is nothing to play. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Plays when stopped, stops when playing. */
    public void toggle() {
        if (playing.get()) {
            stop();
        } else {
            play();
        }
    }

    public void stop() {
        playback++;
        if (handle != null) {
            PlaybackHandle stopping = handle;
            handle = null;
            stopping.stop();
        }
        playing.set(false);
    }

    void use(Optional<Path> saved, double lengthSec) {
        stop();
        this.recording = saved.orElse(null);
        this.lengthSec = lengthSec;
        available.set(recording != null);
        position.set(recording == null ? "" : at(0));
    }

    private void play() {
        if (recording == null) {
            return;
        }
        long current = ++playback;
        playing.set(true);
        position.set(at(0));
        Path file = recording;
        PlaybackHandle.Listener listener = new PlaybackHandle.Listener() {
            @Override
            public void position(double seconds) {
                uiThread.execute(() -> {
                    if (current == playback) {
                        position.set(at(seconds));
                    }
                });
            }

            @Override
            public void finished() {
                uiThread.execute(() -> {
                    if (current == playback) {
                        handle = null;
                        playing.set(false);
                    }
                });
            }
        };
        executor.execute(BackgroundTask.of("Playing the recording", context -> backend.play(file, listener))
                .quiet()
                .onSuccess(started -> {
                    if (current == playback && playing.get()) {
                        handle = started;
                    } else {
                        started.stop(); // stopped or finished before the player was ready
                    }
                })
                .onFailure(failure -> {
                    if (current == playback) {
                        playing.set(false);
                        dialogs.showError("Could not play the recording", RecorderViewModel.describe(failure));
                    }
                }));
    }

    private String at(double seconds) {
        return Durations.clock(seconds) + " / " + Durations.clock(lengthSec);
    }
}
