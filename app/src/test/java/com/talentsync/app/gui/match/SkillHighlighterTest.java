package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.skills.SkillContext;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillHighlighterTest {

    private static final MatchResult RESULT = new MatchResult(60, Map.of(), List.of("Spring Boot", "SQL"),
            List.of("Kafka"), List.of("Terraform"), List.of(), List.of(), List.of());

    private static SkillMention mention(String skill, int start, int end) {
        return new SkillMention(FakeMatchBackend.skill(skill), start, end, SkillContext.OTHER);
    }

    private static List<String> marked(HighlightedText highlighted) {
        return highlighted.highlights().stream()
                .map(h -> highlighted.text().substring(h.start(), h.end()) + ":" + h.kind())
                .toList();
    }

    @Test
    void theResumeShowsOnlyMatchedSkillsWhateverTheirCase() {
        String text = "spring boot, sql, Kafka, Docker";
        List<SkillMention> mentions = List.of(mention("SPRING BOOT", 0, 11), mention("sql", 13, 16),
                mention("Kafka", 18, 23), mention("Docker", 25, 31));

        assertThat(marked(SkillHighlighter.resume(text, mentions, RESULT)))
                .containsExactly("spring boot:MATCHED", "sql:MATCHED");
    }

    @Test
    void theJobAdShowsMatchedAndMissingSkillsInTextOrder() {
        String text = "Terraform nice; Kafka and SQL required";
        List<SkillMention> mentions = List.of(mention("SQL", 26, 29), mention("Terraform", 0, 9), mention("Kafka", 16, 21));

        assertThat(marked(SkillHighlighter.job(text, mentions, RESULT)))
                .containsExactly("Terraform:MISSING_PREFERRED", "Kafka:MISSING_REQUIRED", "SQL:MATCHED");
    }

    @Test
    void overlappingMentionsKeepTheLongestAndSpansOutsideTheTextAreDropped() {
        String text = "Spring Boot and SQL";
        List<SkillMention> mentions = List.of(mention("SQL", 5, 8), mention("Spring Boot", 0, 11),
                mention("SQL", 16, 19), mention("SQL", 16, 40), mention("SQL", 12, 12));

        HighlightedText highlighted = SkillHighlighter.job(text, mentions, RESULT);

        assertThat(marked(highlighted)).containsExactly("Spring Boot:MATCHED", "SQL:MATCHED");
        assertThat(highlighted.highlights()).extracting(Highlight::skill).containsExactly("Spring Boot", "SQL");
    }

    @Test
    void highlightsMustStayOrderedApartAndInsideTheirText() {
        Highlight first = new Highlight(0, 4, Highlight.Kind.MATCHED, "Java");
        Highlight overlapping = new Highlight(2, 5, Highlight.Kind.MATCHED, "Java");

        assertThatThrownBy(() -> new HighlightedText("Java", List.of(first, overlapping)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HighlightedText("Jav", List.of(first))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Highlight(3, 3, Highlight.Kind.MATCHED, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
