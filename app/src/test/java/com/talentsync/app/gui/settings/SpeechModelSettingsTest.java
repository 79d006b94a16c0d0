package com.talentsync.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpeechModelSettingsTest {

    private final Preferences node = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Optional<Path>> applied = new ArrayList<>();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private SpeechModelSettings settings(SpeechModelSettings.ModelCheck check) {
        return new SpeechModelSettings(preferences, check, applied::add, new SynchronousTaskExecutor(), dialogs);
    }

    @Test
    void theBuiltInModelIsShownUntilTheUserChoosesAnother() {
        SpeechModelSettings settings = settings(path -> path);

        assertThat(settings.currentProperty().get()).isEqualTo(SpeechModelSettings.BUILT_IN);
    }

    @Test
    void aValidModelIsKeptAppliedAndRemembered() {
        Path chosen = Path.of("/models/vosk-model-en-us-0.22.zip").toAbsolutePath();
        SpeechModelSettings settings = settings(path -> Path.of("/cache/vosk-model-en-us-0.22"));

        settings.choose(chosen);

        assertThat(preferences.speechModel()).contains(chosen);
        assertThat(applied).containsExactly(Optional.of(chosen));
        assertThat(settings.currentProperty().get()).isEqualTo(chosen.toString());
        assertThat(settings.messageProperty().get()).contains("vosk-model-en-us-0.22");
        assertThat(dialogs.errors).isEmpty();
        assertThat(settings(path -> path).currentProperty().get()).isEqualTo(chosen.toString());
    }

    @Test
    void aBadModelLeavesThePreviousChoiceAndSaysWhy() {
        Path good = Path.of("/models/good").toAbsolutePath();
        preferences.setSpeechModel(Optional.of(good));
        SpeechModelSettings settings = settings(path -> {
            throw new InputException(InputError.Kind.CORRUPT, "not a Vosk model: /tmp/x has no am/final.mdl");
        });

        settings.choose(Path.of("/tmp/x"));

        assertThat(preferences.speechModel()).contains(good);
        assertThat(applied).isEmpty();
        assertThat(settings.currentProperty().get()).isEqualTo(good.toString());
        assertThat(dialogs.errors).singleElement().asString().contains("has no am/final.mdl");
        assertThat(settings.checkingProperty().get()).isFalse();
    }

    @Test
    void goingBackToTheBuiltInModelForgetsTheUsersOwn() {
        preferences.setSpeechModel(Optional.of(Path.of("/models/good").toAbsolutePath()));
        SpeechModelSettings settings = settings(path -> path);

        settings.useBuiltIn();

        assertThat(preferences.speechModel()).isEmpty();
        assertThat(applied).containsExactly(Optional.empty());
        assertThat(settings.currentProperty().get()).isEqualTo(SpeechModelSettings.BUILT_IN);
    }
}
