package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped corpus is well formed and the generator is deterministic. */
class CorpusTest {

    static final List<String> CATEGORIES = List.of("Advocate", "Arts", "Automation Testing", "Blockchain",
            "Business Analyst", "Civil Engineer", "Data Science", "Database", "DevOps Engineer", "DotNet Developer",
            "ETL Developer", "Electrical Engineering", "HR", "Hadoop", "Health and fitness", "Java Developer",
            "Mechanical Engineer", "Network Security Engineer", "Operations Manager", "PMO", "Python Developer",
            "SAP Developer", "Sales", "Testing", "Web Designing");

    private final Corpus corpus = Corpus.load(Corpus.Source.classpath());

    @Test
    void theShippedCorpusHasExactlyTheTwentyFiveCategories() {
        assertThat(corpus.categories()).extracting(Corpus.Category::label).containsExactlyInAnyOrderElementsOf(CATEGORIES);
    }

    @Test
    void everyCategoryAndStrandHasTitlesSkillsAndDutiesAndKnownRelations() {
        for (Corpus.Category category : corpus.categories()) {
            List<Corpus.Category> views = new ArrayList<>();
            if (category.strands().isEmpty()) {
                views.add(category);
            } else {
                category.strands().forEach(strand -> views.add(category.strand(strand)));
            }
            for (Corpus.Category view : views) {
                assertThat(view.section("titles")).as(category.label() + " titles").isNotEmpty();
                assertThat(view.section("skills")).as(category.label() + " skills").hasSizeGreaterThan(10);
                assertThat(view.section("duties")).as(category.label() + " duties").hasSizeGreaterThan(5);
            }
            for (String related : category.related()) {
                String[] named = related.split("@", 2);
                assertThat(CATEGORIES).as(category.label() + " relates to " + related).contains(named[0]);
                if (named.length == 2) {
                    assertThat(corpus.category(named[0]).strands()).contains(named[1]);
                }
            }
        }
    }

    @Test
    void theGeneratorFillsEveryPlaceholderAndRepeatsItselfForTheSameSeed() {
        List<LabeledText> first = new CorpusGenerator(corpus, 42, 0).generate(12);
        List<LabeledText> again = new CorpusGenerator(corpus, 42, 0).generate(12);
        List<LabeledText> other = new CorpusGenerator(corpus, 43, 0).generate(12);

        assertThat(first).hasSize(12 * 25).isEqualTo(again).isNotEqualTo(other);
        assertThat(first).allSatisfy(document -> assertThat(document.text()).isNotBlank().doesNotContain("{", "}"));
    }

    @Test
    void theCorpusHashChangesWithAnyByte() {
        Corpus same = Corpus.load(Corpus.Source.classpath());
        Corpus edited = Corpus.load(name -> {
            byte[] bytes = Corpus.Source.classpath().read(name);
            return name.equals("sales.txt")
                    ? (new String(bytes, StandardCharsets.UTF_8) + "\nChannel partner meets\n").getBytes(StandardCharsets.UTF_8)
                    : bytes;
        });

        assertThat(same.sha256()).isEqualTo(corpus.sha256()).hasSize(64);
        assertThat(edited.sha256()).isNotEqualTo(corpus.sha256());
    }
}
