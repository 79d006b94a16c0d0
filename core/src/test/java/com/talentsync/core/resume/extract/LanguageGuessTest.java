package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    private final LanguageGuess guess = new LanguageGuess();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            en ; I have worked with the payments team for five years and managed the migration of their services.
            en ; Java, Spring Boot, Kafka, AWS, Docker, Kubernetes
            de ; Ich habe fünf Jahre Erfahrung in der Entwicklung von Webanwendungen und bin für das Team verantwortlich.
            fr ; J'ai cinq ans d'expérience dans le développement et la gestion des applications pour les clients.
            es ; Tengo cinco años de experiencia en el desarrollo y la gestión de los sistemas para las empresas.
            pt ; Tenho cinco anos de experiência em desenvolvimento e gestão de sistemas para os clientes, também na área.
            it ; Ho cinque anni di esperienza nello sviluppo e nella gestione dei sistemi presso aziende che sono grandi.
            nl ; Ik heb vijf jaar ervaring in de ontwikkeling van systemen en ben verantwoordelijk voor het team bij een bank.
            ar ; لدي خمس سنوات من الخبرة في تطوير تطبيقات الويب
            he ; יש לי חמש שנות ניסיון בפיתוח אפליקציות
            hi ; मेरे पास वेब अनुप्रयोग विकास में पाँच वर्षों का अनुभव है
            zh ; 我有五年的软件开发经验
            ja ; 私はソフトウェア開発の経験が五年あります
            ko ; 저는 소프트웨어 개발 경력이 5년 있습니다
            ru ; У меня пять лет опыта разработки программного обеспечения
            """)
    void tellsLanguages(String language, String text) {
        LanguageGuess.Guess result = guess.guess(text);

        assertThat(result.language()).isEqualTo(language);
        assertThat(result.limited()).isEqualTo(!language.equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            "محمد أحمد\\nSoftware engineer with the payments team, responsible for the design of their services." ; en
            "12345 67890 !!! ???"                                                                              ; und
            "🚀🚀🚀"                                                                                            ; und
            """)
    void mixedAndLetterlessText(String text, String language) {
        LanguageGuess.Guess result = guess.guess(text.replace("\\n", "\n"));

        assertThat(result.language()).isEqualTo(language);
        assertThat(result.limited()).isEqualTo(!language.equals("en"));
    }
}
