package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.talentsync.app.task.TaskContext;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PauseTest {

    // The timeouts only stop a broken pause from hanging the build; they are not speed checks.
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Duration LONG = Duration.ofHours(1);

    private static TaskContext context(boolean cancelled) {
        return new TaskContext() {
            @Override
            public void updateProgress(long done, long total) {}

            @Override
            public void updateMessage(String message) {}

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void noDelayReturnsAtOnceWhenNotCancelled() {
        assertTimeoutPreemptively(HANG_GUARD, () -> Pause.SLEEP.await(Duration.ZERO, context(false)));
    }

    @Test
    void aCancelledTaskStopsWaitingWithACancellation() {
        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> Pause.SLEEP.await(LONG, context(true))).isInstanceOf(CancellationException.class));
    }

    @Test
    void anInterruptStopsWaitingAndIsKeptForTheCaller() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> Pause.SLEEP.await(LONG, context(false))).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        });
    }
}
