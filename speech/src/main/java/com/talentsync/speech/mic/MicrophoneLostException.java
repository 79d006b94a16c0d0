package com.talentsync.speech.mic;

import java.io.IOException;

/** The microphone stopped delivering audio mid-recording (unplugged, or taken by the system). */
public final class MicrophoneLostException extends IOException {

    public static final String MESSAGE =
            "the microphone stopped sending audio (was it unplugged?): reconnect it and record again";

    public MicrophoneLostException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
