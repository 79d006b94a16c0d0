package com.talentsync.core.resume.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The whole pipeline on odd resumes: always a result (maybe with findings), never an exception. */
class ResumeAnalyzerTest {

    /** A stand-in for the trained model: the pipeline, not the model, is under test here. */
    static final class FixedClassifier implements ResumeClassifier {
        private final String version;

        FixedClassifier(String version) {
            this.version = version;
        }

        @Override
        public CategoryPrediction classify(String text) {
            return new CategoryPrediction("Java Developer", 0.7, List.of(new LabelScore("Java Developer", 0.7),
                    new LabelScore("Testing", 0.2), new LabelScore("Database", 0.1)));
        }

        @Override
        public String modelVersion() {
            return version;
        }
    }

    static ResumeAnalyzer analyzer(String modelVersion) {
        SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
        return new ResumeAnalyzer(new RuleBasedResumeExtractor("IN"), new SkillFinder(taxonomy), taxonomy.version(),
                new FixedClassifier(modelVersion), new ResumeReviewer(),
                Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    }

    static Stream<Arguments> oddResumes() {
        String bullet = "â€¢ ";
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("one line", "Asha Rao, Java developer, asha@example.com"),
                Arguments.of("no sections", "Asha Rao\nI build Java services with Spring Boot and Kafka.\nPune"),
                Arguments.of("thirty pages", ("EXPERIENCE\nEngineer, Acme (2019 - 2021)\n" + "- Built things with Java.\n".repeat(40)).repeat(30)),
                Arguments.of("tables only", "Skill | Years\nJava | 5\nSQL | 3\nCompany | Role | From | To\nAcme | Dev | 03/2019 | 2019 to date"),
                Arguments.of("German", "Lebenslauf\nBerufserfahrung\nSoftwareentwickler bei der Firma und für die Kunden mit Java\nAusbildung\nInformatik an der Universität"),
                Arguments.of("mojibake", "SKILLS\n" + bullet + "Java\n" + bullet + "Python\nÂ Experience Ã© 2018"),
                Arguments.of("emoji", "🚀 Asha Rao 🚀\nSkills: Java ☕, SQL 🗄️\nExperience\nDev at Acme 😀 Mar '19 - Spring 2020"),
                Arguments.of("right to left", "سيرة ذاتية\nمهندس برمجيات\nJava, SQL\nשלום עולם"),
                Arguments.of("date formats", "EXPERIENCE\nDev, A (03/2019 - 2019-12)\nDev, B (Mar '19 - Spring 2020)\nDev, C (2019 to date)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddResumes")
    void oddResumesGiveAResultNeverAnException(String label, String text) {
        ResumeAnalysis analysis = analyzer("m1").analyze(text, DocumentLayout.plainText());

        assertThat(analysis.review().score()).isBetween(0, 100);
        assertThat(analysis.category().label()).isEqualTo("Java Developer");
        assertThat(analysis.facts().lines()).isNotNull();
        assertThat(analysis.stamp().model()).isEqualTo("m1");
    }

    @Test
    void nonEnglishTextIsReportedAsLimited() {
        ResumeAnalysis german = analyzer("m1").analyze(
                "Lebenslauf\nBerufserfahrung\nSoftwareentwickler bei der Firma und für die Kunden mit Java und der Datenbank\n"
                        + "Ausbildung\nInformatik an der Universität in München, die ich mit Auszeichnung abgeschlossen habe",
                DocumentLayout.plainText());

        assertThat(german.facts().extractionLimited()).isTrue();
        assertThat(german.review().findings()).anySatisfy(finding -> assertThat(finding.code()).isEqualTo("limited-extraction"));
    }

    @Test
    void aRealisticResumeComesOutWhole() {
        String text = """
                Asha Rao
                Pune, India · asha.rao@example.com · +91 98765 43210 · linkedin.com/in/asha-example
                EXPERIENCE
                Senior Java Developer, Brightloop Systems, Pune (Mar 2021 - Present)
                - Cut API latency by 40% by moving hot paths to Spring Boot 3 and Redis.
                Java Developer, Quillware (Jul 2017 - Feb 2021)
                - Responsible for the billing module in Java and PostgreSQL.
                EDUCATION
                B.Tech. Computer Engineering, College of Engineering Pune, 2017
                SKILLS
                Java, Spring Boot, PostgreSQL, Redis, Kubernetes, Go
                """;

        ResumeAnalysis analysis = analyzer("m1").analyze(text, DocumentLayout.plainText());

        assertThat(analysis.facts().contact().email()).contains("asha.rao@example.com");
        assertThat(analysis.facts().contact().phone()).contains("+919876543210");
        assertThat(analysis.facts().experience()).hasSize(2);
        assertThat(analysis.facts().totalExperienceMonths()).isEqualTo(69 + 44);
        assertThat(analysis.skills()).extracting(FoundSkill::skill).extracting(skill -> skill.name())
                .contains("Java", "Spring Boot", "PostgreSQL", "Redis", "Kubernetes", "Go");
        assertThat(analysis.review().findings()).anySatisfy(finding -> assertThat(finding.code()).isEqualTo("weak-opening"));
    }

    @Test
    void theStampNamesEveryPartSoAChangedModelMakesAnalysesStale() {
        assertThat(analyzer("m1").stamp()).isNotEqualTo(analyzer("m2").stamp());
        assertThat(analyzer("m1").stamp()).isEqualTo(analyzer("m1").stamp());
        assertThat(analyzer("m1").stamp().extractor()).isEqualTo(RuleBasedResumeExtractor.VERSION);
        assertThat(analyzer("m1").stamp().taxonomy()).isEqualTo(SkillTaxonomy.shipped().version());
    }
}
