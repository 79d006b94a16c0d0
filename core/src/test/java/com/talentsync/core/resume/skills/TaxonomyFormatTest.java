package com.talentsync.core.resume.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data file format, and the loud, located errors a broken file must produce. */
class TaxonomyFormatTest {

    @Test
    void readsNamesKindsAliasesAndFlagsAndSkipsCommentsAndBlankLines() {
        SkillTaxonomy taxonomy = SkillTaxonomy.parse("software.tsv", """
                # a comment

                Java\tLANGUAGE\tCore Java|J2SE
                Go\tLANGUAGE\tGolang|~GO lang\tambiguous
                Haskell\tLANGUAGE
                """);

        assertThat(taxonomy.skills()).containsExactly(
                new Skill("Java", SkillKind.LANGUAGE, "software", java.util.List.of("Core Java", "J2SE"), false),
                new Skill("Go", SkillKind.LANGUAGE, "software", java.util.List.of("Golang", "GO lang"), true),
                new Skill("Haskell", SkillKind.LANGUAGE, "software", java.util.List.of(), false));
        assertThat(taxonomy.lookup("core-java")).map(Skill::name).contains("Java");
    }

    @Test
    void acceptsWindowsLineEndings() {
        SkillTaxonomy taxonomy = SkillTaxonomy.parse("data.tsv", "SQL\tLANGUAGE\tStructured Query Language\r\n");

        assertThat(taxonomy.lookup("structured query language")).map(Skill::name).contains("SQL");
    }

    @Test
    void theAreaComesFromTheFileName() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("finance.tsv", "GST\tDOMAIN\n");
        files.put("health.tsv", "Yoga\tMETHOD\n");

        assertThat(SkillTaxonomy.parse(files).skills()).extracting(Skill::area).containsExactly("finance", "health");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Java\\tLANGUAGE\\n\\nKotlin\"                     | 3 | expected 2 to 4 tab-separated columns",
        "\"Java\\tLANGUAGE\\ta\\tb\\tc\"                     | 1 | expected 2 to 4 tab-separated columns",
        "\"Java\\tLANG\"                                      | 1 | unknown kind 'LANG'",
        "\"Java\\tLANGUAGE\\t\\tfuzzy\"                       | 1 | unknown flag 'fuzzy'",
        "\"Java\\tLANGUAGE\\tJ2SE||Core Java\"                | 1 | empty alias",
        "\"\\tLANGUAGE\"                                      | 1 | the name is empty",
        "\"Java\\tLANGUAGE\\nJAVA\\tLANGUAGE\"               | 2 | 'java' of JAVA is already a spelling of Java (software.tsv:1)",
        "\"Java\\tLANGUAGE\\tJ2SE\\nJ2EE\\tFRAMEWORK\\tj2se\" | 2 | 'j2se' of J2EE is already a spelling of Java (software.tsv:1)",
        "\"Node.js\\tPLATFORM\\tNode JS\"                     | 1 | 'node js' is written twice for Node.js",
        "\"Java\\tLANGUAGE\\t++\"                             | 1 | '++' has no letters or digits",
    })
    void refusesABrokenLineNamingFileAndLine(String content, int line, String problem) {
        String unescaped = content.replace("\\t", "\t").replace("\\n", "\n");

        assertThatThrownBy(() -> SkillTaxonomy.parse("software.tsv", unescaped))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageStartingWith("software.tsv:" + line + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((TaxonomyFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void refusesAClashBetweenFilesNamingBoth() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("software.tsv", "Java\tLANGUAGE\n");
        files.put("health.tsv", "\nYoga\tMETHOD\tjava\n");

        assertThatThrownBy(() -> SkillTaxonomy.parse(files))
                .hasMessage("health.tsv:2: 'java' of Yoga is already a spelling of Java (software.tsv:1)");
    }

    @Test
    void refusesAFileNamedAfterNoKnownArea() {
        assertThatThrownBy(() -> SkillTaxonomy.parse("astrology.tsv", "Tarot\tMETHOD\n"))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageStartingWith("astrology.tsv:0: unknown area 'astrology'");
        assertThatThrownBy(() -> SkillTaxonomy.parse("software.csv", "Java\tLANGUAGE\n"))
                .hasMessageContaining("end in .tsv");
    }
}
