package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputException;
import java.nio.file.Path;

/**
 * Says which model folder to load, when the model is first needed: e.g.
 * {@code () -> SpeechModels.defaultModel(cache)} or the user's choice from the settings.
 */
@FunctionalInterface
public interface ModelSource {

    /** The model folder to load (unpacking it first if need be). */
    Path folder() throws InputException;
}
