package com.talentsync.core.resume.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTokensTest {

    /** Words are shown joined by " " so a table can hold them. */
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = ';', value = {
        "C++;                       c++",
        "C#;                        c#",
        "F#, C# and C++;            f# c# and c++",
        ".NET;                      .net",
        "Microsoft .NET;            microsoft .net",
        "ASP.NET;                   asp net",
        "C#.NET;                    c# .net",
        "Node.js;                   node js",
        "NODE JS;                   node js",
        "CI/CD;                     ci cd",
        "TCP/IP;                    tcp ip",
        "A/B testing;               a b testing",
        "Objective-C;               objective c",
        "Spring-Boot;               spring boot",
        "R&D;                       r&d",
        "M&A;                       m&a",
        "Mergers & Acquisitions;    mergers and acquisitions",
        "Security+;                 security+",
        "HTML5;                     html5",
        "S/4HANA;                   s 4hana",
        "Java's;                    java s",
        "Ünïcödé Straße;            ünïcödé straße",
    })
    void splitsSpellingsIntoLowerCaseWords(String spelling, String expected) {
        assertThat(String.join(" ", SkillTokens.words(spelling))).isEqualTo(expected);
    }

    @Test
    void keepsTheWordsAsWrittenForCaseExactMatching() {
        assertThat(SkillTokens.spelling("Spring-Boot").written()).containsExactly("Spring", "Boot");
        assertThat(SkillTokens.spelling("ML").written()).containsExactly("ML");
    }

    @Test
    void punctuationAloneHasNoWords() {
        assertThat(SkillTokens.words(" - / , ")).isEmpty();
        assertThat(SkillTokens.words("")).isEmpty();
    }

    @Test
    void marksWordsGluedByHyphenDotOrApostrophe() {
        SkillTokens tokens = SkillTokens.of("C-level and C.V. but C, R");

        assertThat(flagged(tokens, SkillTokens.JOINED_NEXT)).containsExactly("c", "c");
        assertThat(flagged(tokens, SkillTokens.JOINED_PREV)).containsExactly("level", "v");
    }

    @Test
    void commasBulletsAndSentenceEndsAreHardBreaksButSlashesAndLineWrapsAreNot() {
        SkillTokens tokens = SkillTokens.of("Oracle, SQL Server\u2022Java. Spring\nBoot / Cloud");

        assertThat(flagged(tokens, SkillTokens.HARD_BREAK_BEFORE)).containsExactly("oracle", "sql", "java", "spring");
    }

    @Test
    void countsTheWordsOfEachListItem() {
        SkillTokens tokens = SkillTokens.of("Skills: Java, R and Go | willing to go the extra mile");

        assertThat(sizeOf(tokens, "java")).isEqualTo(1);
        assertThat(sizeOf(tokens, "r")).isEqualTo(1);
        assertThat(sizeOf(tokens, "go")).isEqualTo(1);
        assertThat(sizeOf(tokens, "mile")).isEqualTo(6);
    }

    @Test
    void marksWordsInsideLinksAndEmailAddresses() {
        SkillTokens tokens = SkillTokens.of("Java dev, github.com/jane/go-tools, jane@python.org, https://x.io/r. Also Go @ work");

        assertThat(flagged(tokens, SkillTokens.IN_LINK))
                .containsExactly("github", "com", "jane", "go", "tools", "jane", "python", "org", "https", "x", "io", "r");
    }

    @Test
    void recordsLineNumbersAndOffsets() {
        String text = "Java\n\nPython 3";
        SkillTokens tokens = SkillTokens.of(text);

        assertThat(tokens.size).isEqualTo(3);
        assertThat(tokens.line[2]).isEqualTo(2);
        assertThat(text.substring(tokens.start[1], tokens.end[1])).isEqualTo("Python");
    }

    @Test
    void oddTextDoesNotThrow() {
        String odd = "\uD83D\uDE00 Java \u200F\u05E4\u05D9\u05D9\u05EA\u05D5\u05DF \u00e2\u20ac\u00a2 C++ \uD83D half "
                + "\u0645\u0647\u0646\u062F\u0633 & \u0000 .";

        SkillTokens tokens = SkillTokens.of(odd);

        assertThat(Arrays.asList(tokens.lower).subList(0, tokens.size)).contains("java", "c++", "half");
    }

    private static List<String> flagged(SkillTokens tokens, int flag) {
        return IntStream.range(0, tokens.size)
                .filter(t -> (tokens.flags[t] & flag) != 0)
                .mapToObj(t -> tokens.lower[t])
                .toList();
    }

    /** The item size at the first occurrence of {@code word}. */
    private static int sizeOf(SkillTokens tokens, String word) {
        for (int t = 0; t < tokens.size; t++) {
            if (tokens.lower[t].equals(word)) {
                return tokens.itemSize[t];
            }
        }
        throw new AssertionError("no word " + word);
    }
}
