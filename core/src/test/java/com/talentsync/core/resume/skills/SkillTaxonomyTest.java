package com.talentsync.core.resume.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped taxonomy: its size, its invariants, and the spellings it must understand. */
class SkillTaxonomyTest {

    /** Written out here, not read from SkillTaxonomy.AREAS, so that a new area is a deliberate change. */
    private static final Set<String> AREAS = Set.of("software", "web", "mobile", "data", "ai", "bigdata", "cloud",
            "devops", "testing", "security", "networking", "erp", "blockchain", "mechanical", "civil", "electrical",
            "design", "arts", "finance", "hr", "sales", "marketing", "law", "health", "education", "operations",
            "business", "office", "soft_skills");

    private final SkillTaxonomy taxonomy = SkillTaxonomy.shipped();

    @Test
    void hasAtLeast1500Skills() {
        assertThat(taxonomy.size()).isGreaterThanOrEqualTo(1500).isEqualTo(taxonomy.skills().size());
    }

    @Test
    void everySkillHasANameAKindAndAKnownArea() {
        assertThat(taxonomy.skills()).allSatisfy(skill -> {
            assertThat(skill.name()).isNotBlank().isEqualTo(skill.name().strip());
            assertThat(skill.kind()).isNotNull();
            assertThat(skill.area()).isIn(AREAS);
            assertThat(skill.aliases()).allSatisfy(alias -> assertThat(alias).isNotBlank().doesNotStartWith("~")
                    .doesNotStartWith("=").doesNotStartWith("^"));
        });
    }

    @Test
    void everyAreaIsCoveredByAFairNumberOfSkills() {
        Map<String, Integer> perArea = new TreeMap<>();
        taxonomy.skills().forEach(skill -> perArea.merge(skill.area(), 1, Integer::sum));

        assertThat(perArea.keySet()).containsExactlyInAnyOrderElementsOf(AREAS);
        assertThat(perArea.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(30));
    }

    @Test
    void canonicalNamesAreUniqueEvenIgnoringCaseAndPunctuation() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Skill skill : taxonomy.skills()) {
            String previous = seen.putIfAbsent(key(skill.name()), skill.name());
            if (previous != null) {
                duplicates.add(previous + " / " + skill.name());
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void noSpellingBelongsToTwoSkills() {
        // Checked here independently of the loader, which refuses clashes, so that a loader
        // change that let one slip through would still be caught.
        Map<String, Skill> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Skill skill : taxonomy.skills()) {
            for (String spelling : spellings(skill)) {
                Skill previous = owner.putIfAbsent(key(spelling), skill);
                if (previous != null && previous != skill) {
                    clashes.add("'" + spelling + "' of " + skill.name() + " and of " + previous.name());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noAliasIsAnotherSkillsName() {
        Map<String, Skill> byName = new HashMap<>();
        taxonomy.skills().forEach(skill -> byName.put(key(skill.name()), skill));

        assertThat(taxonomy.skills()).allSatisfy(skill -> assertThat(skill.aliases())
                .allSatisfy(alias -> assertThat(byName.getOrDefault(key(alias), skill)).isSameAs(skill)));
    }

    @Test
    void everySpellingLooksUpItsOwnSkill() {
        assertThat(taxonomy.skills()).allSatisfy(skill -> assertThat(spellings(skill))
                .allSatisfy(spelling -> assertThat(taxonomy.lookup(spelling)).containsSame(skill)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "JS;                JavaScript",
        "Javascript;        JavaScript",
        "JavaScript;        JavaScript",
        "java script;       JavaScript",
        "k8s;               Kubernetes",
        "K8S;               Kubernetes",
        "Kubernetes;        Kubernetes",
        "Spring-Boot;       Spring Boot",
        "spring boot;       Spring Boot",
        "SpringBoot;        Spring Boot",
        "ML;                Machine Learning",
        "machine learning;  Machine Learning",
        "MS Excel;          Microsoft Excel",
        "Excel;             Microsoft Excel",
        "Advanced Excel;    Microsoft Excel",
        ".NET;              .NET",
        "dotnet;            .NET",
        "dot net;           .NET",
        "ASP.NET;           ASP.NET",
        "Node.js;           Node.js",
        "NodeJS;            Node.js",
        "C++;               C++",
        "CPP;               C++",
        "C#;                C#",
        "C sharp;           C#",
        "Objective-C;       Objective-C",
        "CI/CD;             CI/CD",
        "CI CD;             CI/CD",
        "TCP/IP;            TCP/IP",
        "A/B testing;       A/B Testing",
        "Golang;            Go",
        "Postgres;          PostgreSQL",
        "MS SQL;            Microsoft SQL Server",
        "sklearn;           scikit-learn",
        "Selenium WebDriver; Selenium",
        "QTP;               Micro Focus UFT",
        "HDFS;              HDFS",
        "PySpark;           PySpark",
        "Solidity;          Solidity",
        "Hyperledger Fabric; Hyperledger Fabric",
        "STAAD Pro;         STAAD.Pro",
        "Solid Works;       SolidWorks",
        "PLC programming;   PLC",
        "ABAP;              SAP ABAP",
        "SAP FI/CO;         SAP FICO",
        "Tally ERP 9;       Tally ERP",
        "GST;               GST",
        "Talent acquisition; Talent Acquisition",
        "Cold calling;      Cold Calling",
        "SEO;               Search Engine Optimization",
        "Legal drafting;    Legal Drafting",
        "CrossFit;          CrossFit",
        "Lesson plans;      Lesson Planning",
        "MS Project;        Project Scheduling Tools",
        "Six Sigma Green Belt; Six Sigma",
        "Photoshop;         Adobe Photoshop",
        "Team player;       Teamwork",
    })
    void looksUpAnySpellingOfASkill(String spelling, String canonical) {
        assertThat(taxonomy.lookup(spelling)).map(Skill::name).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-/-", "definitely not a skill", "the"})
    void unknownSpellingsAreEmpty(String spelling) {
        assertThat(taxonomy.lookup(spelling)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is ambiguous")
    @ValueSource(strings = {"R", "Go", "C", "D", "Swift", "Spark", "Excel", "Spring", "Rust", "Ruby"})
    void shortAndCommonWordNamesAreAmbiguous(String spelling) {
        assertThat(taxonomy.lookup(spelling)).hasValueSatisfying(skill -> {
            // "Spark" and "Excel" are aliases of Apache Spark and Microsoft Excel, which are not
            // ambiguous as a whole; only the short spellings are context-only (see SkillFinderTest).
            if (skill.name().equals(spelling)) {
                assertThat(skill.ambiguous()).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0} is not ambiguous")
    @ValueSource(strings = {"Java", "Python", "Kubernetes", "Machine Learning", "Hadoop", "AutoCAD"})
    void distinctiveNamesAreNotAmbiguous(String spelling) {
        assertThat(taxonomy.lookup(spelling)).map(Skill::ambiguous).contains(false);
    }

    @Test
    void shippedIsLoadedOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<SkillTaxonomy>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(SkillTaxonomy::shipped);
            }
            for (Future<SkillTaxonomy> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isSameAs(taxonomy);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void versionIsAShortHashOfTheData() {
        assertThat(taxonomy.version()).matches("[0-9a-f]{12}");
        String file = "Java\tLANGUAGE\n";

        assertThat(SkillTaxonomy.parse("software.tsv", file).version())
                .isEqualTo(SkillTaxonomy.parse("software.tsv", file).version())
                .isNotEqualTo(SkillTaxonomy.parse("software.tsv", file + "Kotlin\tLANGUAGE\n").version())
                .isNotEqualTo(taxonomy.version());
    }

    @Test
    void theIndexListsEveryTaxonomyFileInTheResourcesFolder() throws IOException {
        Optional<Path> root = RepoRoot.find();
        assumeTrue(root.isPresent(), "not run from inside the repository: cannot see the resources folder");
        Path dir = root.get().resolve("resources/src/main/resources/talentsync/skills");
        List<String> listed = Files.readAllLines(dir.resolve("index.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(dir)) {
            present = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".tsv")).toList();
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    private static List<String> spellings(Skill skill) {
        List<String> all = new ArrayList<>(skill.aliases());
        all.add(0, skill.name());
        return all;
    }

    /** Case, spacing and name punctuation do not matter, as in the finder. */
    private static String key(String spelling) {
        return String.join(" ", SkillTokens.words(spelling));
    }
}
