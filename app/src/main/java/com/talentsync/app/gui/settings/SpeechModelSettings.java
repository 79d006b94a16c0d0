package com.talentsync.app.gui.settings;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.resume.InputException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The speech model setting: the built-in English model or the user's own Vosk model folder or
 * ZIP. A choice is checked (and a ZIP unpacked) in the background before it is kept, so a bad
 * folder never replaces a working model.
 */
public final class SpeechModelSettings {

    /** Checks a model folder or ZIP and makes it ready; the slow part, run off the FX thread. */
    @FunctionalInterface
    public interface ModelCheck {
        /** @return the model folder that will be loaded (a ZIP's unpacked folder) */
        Path prepare(Path folderOrZip) throws InputException;
    }

    static final String BUILT_IN = "Built-in: English (vosk-model-small-en-us-0.15)";

    private final AppPreferences preferences;
    private final ModelCheck check;
    private final Consumer<Optional<Path>> apply;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();

    /**
     * @param apply told of every kept choice (empty for the built-in model) so the next
     *              transcription uses it
     */
    public SpeechModelSettings(AppPreferences preferences, ModelCheck check, Consumer<Optional<Path>> apply,
            TaskExecutor executor, DialogService dialogs) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.check = Objects.requireNonNull(check, "check");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        current.set(describe(preferences.speechModel()));
    }

    /** What is in use, as the user would recognise it. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The outcome of the last check, one line; blank before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Checks {@code folderOrZip} and, when it holds a Vosk model, keeps it. */
    public void choose(Path folderOrZip) {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        message.set("Checking " + folderOrZip.getFileName() + "…");
        executor.execute(BackgroundTask.of("Checking the speech model", context -> check.prepare(folderOrZip))
                .onSuccess(folder -> {
                    checking.set(false);
                    preferences.setSpeechModel(Optional.of(folderOrZip));
                    apply.accept(Optional.of(folderOrZip));
                    current.set(describe(Optional.of(folderOrZip)));
                    message.set("Speech model ready: " + folder.getFileName());
                })
                .onFailure(failure -> {
                    checking.set(false);
                    String reason = failure instanceof InputException input ? input.getMessage()
                            : "could not use " + folderOrZip + ": " + failure.getMessage();
                    message.set("Kept the previous model. " + reason);
                    dialogs.showError("Speech model not changed", reason);
                }));
    }

    /** Goes back to the model that ships with the app. */
    public void useBuiltIn() {
        preferences.setSpeechModel(Optional.empty());
        apply.accept(Optional.empty());
        current.set(BUILT_IN);
        message.set("Using the built-in English model.");
    }

    private static String describe(Optional<Path> model) {
        return model.map(Path::toString).orElse(BUILT_IN);
    }
}
