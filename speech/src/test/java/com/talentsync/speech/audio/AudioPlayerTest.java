package com.talentsync.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFileFormat.Type;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playback against a simulated output line: this machine and CI have no sound card. */
class AudioPlayerTest {

    @TempDir
    Path dir;

    @Test
    void playsEveryConvertedSampleAndReportsPositionThenFinished() throws Exception {
        Path file = TestAudio.writeTone(dir.resolve("answer.wav"), TestAudio.pcm(44_100, 16, 2, true, false),
                440, 0.5, 0.75, Type.WAVE);
        FakeLine fake = new FakeLine(0);
        Recorder listener = new Recorder();
        AudioPlayer.Playback playback = new AudioPlayer(format -> fake.line).start(file, listener);

        assertThat(listener.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(fake.bytesWritten.get()).isEqualTo(12_000 * 2);
        assertThat(listener.positions).isSorted();
        assertThat(listener.positions.getLast()).isCloseTo(0.75, within(1e-6));
        assertThat(fake.closed).isTrue();
    }

    @Test
    void stopEndsPlaybackEarly() throws Exception {
        Path file = TestAudio.writeTone(dir.resolve("long.wav"), TestAudio.pcm(16_000, 16, 1, true, false),
                440, 0.5, 30, Type.WAVE);
        FakeLine fake = new FakeLine(20);
        Recorder listener = new Recorder();
        AudioPlayer.Playback playback = new AudioPlayer(format -> fake.line).start(file, listener);
        assertThat(playback.isPlaying()).isTrue();

        playback.stop();
        playback.stop();
        assertThat(listener.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(fake.bytesWritten.get()).isLessThan(30 * 32_000);
        assertThat(fake.closed).isTrue();
    }

    @Test
    void noSoundOutputGivesAClearMessage() throws Exception {
        Path file = TestAudio.writeTone(dir.resolve("a.wav"), TestAudio.pcm(16_000, 16, 1, true, false),
                440, 0.5, 0.2, Type.WAVE);
        AudioPlayer noDevice = new AudioPlayer(format -> {
            throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
        });
        InputException e = catchThrowableOfType(InputException.class, () -> noDevice.start(file, new Recorder()));
        assertThat(e.error().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("no sound output found: playback needs speakers or headphones");
    }

    @Test
    void outputHeldByAnotherProgramSaysSo() throws Exception {
        Path file = TestAudio.writeTone(dir.resolve("a.wav"), TestAudio.pcm(16_000, 16, 1, true, false),
                440, 0.5, 0.2, Type.WAVE);
        AudioPlayer busy = new AudioPlayer(format -> {
            throw new LineUnavailableException("Device or resource busy");
        });
        InputException e = catchThrowableOfType(InputException.class, () -> busy.start(file, new Recorder()));
        assertThat(e.error().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("sound output is busy");
    }

    @Test
    void onAMachineWithoutSoundCardTheRealPlayerSaysSo() throws Exception {
        boolean hasOutput;
        try {
            AudioSystem.getSourceDataLine(AudioPlayer.FORMAT);
            hasOutput = true;
        } catch (IllegalArgumentException e) {
            hasOutput = false;
        }
        Assumptions.assumeFalse(hasOutput, "this machine has a sound output");
        Path file = TestAudio.writeTone(dir.resolve("a.wav"), TestAudio.pcm(16_000, 16, 1, true, false),
                440, 0.5, 0.2, Type.WAVE);
        InputException e = catchThrowableOfType(InputException.class,
                () -> AudioPlayer.play(file, new AudioPlayer.PlaybackListener() {}));
        assertThat(e.getMessage()).isEqualTo(AudioPlayer.NO_OUTPUT);
    }

    @Test
    void aBadFileFailsBeforeAnyLineIsOpened() {
        AudioPlayer player = new AudioPlayer(format -> {
            throw new AssertionError("no line should be opened for a missing file");
        });
        InputException e = catchThrowableOfType(InputException.class,
                () -> player.start(dir.resolve("missing.flac"), new Recorder()));
        assertThat(e.error().kind()).isEqualTo(Kind.NOT_FOUND);
    }

    private static final class Recorder implements AudioPlayer.PlaybackListener {
        final List<Double> positions = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void position(double sec) {
            positions.add(sec);
        }

        @Override
        public void finished() {
            done.countDown();
        }
    }

    /** A SourceDataLine that counts what it is given, optionally taking its time like real hardware. */
    private static final class FakeLine {
        final AtomicLong bytesWritten = new AtomicLong();
        volatile boolean closed;
        final SourceDataLine line;

        FakeLine(long millisPerWrite) {
            line = (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "write" -> {
                            Thread.sleep(millisPerWrite);
                            bytesWritten.addAndGet((int) args[2]);
                            yield args[2];
                        }
                        case "getLongFramePosition" -> bytesWritten.get() / 2;
                        case "close" -> {
                            closed = true;
                            yield null;
                        }
                        case "isOpen", "isRunning", "isActive" -> !closed;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "FakeLine";
                        default -> null;
                    });
        }
    }
}
