package com.talentsync.core.resume.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillFinderTest {

    private static final SkillFinder FINDER = new SkillFinder(SkillTaxonomy.shipped());

    /** Found skill names in a text with no sections, joined by "|" for a table. */
    private static String found(String text) {
        return String.join("|", FINDER.find(text, List.of()).stream().map(f -> f.skill().name()).sorted().toList());
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = ';', value = {
        "Skills: Java, R, Go;                                Go|Java|R",
        "Skills: C, C++, Java;                               C|C++|Java",
        "Programming languages - C, R and Go;                C|Go|R",
        "Technologies used: Go, Spring, Node;                Go|Node.js|Spring",
        "Tools: Excel, Word, Access;                         Microsoft Access|Microsoft Excel|Microsoft Word",
        "I had to go to the office;                          ''",
        "Let us go. Go ahead and review the C code.;         ''",
        "C-level executives signed off;                      ''",
        "Led the R&D team for two years;                     ''",
        "I excel at presenting to customers;                 ''",
        "Summer intern, Spring 2020;                         ''",
        "Thanks for the swift response;                      ''",
        "Scored grade C in the final exam;                   ''",
        "Skills: willing to go the extra mile;               ''",
        "Prepared monthly reports in Excel for the team;     Microsoft Excel",
        "Tuned Spark jobs and wrote Hive queries;            Apache Hive|Apache Spark",
        "Trained ML models on GPUs;                          Machine Learning",
        "Drank 500 ml of water before the run;               ''",
        "Deployed to k8s with Jenkins;                       Jenkins|Kubernetes",
        "Wrote JS and Javascript and JavaScript;             JavaScript",
    })
    void countsAmbiguousNamesOnlyInASkillsContext(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = ';', value = {
        "Built services in C++ and C# on .NET;                      .NET|C#|C++",
        "Moved from ASP.NET MVC to ASP.NET Core and Node.js;        ASP.NET Core|ASP.NET MVC|Node.js",
        "Set up CI/CD, debugged TCP/IP, ran A/B testing;            A/B Testing|CI/CD|TCP/IP",
        "Ported Objective-C code to Swift programming;              Objective-C|Swift",
        "Wrote PL/SQL and T-SQL procedures;                         PL/SQL|T-SQL",
        "Used Spring-Boot, spring boot and SpringBoot;              Spring Boot",
        "Handled M&A deals and P&L;                                 Mergers and Acquisitions|P&L Management",
        "Lead Six Sigma Green Belt projects on SAP S/4HANA;         SAP S/4HANA|Six Sigma",
    })
    void findsNamesThatCarryPunctuation(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @Test
    void reportsTheCanonicalSkillWhereverItWasFound() {
        String text = String.join("\n",
                "Jane Doe, engineer who likes to go hiking",  // 0 SUMMARY
                "Skills",                                     // 1 SKILLS
                "Java, Go, R, Docker",                        // 2
                "Experience",                                 // 3 EXPERIENCE
                "Built Java services and had to go on call",  // 4
                "Shipped Docker images with core java",       // 5
                "Projects",                                   // 6 PROJECTS
                "Snake game in Python",                       // 7
                "Education: B.Sc with Python");               // 8 EDUCATION
        List<Section> sections = List.of(
                section(SectionKind.SUMMARY, 0, 1), section(SectionKind.SKILLS, 1, 3),
                section(SectionKind.EXPERIENCE, 3, 6), section(SectionKind.PROJECTS, 6, 8),
                section(SectionKind.EDUCATION, 8, 9));

        List<FoundSkill> found = FINDER.find(text, sections);

        assertThat(found).extracting(f -> f.skill().name(), FoundSkill::mentions, FoundSkill::foundIn).containsExactly(
                tuple("Java", 3, Set.of(SkillContext.SKILLS_SECTION, SkillContext.EXPERIENCE)),
                tuple("Docker", 2, Set.of(SkillContext.SKILLS_SECTION, SkillContext.EXPERIENCE)),
                tuple("Python", 2, Set.of(SkillContext.PROJECTS, SkillContext.OTHER)),
                tuple("Go", 1, Set.of(SkillContext.SKILLS_SECTION)),
                tuple("R", 1, Set.of(SkillContext.SKILLS_SECTION)));
    }

    @Test
    void withoutSectionsASkillsHeadingOpensASkillsBlockUntilTheNextHeading() {
        String text = String.join("\n",
                "TECHNICAL SKILLS", "", "C (Less than 1 year), R, Go", "",
                "EDUCATION", "Passed with grade C, go-ahead given", "Bachelor of Technology, Go", "",
                "Key Skills:", "• Swift", "ADDITIONAL INFORMATION", "Swift");

        List<FoundSkill> found = FINDER.find(text, List.of());

        assertThat(found).extracting(f -> f.skill().name()).containsExactlyInAnyOrder("C", "R", "Go", "Swift");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.mentions()).isEqualTo(1);
            assertThat(f.foundIn()).containsExactly(SkillContext.SKILLS_SECTION);
        });
    }

    @Test
    void withSectionsOnlyTheSkillsSectionAndSkillsLabelsAreSkillsContexts() {
        String text = "Skills\nR\nExperience\nR was used daily\nEnvironment: R, Go";
        List<Section> sections = List.of(section(SectionKind.SKILLS, 0, 2), section(SectionKind.EXPERIENCE, 2, 5));

        List<SkillMention> mentions = FINDER.mentions(text, sections);

        assertThat(mentions).extracting(m -> text.substring(m.start(), m.end()), SkillMention::context).containsExactly(
                tuple("R", SkillContext.SKILLS_SECTION),
                tuple("R", SkillContext.EXPERIENCE),
                tuple("Go", SkillContext.EXPERIENCE));
    }

    @Test
    void aSkillsListContinuesOnTheNextLineAfterATrailingComma() {
        assertThat(found("Languages: Java, Python,\nR, Go\nI go home")).isEqualTo("Go|Java|Python|R");
    }

    @Test
    void ordersByMentionsThenName() {
        List<FoundSkill> found = FINDER.find("Python, Java, Docker. Docker again, Python again, Docker.", List.of());

        assertThat(found).extracting(f -> f.skill().name()).containsExactly("Docker", "Python", "Java");
        assertThat(found).extracting(FoundSkill::mentions).containsExactly(3, 2, 1);
    }

    @Test
    void prefersTheLongestNameAndGivesExactOffsets() {
        String text = "Used Spring Boot, Apache Spark Streaming and Microsoft SQL Server 2019.";

        List<SkillMention> mentions = FINDER.mentions(text, List.of());

        assertThat(mentions).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("Spring Boot", "Apache Spark Streaming", "Microsoft SQL Server");
        assertThat(mentions).extracting(m -> m.skill().name())
                .containsExactly("Spring Boot", "Spark Streaming", "Microsoft SQL Server");
    }

    @Test
    void ignoresLinksAndEmailAddresses() {
        String text = "jane@golang.org | github.com/jane/python-tools | https://www.linkedin.com/in/java-dev\nSkills: Docker";

        assertThat(found(text)).isEqualTo("Docker");
    }

    @Test
    void plainPluralsCountAsTheSkill() {
        assertThat(found("Set up VPNs and wrote Dockerfiles")).isEqualTo("Docker|VPN");
    }

    @Test
    void aliasMarksDecideWhereAndHowASpellingCounts() {
        SkillFinder finder = new SkillFinder(SkillTaxonomy.parse("software.tsv", String.join("\n",
                "Node.js\tPLATFORM\tNodeJS|~Node",
                "Machine Learning\tDOMAIN\t=ML",
                "Microsoft Excel\tTOOL\t^Excel",
                "Go\tLANGUAGE\tGolang\tambiguous")));

        assertThat(names(finder, "A node in the graph. Skills: Node")).containsExactly("Node.js");
        assertThat(names(finder, "ml and Ml but ML")).containsExactly("Machine Learning");
        assertThat(names(finder, "I excel at sums in Excel")).containsExactly("Microsoft Excel");
        assertThat(names(finder, "Go is fun, golang too")).containsExactly("Go");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\uD83D\uDE80\uD83D\uDD25 Java \uD83D\uDE00",
        "\u05DE\u05E4\u05EA\u05D7 Java \u05D5-Python \u200F\u202B\u0645\u0647\u0646\u062F\u0633 \u062C\u0627\u0641\u0627\u202C",
        "Skills \u00e2\u20ac\u00a2 Java \u00c3\u00a2 C++ \u00c2 \uFFFD Python",
        "\uD83D lone surrogate \uDE00 Java",
        "Skills:\n\n\n,,,;;;|||\u2022\u2022",
        "\u0000\u0001\u0002 Java \u007F",
    })
    void oddTextDoesNotThrow(String text) {
        assertThat(FINDER.find(text, List.of())).allSatisfy(f -> assertThat(f.mentions()).isPositive());
        assertThat(FINDER.find(text, List.of(section(SectionKind.SKILLS, 0, 99), section(SectionKind.OTHER, -5, 2))))
                .isNotNull();
    }

    @Test
    void findsSkillsInAnEmojiAndMojibakeLadenResume() {
        assertThat(found("\u2022 Java \uD83D\uDE80 | \u00e2\u20ac\u00a2 Python \u00e2\u20ac\u00a2 SQL")).isEqualTo("Java|Python|SQL");
    }

    @Test
    void handlesALongResume() {
        String paragraph = "Built data pipelines in Python and SQL on AWS, reviewed code, mentored juniors and "
                + "presented results to the board every quarter with clear dashboards in Tableau. ";
        String text = "Skills: Java, Go, R\n" + paragraph.repeat(150);

        List<FoundSkill> found = FINDER.find(text, List.of());

        assertThat(found).extracting(f -> f.skill().name()).containsExactly("Amazon Web Services", "Dashboards",
                "Data Pipelines", "Python", "SQL", "Tableau", "Go", "Java", "R");
        assertThat(found).extracting(FoundSkill::mentions).containsExactly(150, 150, 150, 150, 150, 150, 1, 1, 1);
    }

    private static List<String> names(SkillFinder finder, String text) {
        return finder.find(text, List.of()).stream().map(f -> f.skill().name()).toList();
    }

    private static Section section(SectionKind kind, int start, int end) {
        return new Section(kind, kind.name(), start, end, "");
    }
}
