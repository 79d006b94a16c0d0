package com.talentsync.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real all-MiniLM-L6-v2 model (about a second to load, once for the class). */
class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder(64);
        embedder.warmUp();
    }

    @Test
    void vectorsHaveUnitLengthAndTheModelsSize() {
        float[] v = embedder.embed("Built payment APIs in Java and Spring Boot");

        assertThat(v).hasSize(MiniLmEmbedder.DIMENSION);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void theSameTextGivesTheSameVectorInAnyInstance() {
        String text = "Supervised concrete pours and checked reinforcement on site";
        float[] first = embedder.embed(text);
        float[] again = embedder.embed(text);
        float[] fresh = new MiniLmEmbedder(4).embed(text);

        assertThat(again).containsExactly(first);
        assertThat(fresh).containsExactly(first);
    }

    @Test
    void meaningIsCloserThanUnrelatedText() {
        float[] duty = embedder.embed("Develop REST services for the billing system");
        float[] near = embedder.embed("Built payment APIs in Java used by the invoicing platform");
        float[] far = embedder.embed("Taught watercolour painting to children at a community centre");

        assertThat(TextEmbedder.cosine(duty, near)).isGreaterThan(TextEmbedder.cosine(duty, far) + 0.1);
    }

    @Test
    void blankTextIsAZeroVectorWithoutLoadingAnything() {
        MiniLmEmbedder cold = new MiniLmEmbedder(4);

        assertThat(cold.embed("   ")).hasSize(MiniLmEmbedder.DIMENSION).containsOnly(0f);
        assertThat(cold.cachedTexts()).isZero();
    }

    @Test
    void aRepeatedTextIsServedFromTheCache() {
        MiniLmEmbedder small = new MiniLmEmbedder(8);
        List<float[]> first = small.embedAll(List.of("Managed payroll for 300 staff", "Led a team of four testers"));
        List<float[]> second = small.embedAll(List.of("Managed payroll for 300 staff", "Led a team of four testers"));

        assertThat(small.cachedTexts()).isEqualTo(2);
        assertThat(second.get(0)).containsExactly(first.get(0));
        assertThat(second.get(1)).containsExactly(first.get(1));
    }

    @Test
    void threadsRacingToTheFirstCallAllGetTheSameVector() throws Exception {
        MiniLmEmbedder cold = new MiniLmEmbedder(16);
        String text = "Reconciled the general ledger every month";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> cold.embed(text)));
            }
            float[] expected = embedder.embed(text);
            for (Future<float[]> future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS)).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namesItsModel() {
        assertThat(embedder.modelName()).isEqualTo("all-MiniLM-L6-v2");
    }

    @Test
    void unitScalingKeepsDirectionAndLeavesZeroAlone() {
        assertThat(MiniLmEmbedder.unit(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
        assertThat(MiniLmEmbedder.unit(new float[] {0, 0})).containsExactly(0f, 0f);
    }
}
