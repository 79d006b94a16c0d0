package com.talentsync.speech.mic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class MicrophoneTest {

    private static final Duration LOST_AFTER = Duration.ofMillis(300);

    @Test
    void noMicrophoneAtAllIsUnavailable() {
        List<AudioFormat> asked = new ArrayList<>();
        InputException e = failure(new Microphone(format -> {
            asked.add(format);
            return Optional.empty();
        }));
        assertThat(e.error().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo(
                "no microphone found: connect one and allow TalentSync to use it in the system's sound settings");
        assertThat(asked).as("16 kHz first, then the device rates").hasSizeGreaterThan(1);
        assertThat(asked.getFirst().getSampleRate()).isEqualTo(16_000f);
    }

    @Test
    void aMicrophoneHeldByAnotherProgramIsUnavailableWithItsOwnMessage() {
        FakeLine busy = new FakeLine(new byte[0], 0, true);
        InputException e = failure(new Microphone(format -> Optional.of(busy)));
        assertThat(e.error().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("the microphone is in use by another program: close it and try again");
        assertThat(busy.closes).hasValue(1);
    }

    @Test
    void aDeviceThatCannotBeHadIsBusyToo() {
        InputException e = failure(new Microphone(format -> {
            throw new LineUnavailableException("taken");
        }));
        assertThat(e.getMessage()).isEqualTo(Microphone.MICROPHONE_BUSY);
    }

    @Test
    void capturesSixteenKilohertzAsItIsAndDrainsAfterStop() throws Exception {
        byte[] audio = sine(16_000, 1, 1.0);
        FakeLine line = FakeLine.playing(audio);
        Microphone microphone = new Microphone(format -> format.getSampleRate() == 16_000 && format.getChannels() == 1
                ? Optional.of(line) : Optional.empty(), LOST_AFTER);
        try (MicrophoneStream stream = microphone.open()) {
            assertThat(line.isRunning()).isTrue();
            byte[] first = new byte[4000];
            assertThat(stream.read(first, 0, first.length)).isEqualTo(4000);
            stream.stop();
            byte[] rest = readAll(stream);
            assertThat(4000 + rest.length).isEqualTo(audio.length);
            assertThat(stream.read(first, 0, first.length)).isEqualTo(-1);
            assertThat(stream.deliveredSec()).isEqualTo(1.0);
            assertThat(stream.source().sampleRate()).isEqualTo(16_000f);
        }
        assertThat(line.isOpen()).isFalse();
    }

    @Test
    void aDeviceThatOnlyTakesFortyEightKilohertzStereoIsConverted() throws Exception {
        byte[] audio = sine(48_000, 2, 1.0);
        FakeLine line = FakeLine.playing(audio);
        Microphone microphone = new Microphone(format -> format.getSampleRate() == 48_000 && format.getChannels() == 2
                ? Optional.of(line) : Optional.empty(), LOST_AFTER);
        try (MicrophoneStream stream = microphone.open()) {
            assertThat(stream.capturedFormat().getSampleRate()).isEqualTo(48_000f);
            byte[] some = new byte[8000];
            int n = stream.read(some, 0, some.length);
            assertThat(n).isPositive();
            stream.stop();
            byte[] all = concat(some, n, readAll(stream));
            // one second of 16 kHz mono 16-bit, give or take the resampler's edges
            assertThat(all.length).isBetween(31_000, 33_000);
            assertThat(peak(all)).as("the tone survives conversion").isGreaterThan(5_000);
        }
    }

    @Test
    void aDeviceThatStopsDeliveringEndsTheReadWithAClearMessage() throws Exception {
        byte[] audio = sine(16_000, 1, 1.0);
        FakeLine stalls = new FakeLine(audio, 8000, false);
        Microphone microphone = new Microphone(format -> Optional.of(stalls), LOST_AFTER);
        try (MicrophoneStream stream = microphone.open()) {
            byte[] buffer = new byte[4000];
            assertThat(stream.read(buffer, 0, buffer.length)).isEqualTo(4000);
            assertThat(stream.read(buffer, 0, buffer.length)).isEqualTo(4000);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                    () -> stream.read(buffer, 0, buffer.length))
                    .isInstanceOf(MicrophoneLostException.class)
                    .hasMessage(MicrophoneLostException.MESSAGE));
        }
    }

    @Test
    void aDeviceThatClosesUnderUsIsLostToo() throws Exception {
        FakeLine line = new FakeLine(new byte[32_000], 4000, false);
        try (MicrophoneStream stream = new Microphone(format -> Optional.of(line), Duration.ofSeconds(30)).open()) {
            byte[] buffer = new byte[4000];
            assertThat(stream.read(buffer, 0, buffer.length)).isEqualTo(4000);
            line.open = false; // the system took the device away
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                    () -> stream.read(buffer, 0, buffer.length)).isInstanceOf(MicrophoneLostException.class));
        }
    }

    @Test
    void stopFromAnotherThreadEndsABlockedRead() throws Exception {
        FakeLine silentDevice = new FakeLine(new byte[0], 0, false);
        try (MicrophoneStream stream = new Microphone(format -> Optional.of(silentDevice), Duration.ofSeconds(30))
                .open()) {
            Thread stopper = Thread.ofVirtual().start(() -> {
                sleep(200);
                stream.stop();
            });
            int n = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> stream.read(new byte[4000], 0, 4000));
            assertThat(n).isEqualTo(-1);
            stopper.join();
        }
    }

    @Test
    void theRealMicrophoneOpensOrFailsCleanlyWithoutHanging() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (MicrophoneStream stream = new Microphone().open()) {
                // A machine with a microphone: it opened; nothing more to check without sound.
                assertThat(stream.capturedFormat()).isNotNull();
            } catch (InputException e) {
                assertThat(e.error().kind()).isEqualTo(Kind.UNAVAILABLE);
                assertThat(e.getMessage()).isIn(Microphone.NO_MICROPHONE, Microphone.MICROPHONE_BUSY);
            }
        });
    }

    private static InputException failure(Microphone microphone) {
        InputException e = catchThrowableOfType(InputException.class, microphone::open);
        assertThat(e).isNotNull();
        return e;
    }

    /** A 440 Hz tone at half scale, 16-bit little-endian, the same on every channel. */
    private static byte[] sine(int rate, int channels, double seconds) {
        int frames = (int) (rate * seconds);
        byte[] out = new byte[frames * channels * 2];
        for (int i = 0; i < frames; i++) {
            short sample = (short) (16_000 * Math.sin(2 * Math.PI * 440 * i / rate));
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                out[at] = (byte) sample;
                out[at + 1] = (byte) (sample >> 8);
            }
        }
        return out;
    }

    private static byte[] readAll(MicrophoneStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4000];
        for (int n = stream.read(buffer, 0, buffer.length); n >= 0; n = stream.read(buffer, 0, buffer.length)) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, int firstLength, byte[] rest) {
        byte[] all = new byte[firstLength + rest.length];
        System.arraycopy(first, 0, all, 0, firstLength);
        System.arraycopy(rest, 0, all, firstLength, rest.length);
        return all;
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return peak;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
