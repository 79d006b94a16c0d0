package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateFinderTest {

    private static final ResumeAnalysis ANALYSIS = ScreeningFixtures.analyzer().analyze("Java developer",
            DocumentLayout.unknown());

    /** 400 words that never repeat a 5-word run, written by a fixed rule so tests are repeatable. */
    private static List<String> words() {
        String[] stems = {"built", "service", "ledger", "kafka", "team", "design", "review", "payment", "report",
                "cloud", "nightly", "batch", "queue", "client", "audit", "schema", "metric", "deploy", "index", "cache"};
        return IntStream.range(0, 400).mapToObj(i -> stems[(i * 7) % stems.length] + (i / stems.length)).toList();
    }

    /** {@code changed} words replaced, spread evenly over the text. */
    private static String edited(int changed) {
        List<String> words = new ArrayList<>(words());
        for (int k = 0; k < changed; k++) {
            int at = (int) ((k + 0.5) * words.size() / changed);
            words.set(at, "edit" + k);
        }
        return String.join(" ", words);
    }

    private static DuplicateFinder.Sketched sketched(String file, String text) {
        ScreenedResume resume = new ScreenedResume(file, ScreeningFixtures.sha256(text), text, ANALYSIS,
                ScreeningFixtures.match(50, List.of(), List.of()));
        return new DuplicateFinder.Sketched(resume, TextSignature.of(text));
    }

    @ParameterizedTest(name = "{0} words changed of 400")
    @ValueSource(ints = {1, 2, 4, 6, 8, 12, 40, 200})
    void aCopyIsGroupedExactlyWhenItsShinglesOverlapAtLeastNinetyPercent(int changed) {
        String original = edited(0);
        String copy = edited(changed);
        double exact = TextSignature.jaccard(TextSignature.shingles(original), TextSignature.shingles(copy));

        DuplicateFinder.Grouping grouping = DuplicateFinder.group(List.of(sketched("b.txt", copy),
                sketched("a.txt", original)));

        if (exact >= DuplicateFinder.NEAR_IDENTICAL) {
            assertThat(grouping.kept()).extracting(ScreenedResume::file).containsExactly("a.txt");
            assertThat(grouping.groups()).containsExactly(new DuplicateGroup("a.txt", List.of("b.txt"), false));
        } else {
            assertThat(grouping.kept()).extracting(ScreenedResume::file).containsExactly("a.txt", "b.txt");
            assertThat(grouping.groups()).isEmpty();
        }
    }

    @Test
    void theEditsAboveSpanBothSidesOfTheThreshold() {
        String original = edited(0);
        assertThat(TextSignature.jaccard(TextSignature.shingles(original), TextSignature.shingles(edited(1))))
                .isGreaterThan(0.95);
        assertThat(TextSignature.jaccard(TextSignature.shingles(original), TextSignature.shingles(edited(12))))
                .isLessThan(0.9);
    }

    @Test
    void theSketchEstimatesJaccardClosely() {
        String original = edited(0);
        for (int changed : new int[] {2, 10, 30, 80}) {
            String copy = edited(changed);
            double exact = TextSignature.jaccard(TextSignature.shingles(original), TextSignature.shingles(copy));
            assertThat(TextSignature.of(original).estimate(TextSignature.of(copy))).isCloseTo(exact, within(0.12));
        }
    }

    @Test
    void spacingCaseAndPunctuationDoNotMakeACopyDifferent() {
        String original = "Asha Rao\nJava developer. Built payment services; tuned SQL.";
        String reformatted = "ASHA   RAO  java DEVELOPER  built payment services  tuned sql";

        assertThat(TextSignature.shingles(reformatted)).containsExactly(TextSignature.shingles(original));
    }

    @CsvSource({
            "'a b c d e f', 'a b c d e f', 1.0",
            "'a b c d e f', 'a b c d e g', 0.3333333",
            "'a b c', 'a b c', 1.0",
            "'a b c', 'x y z', 0.0"})
    @ParameterizedTest
    void jaccardCountsSharedShinglesOverAllShingles(String left, String right, double expected) {
        assertThat(TextSignature.jaccard(TextSignature.shingles(left), TextSignature.shingles(right)))
                .isCloseTo(expected, within(1e-6));
    }

    @Test
    void theKeptFileIsTheFirstByNameAndCopiesOfANearCopyJoinItsGroup() {
        String text = edited(0);
        List<DuplicateFinder.Sketched> resumes = List.of(
                sketched("d.txt", edited(1)),
                sketched("c.txt", text),
                sketched("b.txt", text),
                sketched("e.txt", edited(1)),
                sketched("x.txt", "a different resume entirely, about nursing and patient care"));

        DuplicateFinder.Grouping grouping = DuplicateFinder.group(resumes);

        assertThat(grouping.kept()).extracting(ScreenedResume::file).containsExactly("b.txt", "x.txt");
        assertThat(grouping.groups()).containsExactly(
                new DuplicateGroup("b.txt", List.of("c.txt", "d.txt", "e.txt"), false));
    }

    @Test
    void aChainOfSmallEditsDoesNotPullInAFileFarFromTheKeptOne() {
        // Each step changes 4 more words: neighbours are near-identical, the ends are not.
        List<DuplicateFinder.Sketched> chain = IntStream.range(0, 4)
                .mapToObj(step -> sketched("v" + step + ".txt", edited(4 * step)))
                .toList();
        double endsApart = TextSignature.jaccard(TextSignature.shingles(edited(0)), TextSignature.shingles(edited(12)));
        assertThat(endsApart).isLessThan(DuplicateFinder.NEAR_IDENTICAL);

        DuplicateFinder.Grouping grouping = DuplicateFinder.group(chain);

        for (DuplicateGroup group : grouping.groups()) {
            String kept = chain.stream().filter(s -> s.resume().file().equals(group.kept())).findFirst().orElseThrow()
                    .resume().text();
            for (String duplicate : group.duplicates()) {
                String text = chain.stream().filter(s -> s.resume().file().equals(duplicate)).findFirst()
                        .orElseThrow().resume().text();
                assertThat(TextSignature.jaccard(TextSignature.shingles(kept), TextSignature.shingles(text)))
                        .as("%s against kept %s", duplicate, group.kept())
                        .isGreaterThanOrEqualTo(DuplicateFinder.NEAR_IDENTICAL);
            }
        }
        assertThat(grouping.kept()).extracting(ScreenedResume::file).contains("v0.txt", "v3.txt");
    }

    @Test
    void textsWithoutWordsGroupOnlyWhenTheirBytesMatch() {
        DuplicateFinder.Grouping grouping = DuplicateFinder.group(List.of(
                sketched("a.txt", "---"), sketched("b.txt", "***"), sketched("c.txt", "---")));

        assertThat(grouping.kept()).extracting(ScreenedResume::file).containsExactly("a.txt", "b.txt");
        assertThat(grouping.groups()).containsExactly(new DuplicateGroup("a.txt", List.of("c.txt"), true));
    }

    @Test
    void groupingIsTheSameWhateverOrderTheWorkersFinishedIn() {
        List<DuplicateFinder.Sketched> resumes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            resumes.add(sketched("f" + (char) ('a' + i) + ".txt", edited(i % 3 == 0 ? 0 : i)));
        }
        DuplicateFinder.Grouping first = DuplicateFinder.group(resumes);
        List<DuplicateFinder.Sketched> reversed = new ArrayList<>(resumes);
        Collections.reverse(reversed);

        DuplicateFinder.Grouping second = DuplicateFinder.group(reversed);

        assertThat(second.kept()).isEqualTo(first.kept());
        assertThat(second.groups()).isEqualTo(first.groups());
    }
}
