package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JobDescriptionParserTest {

    /** One parser for all tests: the taxonomy is read once, and the parser keeps no state per call. */
    static final JobDescriptionParser PARSER = new JobDescriptionParser(new SkillFinder(SkillTaxonomy.shipped()));

    static Stream<Arguments> ads() {
        return Stream.of(
                Arguments.of("backend", SampleJobAds.BACKEND_ENGINEER, "Senior Backend Engineer (Java)", Seniority.SENIOR,
                        List.of("Backend Development", "Java", "Spring Boot", "SQL", "PostgreSQL", "Docker"),
                        List.of("Apache Kafka", "Message Queues", "Kubernetes", "AWS Certified Solutions Architect"),
                        OptionalInt.of(5), EducationLevel.BACHELOR),
                // No seniority word in the title: two years asked reads as mid-level.
                Arguments.of("analyst", SampleJobAds.DATA_ANALYST, "Data Analyst", Seniority.MID,
                        List.of("Data Analysis", "SQL", "Microsoft Excel", "Pivot Tables", "Statistical Analysis", "Economics"),
                        List.of("Python"),
                        OptionalInt.of(2), EducationLevel.BACHELOR),
                // The "Position:" label wins over the capitalised first line; "diploma or degree" asks for a diploma.
                Arguments.of("civil", SampleJobAds.CIVIL_SITE_ENGINEER, "Site Engineer - Civil", Seniority.MID,
                        List.of("AutoCAD", "Surveying", "Civil Engineering", "Health and Safety"),
                        List.of("Quantity Surveying"),
                        OptionalInt.of(3), EducationLevel.DIPLOMA),
                // "3-5 years" asks for three.
                Arguments.of("hr", SampleJobAds.HR_GENERALIST, "HR Generalist", Seniority.MID,
                        List.of("HR Generalist", "Labour Laws", "HRIS", "Human Resources"),
                        // "Experience with an HRIS; Workday is preferred": the clause after the semicolon.
                        List.of("Workday", "HR Certifications", "Onboarding"),
                        OptionalInt.of(3), EducationLevel.BACHELOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ads")
    void readsTheSampleAds(String name, String text, String title, Seniority seniority, List<String> required,
                           List<String> preferred, OptionalInt years, EducationLevel education) {
        JobDescription jd = PARSER.parse(text);

        assertThat(jd.title()).isEqualTo(title);
        assertThat(jd.seniority()).isEqualTo(seniority);
        assertThat(jd.requiredSkills()).containsExactlyElementsOf(required);
        assertThat(jd.preferredSkills()).containsExactlyElementsOf(preferred);
        assertThat(jd.yearsRequired()).isEqualTo(years);
        assertThat(jd.educationRequired()).isEqualTo(education);
    }

    @Test
    void dutiesAreTheBulletsUnderTheDutiesHeadingOnceEach() {
        JobDescription jd = PARSER.parse(SampleJobAds.BACKEND_ENGINEER);

        // The ad repeats its first duty; requirement bullets are not duties.
        assertThat(jd.responsibilities()).containsExactly(
                "Design and build REST APIs in Java and Spring Boot",
                "Own the PostgreSQL schema and its migrations",
                "Review code and mentor two junior engineers");
    }

    @Test
    void numberedDutiesLoseTheirNumbers() {
        assertThat(PARSER.parse(SampleJobAds.HR_GENERALIST).responsibilities()).containsExactly(
                "Run recruitment for production and office roles end to end",
                "Prepare monthly payroll inputs and check them with finance",
                "Handle employee relations cases and keep records up to date");
    }

    @Test
    void withoutADutiesHeadingEveryBulletIsADuty() {
        JobDescription jd = PARSER.parse("Warehouse Operative\n- Pick and pack orders\n- Load vans\n");

        assertThat(jd.responsibilities()).containsExactly("Pick and pack orders", "Load vans");
    }

    @Test
    void certificationsComeInTextOrderUnderTheirShownNames() {
        assertThat(PARSER.parse(SampleJobAds.HR_GENERALIST).certifications()).containsExactly("CIPD", "SHRM-CP");
        assertThat(PARSER.parse(SampleJobAds.CIVIL_SITE_ENGINEER).certifications()).containsExactly("NEBOSH");
        assertThat(PARSER.parse("Must hold a PMP; CISSP or CCNA is a plus").certifications())
                .containsExactly("PMP", "CISSP", "CCNA");
    }

    @Test
    void aScrumMasterIsNotAMastersDegree() {
        JobDescription jd = PARSER.parse("Agile Coach\nRequirements:\n- Certified Scrum Master\n- High school diploma");

        assertThat(jd.educationRequired()).isEqualTo(EducationLevel.HIGH_SCHOOL);
        assertThat(jd.certifications()).containsExactly("Certified ScrumMaster");
    }

    @Test
    void aPreferredDegreeIsNotRequired() {
        assertThat(PARSER.parse("Analyst\nA Master's degree is preferred.").educationRequired())
                .isEqualTo(EducationLevel.NONE);
        assertThat(PARSER.parse("Researcher\nRequirements:\n- PhD in chemistry").educationRequired())
                .isEqualTo(EducationLevel.DOCTORATE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void seniorityComesFromTitleWords(String title, Seniority expected) {
        assertThat(PARSER.parse(title + "\nWe make boxes.").seniority()).isEqualTo(expected);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Sr. Java Developer", Seniority.SENIOR),
                Arguments.of("Senior Engineering Manager", Seniority.MANAGER),
                Arguments.of("Head of Data", Seniority.MANAGER),
                Arguments.of("Principal Engineer", Seniority.PRINCIPAL),
                Arguments.of("Lead QA Engineer", Seniority.LEAD),
                Arguments.of("Junior Accountant", Seniority.JUNIOR),
                Arguments.of("Marketing Intern", Seniority.INTERN),
                Arguments.of("Team Leader Wanted", Seniority.UNKNOWN), // "leader" is not "lead"
                Arguments.of("Accountant", Seniority.UNKNOWN));
    }

    @Test
    void withoutATitleWordSeniorityFollowsTheYears() {
        assertThat(PARSER.parse("Accountant\nYou must have 7+ years of experience.").seniority())
                .isEqualTo(Seniority.SENIOR);
        assertThat(PARSER.parse("Accountant\nAt least one year of experience is required.").seniority())
                .isEqualTo(Seniority.JUNIOR);
    }

    @Test
    void sentenceCuesSortSkillsWithoutHeadings() {
        JobDescription jd = PARSER.parse("""
                Platform Engineer
                You must know Terraform. Experience with Kubernetes is a plus. Ideally you have used Ansible.
                """);

        assertThat(jd.requiredSkills()).containsExactly("Terraform");
        assertThat(jd.preferredSkills()).containsExactly("Kubernetes", "Ansible");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Java is required, Kafka is a plus.                    | Java         | Apache Kafka",
            "Java and Maven are required, but Kafka is a bonus.    | Java;Maven   | Apache Kafka",
            "Required: Java, nice to have: Kafka, Redis            | Java         | Apache Kafka;Redis",
            "You must know Java, Maven, and ideally Kafka.         | Java;Maven   | Apache Kafka",
            "Kafka is a plus while Java is a must.                 | Java         | Apache Kafka",
            "Ideally you know Java, Maven and Kafka.               | ''           | Java;Maven;Apache Kafka",
    })
    void oneSentenceCanHoldBothKinds(String sentence, String required, String preferred) {
        JobDescription jd = PARSER.parse("Developer\n" + sentence);

        assertThat(jd.requiredSkills()).containsExactlyElementsOf(names(required));
        assertThat(jd.preferredSkills()).containsExactlyElementsOf(names(preferred));
    }

    private static List<String> names(String list) {
        return list.isBlank() ? List.of() : List.of(list.split(";"));
    }

    @Test
    void withoutARequirementsHeadingSkillsStatedNeitherWayAreRequired() {
        assertThat(PARSER.parse("Java Developer\nWe build shop software with Gradle.").requiredSkills())
                .containsExactly("Java", "Gradle");
        // With one, the heading's list is the ad's own word: a skill only in the intro is left out.
        assertThat(PARSER.parse("Java Developer\nWe use Gradle.\nRequirements:\n- Docker").requiredSkills())
                .containsExactly("Docker");
    }

    @Test
    void aSentenceOpeningWithHeadingWordsIsStillRead() {
        JobDescription jd = PARSER.parse("""
                Analyst
                Requirements and skills
                You have strong SQL
                You bring 3+ years of experience.
                Nice to have
                Tableau
                """);

        assertThat(jd.yearsRequired()).hasValue(3);
        assertThat(jd.requiredSkills()).containsExactly("SQL");
        assertThat(jd.preferredSkills()).containsExactly("Tableau");
    }

    @Test
    void capitalsMarkKnownHeadingsButACapitalListIsStillRead() {
        JobDescription jd = PARSER.parse("Cloud Engineer\nWe use Gradle.\nMUST HAVE SKILLS TODAY\nDOCKER, TERRAFORM\n");

        // The capital heading is read as a requirements heading, so the intro's Gradle is left out.
        assertThat(jd.requiredSkills()).containsExactly("Docker", "Terraform");
    }

    @Test
    void aSkillBothRequiredAndPreferredIsRequired() {
        JobDescription jd = PARSER.parse("Developer\nRequirements:\n- Python\nNice to have:\n- Python and Django");

        assertThat(jd.requiredSkills()).containsExactly("Python");
        assertThat(jd.preferredSkills()).containsExactly("Django");
    }

    @Test
    void keywordsAreStemmedBoostedAndOrderedByWeightThenStem() {
        JobDescription jd = PARSER.parse("""
                Payroll Officer
                About us: we manage farms and our management is friendly.
                Requirements:
                - Managing payroll for 200 staff
                """);

        WeightedKeyword manage = keyword(jd, "manag");
        // Three spellings, one stem; "managing" is in a requirement, so the stem is boosted.
        assertThat(manage.weight()).isCloseTo(2 * (1 + Math.log(3)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(keyword(jd, "payroll").weight()).isCloseTo(2 * (1 + Math.log(2)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(keyword(jd, "farm").weight()).isEqualTo(1.0);
        assertThat(jd.keywords()).extracting(WeightedKeyword::stem).doesNotContain("we", "our", "for", "200");
        for (int i = 1; i < jd.keywords().size(); i++) {
            WeightedKeyword a = jd.keywords().get(i - 1);
            WeightedKeyword b = jd.keywords().get(i);
            assertThat(a.weight() > b.weight() || (a.weight() == b.weight() && a.stem().compareTo(b.stem()) < 0))
                    .as("%s before %s", a, b).isTrue();
        }
    }

    @Test
    void atMostFortyKeywordsAreKept() {
        StringBuilder text = new StringBuilder("Clerk\n");
        for (char a = 'a'; a <= 'z'; a++) {
            text.append("zq").append(a).append("ab zw").append(a).append("cd ");
        }
        assertThat(PARSER.parse(text.toString()).keywords()).hasSize(JobDescriptionParser.MAX_KEYWORDS);
    }

    @Test
    void labelledLinesAreRequirementsOrPreferencesForThatLineOnly() {
        JobDescription jd = PARSER.parse("Java Developer\nMust have: Java, Maven\nNice to have: Gradle\n");

        assertThat(jd.requiredSkills()).containsExactly("Java", "Maven");
        assertThat(jd.preferredSkills()).containsExactly("Gradle");
    }

    @Test
    void markdownAdsKeepTheirTitleAndOnlyRequiredYearsCount() {
        JobDescription jd = PARSER.parse("""
                ## Backend Developer

                ### Requirements
                - 3+ years with PostgreSQL

                ### Nice to have
                - 6+ years in fintech
                - Ideally a Master's degree
                """);

        assertThat(jd.title()).isEqualTo("Backend Developer");
        assertThat(jd.yearsRequired()).hasValue(3);
        assertThat(jd.educationRequired()).isEqualTo(EducationLevel.NONE);
        // No duties heading, but requirement and nice-to-have bullets are not duties.
        assertThat(jd.responsibilities()).isEmpty();
    }

    static WeightedKeyword keyword(JobDescription jd, String stem) {
        return jd.keywords().stream().filter(k -> k.stem().equals(stem)).findFirst()
                .orElseThrow(() -> new AssertionError("no keyword " + stem + " in " + jd.keywords()));
    }
}
