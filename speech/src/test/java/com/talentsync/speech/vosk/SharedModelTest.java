package com.talentsync.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vosk.Model;

class SharedModelTest {

    @TempDir
    Path dir;

    @Test
    void loadsOnceAcrossThreadsAndHandsOutTheSameModel() throws Exception {
        Path folder = VoskTestSupport.defaultModel();
        AtomicInteger asked = new AtomicInteger();
        try (SharedModel shared = new SharedModel(() -> {
            asked.incrementAndGet();
            return folder;
        })) {
            assertThat(shared.isLoaded()).isFalse();
            assertThat(shared.loadMillis()).isEqualTo(-1);
            int threads = 4;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Model>> models = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    models.add(pool.submit(() -> {
                        go.await();
                        return shared.get();
                    }));
                }
                go.countDown();
                Model first = models.getFirst().get();
                for (Future<Model> model : models) {
                    assertThat(model.get()).isSameAs(first);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(asked).hasValue(1);
            assertThat(shared.isLoaded()).isTrue();
            assertThat(shared.loadMillis()).isGreaterThanOrEqualTo(0);
            assertThat(shared.folder()).isEqualTo(folder);
        }
    }

    @Test
    void aDamagedModelBecomesACorruptInputErrorNotACrash() throws Exception {
        // Valid-looking layout, but the acoustic model is cut short: Vosk's own reader fails.
        Path model = FakeModel.small(dir.resolve("m"));
        byte[] real = Files.readAllBytes(VoskTestSupport.defaultModel().resolve("am/final.mdl"));
        Files.write(model.resolve("am/final.mdl"), Arrays.copyOf(real, 200_000));
        try (SharedModel shared = new SharedModel(() -> model)) {
            InputException e = catchThrowableOfType(InputException.class, shared::get);
            assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
            assertThat(e.getMessage()).startsWith("cannot load speech model " + model + ": ");
            assertThat(shared.isLoaded()).isFalse();
        }
    }

    @Test
    void anIncompleteModelIsRefusedBeforeNativeCode() throws Exception {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("graph/HCLr.fst"));
        try (SharedModel shared = new SharedModel(() -> model)) {
            InputException e = catchThrowableOfType(InputException.class, shared::get);
            assertThat(e.getMessage()).contains("has no graph/HCLr.fst");
        }
    }

    @Test
    void aFailedChoiceIsRetriedOnTheNextCall() throws Exception {
        Path folder = VoskTestSupport.defaultModel();
        AtomicInteger calls = new AtomicInteger();
        try (SharedModel shared = new SharedModel(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new InputException(Kind.NOT_FOUND, "speech model folder not found: /x");
            }
            return folder;
        })) {
            assertThatThrownBy(shared::get).isInstanceOf(InputException.class);
            assertThat(shared.get()).isNotNull();
            assertThat(calls).hasValue(2);
        }
    }

    @Test
    void closedModelRefusesFurtherUse() throws Exception {
        SharedModel shared = new SharedModel(VoskTestSupport::defaultModel);
        shared.close();
        shared.close();
        assertThatThrownBy(shared::get).isInstanceOf(IllegalStateException.class);
    }
}
