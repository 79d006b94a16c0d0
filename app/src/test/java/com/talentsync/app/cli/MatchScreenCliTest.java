package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code match} and {@code screen} commands' contract: JSON fields, ranking order, blind mode, exit codes. */
class MatchScreenCliTest {

    private static final String JOB_AD = """
            Senior Backend Engineer
            Kestrel Payments is hiring.

            Responsibilities:
            - Design and build Java microservices for card payments
            - Run PostgreSQL databases and tune slow queries
            - Stream payment events through Kafka

            Requirements:
            - 5+ years of experience with Java and Spring Boot
            - Strong SQL and PostgreSQL skills
            - Experience with Kafka
            Nice to have: Kubernetes, Terraform
            Bachelor's degree in Computer Science or similar.
            """;

    private static final String BACKEND_RESUME = """
            Dana Whitfield
            dana.whitfield@example.com | +1 415 555 0134

            Summary
            Backend engineer with seven years building Java services for payment companies.

            Experience
            Senior Software Engineer, Ledgerly, San Francisco
            Jan 2019 - Present
            - Built Java and Spring Boot microservices handling card payments
            - Tuned PostgreSQL queries and cut p99 latency by 40%
            - Streamed payment events through Kafka topics
            Software Engineer, Finbyte
            Jun 2016 - Dec 2018
            - Wrote SQL reports and REST APIs in Java

            Education
            B.Sc. Computer Science, State University, 2016

            Skills
            Java, Spring Boot, PostgreSQL, SQL, Kafka, Docker
            """;

    private static final String CHEF_RESUME = """
            Marco Bellini
            marco.bellini@example.com

            Summary
            Head chef with ten years in busy Italian kitchens.

            Experience
            Head Chef, Trattoria Sole
            Mar 2015 - Present
            - Planned seasonal menus and managed a kitchen team of twelve
            - Cut food waste by 20% with better stock rotation

            Education
            Diploma in Culinary Arts, 2012

            Skills
            Menu planning, food safety, team leadership
            """;

    /** Shared by every test so the job-category model is trained once, not per test. */
    @TempDir
    static Path dataDir;

    @TempDir
    Path files;

    private static final Preferences NODE = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void warmUp() {
        CliRun.inData(dataDir, NODE, "classifier", "reset");
    }

    @AfterAll
    static void removeNode() throws BackingStoreException {
        NODE.removeNode();
    }

    private CliRun run(String... args) {
        return CliRun.inData(dataDir, NODE, args);
    }

    private Path file(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void matchJsonHasTheContractFieldsAndExplainsEveryComponent() throws IOException {
        CliRun match = run("match", file("dana.txt", BACKEND_RESUME).toString(), file("ad.txt", JOB_AD).toString(), "--json");

        assertThat(match.exitCode()).as(match.err()).isZero();
        JsonNode result = json.readTree(match.out());
        assertThat(result.get("score").asInt()).isBetween(50, 100);
        assertThat(result.get("components").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("hardSkills", "keywords", "semanticFit", "titleSeniority", "experience", "education");
        double weights = 0;
        for (JsonNode component : result.get("components")) {
            assertThat(component.get("score").asInt()).isBetween(0, 100);
            assertThat(component.get("explanation").asText()).isNotBlank();
            weights += component.get("weight").asDouble();
        }
        assertThat(weights).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.get("matchedSkills").toString()).contains("Java", "Kafka", "PostgreSQL");
        assertThat(result.has("missingRequired")).isTrue();
        assertThat(result.get("missingPreferred").toString()).contains("Kubernetes", "Terraform");
        assertThat(result.get("suggestions").isArray()).isTrue();
    }

    @Test
    void aFittingResumeOutscoresAnUnrelatedOne() throws IOException {
        Path ad = file("ad.txt", JOB_AD);
        int backend = json.readTree(run("match", file("dana.txt", BACKEND_RESUME).toString(), ad.toString(), "--json").out())
                .get("score").asInt();
        int chef = json.readTree(run("match", file("marco.txt", CHEF_RESUME).toString(), ad.toString(), "--json").out())
                .get("score").asInt();

        assertThat(backend).isGreaterThan(chef + 30);
    }

    @Test
    void matchRefusesAMissingJobAdWithOneLineAndExitCode3() throws IOException {
        CliRun match = run("match", file("dana.txt", BACKEND_RESUME).toString(), files.resolve("nope.txt").toString());

        assertThat(match.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(match.err().strip()).startsWith("talentsync: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void screenRanksAFolderAndAZipBestFirstAndListsFailures() throws IOException {
        file("folder/dana.txt", BACKEND_RESUME);
        file("folder/marco.txt", CHEF_RESUME);
        file("folder/notes.xyz", "not a resume");
        Path zip = files.resolve("more.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            archive.putNextEntry(new ZipEntry("inner/copy-of-dana.txt"));
            archive.write(BACKEND_RESUME.getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
        Path csv = files.resolve("ranking.csv");

        CliRun screen = run("screen", "--jd", file("ad.txt", JOB_AD).toString(), "--json", "--out", csv.toString(),
                files.resolve("folder").toString(), zip.toString());

        assertThat(screen.exitCode()).as(screen.err()).isZero();
        JsonNode result = json.readTree(screen.out());
        assertThat(result.get("count").asInt()).isEqualTo(2); // the ZIP's copy is a duplicate of dana.txt
        assertThat(result.get("elapsedMs").asLong()).isNotNegative();
        assertThat(result.get("failed")).hasSize(1);
        assertThat(result.get("failed").get(0).get("file").asText()).endsWith("notes.xyz");
        assertThat(result.get("failed").get(0).get("error").asText()).isNotBlank();
        JsonNode ranking = result.get("ranking");
        assertThat(ranking.get(0).get("name").asText()).isEqualTo("Dana Whitfield");
        assertThat(ranking.get(0).get("score").asInt()).isGreaterThan(ranking.get(1).get("score").asInt());
        assertThat(ranking.get(0).get("file").asText()).endsWith("dana.txt");
        assertThat(ranking.get(0).get("category").asText()).isNotBlank();
        try (var reader = Files.newBufferedReader(csv)) {
            var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.stream().map(CSVRecord::toString).toList().toString()).contains("Dana Whitfield");
        }
    }

    @Test
    void blindScreeningMasksNamesInJsonAndCsv() throws IOException {
        file("folder/dana.txt", BACKEND_RESUME);
        file("folder/marco.txt", CHEF_RESUME);
        Path csv = files.resolve("blind.csv");

        CliRun screen = run("screen", "--jd", file("ad.txt", JOB_AD).toString(), "--json", "--blind", "--out",
                csv.toString(), files.resolve("folder").toString());

        assertThat(screen.exitCode()).as(screen.err()).isZero();
        assertThat(screen.out()).doesNotContain("Dana", "Whitfield", "Marco", "Bellini", "example.com");
        assertThat(json.readTree(screen.out()).get("ranking").get(0).get("name").asText()).isEqualTo("Candidate 1");
        assertThat(Files.readString(csv)).doesNotContain("Dana", "Whitfield", "Marco", "Bellini");
    }

    @Test
    void screenRefusesAMissingFolderWithExitCode3() throws IOException {
        CliRun screen = run("screen", "--jd", file("ad.txt", JOB_AD).toString(), files.resolve("absent").toString());

        assertThat(screen.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(screen.err().strip()).startsWith("talentsync: ").doesNotContain("\n");
    }
}
