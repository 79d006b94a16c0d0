package com.talentsync.app.gui.speech;

import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.AudioPlayer;
import java.nio.file.Path;

/** Plays saved recordings through the speech module's player, seen by the page as a {@link PlaybackHandle}. */
public final class SpeakerPlayer implements ServicesSpeechBackend.RecordingPlayer {

    @Override
    public PlaybackHandle play(Path recording, PlaybackHandle.Listener listener) throws InputException {
        AudioPlayer.Playback playback = AudioPlayer.play(recording, new AudioPlayer.PlaybackListener() {
            @Override
            public void position(double sec) {
                listener.position(sec);
            }

            @Override
            public void finished() {
                listener.finished();
            }
        });
        return new PlaybackHandle() {
            @Override
            public void stop() {
                playback.stop();
            }

            @Override
            public boolean isPlaying() {
                return playback.isPlaying();
            }
        };
    }
}
