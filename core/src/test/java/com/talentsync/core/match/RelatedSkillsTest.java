package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedSkillsTest {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.shipped();
    private static final RelatedSkills SHIPPED = RelatedSkills.shipped(TAXONOMY);

    @Test
    void everyNameInTheShippedFileIsACanonicalTaxonomyName() {
        assertThat(SHIPPED.unknownNames()).isEmpty();
    }

    @Test
    void aBroadSkillIsShownByASpecificOne() {
        assertThat(SHIPPED.best("Database Management", List.of("PostgreSQL")))
                .hasValueSatisfying(c -> {
                    assertThat(c.via()).isEqualTo("PostgreSQL");
                    assertThat(c.credit()).isEqualTo(RelatedSkills.COVER_CREDIT);
                    assertThat(c.group()).isEmpty();
                });
        assertThat(SHIPPED.best("Cloud Computing", List.of("Amazon Web Services"))).isPresent();
    }

    @Test
    void aSpecificSkillIsNotShownByTheBroadOne() {
        assertThat(SHIPPED.best("PostgreSQL", List.of("Database Management"))).isEmpty();
    }

    @Test
    void siblingsStandInForEachOtherForLessAndNameTheirGroup() {
        assertThat(SHIPPED.best("PostgreSQL", List.of("MySQL"))).hasValueSatisfying(c -> {
            assertThat(c.credit()).isEqualTo(RelatedSkills.SIBLING_CREDIT);
            assertThat(c.group()).isEqualTo("relational databases");
        });
    }

    @Test
    void theBestCreditWins() {
        // SQL covers Database Management (0.75); MongoDB does too; nothing beats a cover here.
        assertThat(SHIPPED.best("Database Management", List.of("MongoDB", "SQL")).orElseThrow().credit())
                .isEqualTo(RelatedSkills.COVER_CREDIT);
        assertThat(SHIPPED.best("Database Management", List.of("Painting"))).isEmpty();
    }

    @Test
    void neighboursGoBothWays() {
        assertThat(SHIPPED.neighbours("Apache Kafka")).contains("Message Queues", "RabbitMQ");
        assertThat(SHIPPED.neighbours("Message Queues")).contains("Apache Kafka");
    }

    @Test
    void namesTheTaxonomyDoesNotKnowAreReportedWithTheirLine() {
        RelatedSkills parsed = RelatedSkills.parse("# c\ncovers\tDatabase Management\tPostgreSQL|Postgress Typo\n", TAXONOMY);

        assertThat(parsed.unknownNames()).containsExactly("line 2: Postgress Typo");
        assertThat(parsed.best("Database Management", List.of("PostgreSQL"))).isPresent();
    }

    @Test
    void aMalformedLineIsAPackagingErrorNamingTheLine() {
        assertThatThrownBy(() -> RelatedSkills.parse("covers\tJava\n", TAXONOMY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> RelatedSkills.parse("implies\tJava\tKotlin\n", TAXONOMY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("covers or siblings");
    }
}
