package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole resumes in several styles, and input that must not break the extractor. */
class WholeResumeTest {

    private final RuleBasedResumeExtractor extractor = new RuleBasedResumeExtractor("US");

    private ResumeFacts extract(String text) {
        return extractor.extract(text, SampleResumes.TODAY);
    }

    @Test
    void indianItResume() {
        ResumeFacts facts = extract(SampleResumes.INDIAN_IT);

        assertThat(facts.contact().name()).contains("PRIYA RAGHAVAN");
        assertThat(facts.contact().email()).contains("priya.raghavan@example.in");
        // The address says Pune, but the number has its +91 anyway; the default region is US.
        assertThat(facts.contact().phone()).contains("+919845012345");
        assertThat(facts.contact().location()).hasValueSatisfying(location -> assertThat(location).contains("Pune"));
        assertThat(facts.sections()).extracting(Section::kind).containsSubsequence(SectionKind.SUMMARY,
                SectionKind.SKILLS, SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.PROJECTS,
                SectionKind.CERTIFICATIONS, SectionKind.LANGUAGES, SectionKind.CONTACT, SectionKind.OTHER);
        assertThat(facts.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company, ExperienceEntry::current)
                .containsExactly(tuple("Senior Systems Engineer", "Infosys Limited", true),
                        tuple("Systems Engineer", "Tata Consultancy Services", false));
        // Jul 2019 - Nov 2026 (89) + Jun 2015 - Aug 2017 (27); the 22 months between are a gap.
        assertThat(facts.totalExperienceMonths()).isEqualTo(116);
        assertThat(facts.gaps()).singleElement()
                .satisfies(gap -> assertThat(gap).isEqualTo(new Gap(YearMonth.of(2017, 9), YearMonth.of(2019, 6), 22)));
        assertThat(facts.education()).extracting(EducationEntry::degree).containsExactly("B.Tech", "HSC", "SSC");
        assertThat(facts.education().getFirst().grade()).contains("CGPA 8.6/10");
        assertThat(facts.certifications()).containsExactly("Oracle Certified Professional, Java SE 8 Programmer",
                "AWS Certified Cloud Practitioner");
        assertThat(facts.languages()).containsExactly("English", "Hindi", "Marathi");
        assertThat(facts.projects()).singleElement().satisfies(project -> {
            assertThat(project.title()).isEqualTo("Smart Parking System");
            assertThat(project.technologies()).containsExactly("Arduino", "Java", "MySQL");
        });
        assertThat(facts.language()).isEqualTo("en");
        assertThat(facts.extractionLimited()).isFalse();
    }

    @Test
    void usResume() {
        ResumeFacts facts = extract(SampleResumes.US);

        assertThat(facts.contact().name()).contains("Jordan A. Whitfield");
        assertThat(facts.contact().phone()).contains("+15125550147");
        assertThat(facts.experience()).extracting(ExperienceEntry::company)
                .containsExactly("Larkspur Payments Inc.", "Bluebonnet Logistics", "Acme Analytics LLC");
        assertThat(facts.totalExperienceMonths()).isEqualTo(69 + 31 + 1);
        assertThat(facts.gaps()).extracting(Gap::months).containsExactly(11, 14);
        assertThat(facts.education()).singleElement().satisfies(entry -> {
            assertThat(entry.degree()).isEqualTo("B.S.");
            assertThat(entry.field()).contains("Computer Science");
            assertThat(entry.institution()).contains("University of Texas at Austin");
            assertThat(entry.year()).contains(2017);
            assertThat(entry.grade()).contains("GPA 3.7/4.0");
        });
        assertThat(facts.projects()).singleElement().satisfies(project -> {
            assertThat(project.technologies()).containsExactly("React", "Node.js", "MongoDB");
            assertThat(project.link()).contains("https://github.com/jwhitfield/freight-tracker");
        });
        assertThat(facts.certifications()).hasSize(2);
        assertThat(facts.languages()).containsExactly("English", "Spanish");
        assertThat(facts.section(SectionKind.SKILLS)).hasValueSatisfying(
                skills -> assertThat(skills.text()).startsWith("Java, Kotlin"));
    }

    @Test
    void europeanCv() {
        ResumeFacts facts = extract(SampleResumes.EUROPEAN);

        assertThat(facts.contact().name()).contains("Lena Vogt");
        assertThat(facts.contact().phone()).contains("+4930901820");
        assertThat(facts.contact().location()).contains("Berlin, Germany");
        assertThat(facts.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("Data Scientist", "Nordlicht Energie GmbH"),
                        tuple("Research Assistant", "Technische Universität München"));
        assertThat(facts.gaps()).isEmpty();
        assertThat(facts.education()).extracting(EducationEntry::degree, entry -> entry.year().orElse(0))
                .containsExactly(tuple("M.Sc.", 2017), tuple("B.Sc.", 2015));
        assertThat(facts.education().getFirst().grade()).contains("grade 1.3");
        assertThat(facts.languages()).containsExactly("German", "English", "French");
        assertThat(facts.section(SectionKind.PUBLICATIONS)).isPresent();
    }

    @Test
    void cvInGermanIsReadButMarkedLimited() {
        ResumeFacts facts = extract(SampleResumes.GERMAN);

        assertThat(facts.language()).isEqualTo("de");
        assertThat(facts.extractionLimited()).isTrue();
        // National number, no default match: München says the region is Germany.
        assertThat(facts.contact().phone()).contains("+498912345678");
        assertThat(facts.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Softwareentwickler");
            assertThat(job.company()).isEqualTo("Alpenblick Software GmbH");
            assertThat(job.current()).isTrue();
        });
        assertThat(facts.languages()).containsExactly("German", "English");
    }

    @Test
    void oneLineResume() {
        ResumeFacts facts = extract(SampleResumes.ONE_LINER);

        assertThat(facts.lines()).hasSize(1);
        assertThat(facts.contact().name()).contains("Ravi Kumar");
        assertThat(facts.contact().email()).contains("ravi.kumar@example.com");
        assertThat(facts.contact().phone()).contains("+919876543210");
        assertThat(facts.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("Software Engineer", "Acme Corp"), tuple("Junior Developer", "Zen Soft"));
        // 2017-2019 and 2019-present share 2019: counted once.
        assertThat(facts.totalExperienceMonths()).isEqualTo(DateSpan.inclusiveMonths(YearMonth.of(2017, 1), YearMonth.of(2026, 11)));
        assertThat(facts.education()).singleElement().satisfies(entry -> {
            assertThat(entry.degree()).isEqualTo("B.Tech");
            assertThat(entry.institution()).contains("IIT Delhi");
            assertThat(entry.year()).contains(2017);
        });
    }

    @Test
    void textWithoutSections() {
        ResumeFacts facts = extract(SampleResumes.NO_SECTIONS);

        assertThat(facts.sections()).singleElement().satisfies(section -> assertThat(section.kind()).isEqualTo(SectionKind.OTHER));
        assertThat(facts.contact().phone()).contains("+14158675309");
        assertThat(facts.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company, ExperienceEntry::current)
                .containsExactly(tuple("nurse", "Saint Luke Hospital", true), tuple("caregiver", "Sunrise Home", false));
        assertThat(facts.education()).singleElement().satisfies(entry -> {
            assertThat(entry.degree()).isEqualTo("Bachelor of Science");
            assertThat(entry.field()).contains("Nursing");
            assertThat(entry.institution()).contains("San Jose State University");
        });
    }

    @Test
    void emojiMojibakeAndRightToLeftText() {
        ResumeFacts facts = extract(SampleResumes.EMOJI_MOJIBAKE_RTL);

        assertThat(facts.contact().name()).contains("Aisha Rahman");
        assertThat(facts.contact().phone()).contains("+447911123456");
        assertThat(facts.lines()).contains("• Product Designer, Loomly Ltd – Jan 2020 – Present");
        assertThat(facts.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Product Designer");
            assertThat(job.company()).isEqualTo("Loomly Ltd");
            assertThat(job.bullets()).containsExactly("Designed the onboarding flow.");
        });
        assertThat(facts.languages()).containsExactly("English", "Arabic");
        assertThat(facts.language()).isEqualTo("en");
    }

    @Test
    void resumeInArabic() {
        ResumeFacts facts = extract(SampleResumes.ARABIC);

        assertThat(facts.language()).isEqualTo("ar");
        assertThat(facts.extractionLimited()).isTrue();
        assertThat(facts.contact().name()).contains("محمد أحمد");
        assertThat(facts.contact().email()).contains("mohamed@example.com");
        assertThat(facts.contact().phone()).contains("+971501234567");
        assertThat(facts.totalExperienceMonths()).isEqualTo(60);
    }

    @Test
    void tablesOnly() {
        ResumeFacts facts = extract(SampleResumes.TABLES_ONLY);

        assertThat(facts.contact().name()).contains("Arjun Mehta");
        assertThat(facts.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("Software Engineer", "Infosys Ltd"), tuple("Senior Engineer", "Wipro Technologies"));
        assertThat(facts.education()).extracting(EducationEntry::degree, entry -> entry.grade().orElse(""))
                .containsExactly(tuple("B.E.", "72%"), tuple("HSC", "81%"));
    }

    @Test
    void thirtyPageDocument() {
        String text = SampleResumes.thirtyPages();

        ResumeFacts facts = extract(text);

        assertThat(text.length()).isGreaterThan(100_000);
        assertThat(facts.lines()).hasSize(text.split("\n", -1).length);
        assertThat(facts.experience()).hasSize(3 + 120);
        assertThat(facts.experience().getLast().bullets()).hasSize(6);
        assertThat(facts.section(SectionKind.PUBLICATIONS)).isPresent();
        assertThat(facts.contact().name()).contains("Jordan A. Whitfield");
    }

    static Object[][] awkwardInput() {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        return new Object[][] {
            {"null", null},
            {"empty", ""},
            {"blank lines", "\n\n   \n\t\n"},
            {"one word", "Résumé"},
            {"random characters", noise.toString()},
            {"control characters", "\u0000\u0001\u0002 John\u0007 Doe \u001B[31m"},
            {"lone surrogates", "Jane \uD83D Doe \uDE00 2019 - 2020"},
            {"brackets", "(".repeat(50_000)},
            {"dates", "2019 - 2020 ".repeat(20_000)},
            {"headings", "EXPERIENCE\nEDUCATION\n".repeat(5_000)},
            {"long line", "a".repeat(300_000)},
            {"CR line ends", "Jane Doe\rEXPERIENCE\rEngineer, Acme, 2019 - 2020\r"},
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardInput")
    void alwaysAnswers(String name, String text) {
        ResumeFacts facts = extractor.extract(text, SampleResumes.TODAY);

        assertThat(facts).isNotNull();
        assertThat(facts.lines()).hasSize(text == null ? 1 : text.split("\r\n|\r|\n", -1).length);
        assertThat(facts.language()).isNotBlank();
        if (text != null && !text.isBlank()) {
            // The last-resort answer after an internal failure has no sections; a real one has.
            assertThat(facts.sections()).isNotEmpty();
        }
    }

    @Test
    void carriageReturnsEndLines() {
        ResumeFacts facts = extract("Jane Doe\r\nEXPERIENCE\r\nEngineer, Acme Corp, 2019 - 2020\r\n");

        assertThat(facts.lines()).containsExactly("Jane Doe", "EXPERIENCE", "Engineer, Acme Corp, 2019 - 2020", "");
        assertThat(facts.experience()).singleElement().satisfies(job -> assertThat(job.line()).isEqualTo(2));
    }
}
