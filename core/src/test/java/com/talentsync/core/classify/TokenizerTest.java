package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    @Test
    void lowerCasesAndDropsStopWordsSingleLettersAndNumbers() {
        assertThat(Tokenizer.words("I am a Senior JAVA Developer with 7 years in the Pune office"))
                .containsExactly("senior", "java", "developer", "years", "pune", "office");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Skills: C#, ASP.NET MVC          | skills csharp asp dotnet mvc",
        "C++ and C ++ programming          | cplusplus cplusplus programming",
        "Node.js, React.JS, Vue.js         | nodejs reactjs vuejs",
        "CI/CD with Jenkins; TCP/IP; PL/SQL | cicd jenkins tcpip plsql",
        "R&D and P&L ownership             | rnd pnl ownership",
        "HTML5, CSS3, J2EE, EC2, S4HANA    | html css j2ee ec2 s4hana",
    })
    void keepsTechnologyNamesWhoseMeaningIsInPunctuationOrDigits(String text, String expected) {
        assertThat(String.join(" ", Tokenizer.words(text))).isEqualTo(expected);
    }

    @Test
    void mojibakeBulletsAndAccentsLeaveOnlyTheWords() {
        // A UTF-8 bullet decoded as Latin-1 (as in many exported resume data sets) and as cp1252.
        String text = "\u00e2\u0080\u00a2 Java \u00e2\u0080\u00a2Spring \u00e2\u20ac\u00a2 R\u00e9sum\u00e9 caf\u00e9\u00a0Hibernate";
        assertThat(Tokenizer.words(text)).containsExactly("java", "spring", "resume", "cafe", "hibernate");
    }

    @Test
    void termsAreUnigramsThenAdjacentBigrams() {
        assertThat(Tokenizer.terms("Spring Boot developer"))
                .containsExactly("spring", "boot", "developer", "spring boot", "boot developer");
        assertThat(Tokenizer.terms("")).isEmpty();
        assertThat(Tokenizer.terms("!!! --- 123")).isEmpty();
    }
}
