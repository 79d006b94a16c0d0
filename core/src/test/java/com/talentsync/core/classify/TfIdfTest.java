package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfTest {

    private static final List<List<String>> DOCS = List.of(List.of("a", "a", "b"), List.of("b", "c"), List.of("c"));

    @Test
    void weightsAreSublinearTfTimesSmoothedIdfThenL2Normalised() {
        TfIdf tfidf = TfIdf.fit(DOCS, 1, 100);

        TfIdf.Vector vector = tfidf.vectorize(List.of("b", "a", "a", "unknown"));

        // N = 3; df(a) = 1, df(b) = 2; idf = ln((1 + N) / (1 + df)) + 1; tf weight = 1 + ln(count).
        double a = (1 + Math.log(2)) * (Math.log(4.0 / 2.0) + 1);
        double b = 1 * (Math.log(4.0 / 3.0) + 1);
        double norm = Math.sqrt(a * a + b * b);
        assertThat(vector.names()).containsExactly("a", "b");
        assertThat(vector.values()[0]).isCloseTo(a / norm, within(1e-6));
        assertThat(vector.values()[1]).isCloseTo(b / norm, within(1e-6));
        assertThat(vector.values()[0] * vector.values()[0] + vector.values()[1] * vector.values()[1])
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rareTermsAreDroppedAndTheCapKeepsTheMostWidespread() {
        assertThat(TfIdf.fit(DOCS, 2, 100).vocabulary()).containsExactlyInAnyOrder("b", "c");
        // b and c tie on df = 2; the tie goes to the name, never to hash order.
        assertThat(TfIdf.fit(DOCS, 1, 1).vocabulary()).containsExactly("b");
        assertThat(TfIdf.fit(DOCS, 1, 100).vectorize(List.of("zzz")).isEmpty()).isTrue();
    }

    @Test
    void aWrittenTableReadsBackToTheSameVectors() throws IOException {
        TfIdf tfidf = TfIdf.fit(DOCS, 1, 100);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tfidf.write(new DataOutputStream(bytes));

        TfIdf read = TfIdf.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        List<String> terms = List.of("a", "c", "c");
        assertThat(read.vectorize(terms).names()).containsExactly(tfidf.vectorize(terms).names());
        assertThat(read.vectorize(terms).values()).containsExactly(tfidf.vectorize(terms).values());
    }
}
