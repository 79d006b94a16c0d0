package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeExtractor;
import com.talentsync.core.resume.extract.ResumeFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class EvalExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(EvalExtractCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** One DataTurks document: content plus label -> annotated texts. */
    private static String document(String content, Map<String, List<String>> spans) {
        ObjectNode document = JSON.createObjectNode().put("content", content);
        ArrayNode annotations = document.putArray("annotation");
        spans.forEach((label, texts) -> {
            for (String text : texts) {
                ObjectNode annotation = annotations.addObject();
                annotation.putArray("label").add(label);
                annotation.putArray("points").addObject().put("start", 0).put("end", 0).put("text", text);
            }
        });
        return document.toString();
    }

    private static ResumeFacts facts(String name, List<String> degrees, List<String> colleges, List<String> companies,
            List<String> titles) {
        List<EducationEntry> education = new ArrayList<>();
        for (int i = 0; i < degrees.size(); i++) {
            education.add(new EducationEntry(degrees.get(i), Optional.empty(),
                    i < colleges.size() ? Optional.of(colleges.get(i)) : Optional.empty(), Optional.empty(),
                    Optional.empty(), 0));
        }
        List<ExperienceEntry> jobs = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            jobs.add(new ExperienceEntry(i < titles.size() ? titles.get(i) : "", companies.get(i), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, 0, List.of(), 0));
        }
        return new ResumeFacts(List.of(), new Contact(Optional.ofNullable(name), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of()), List.of(), jobs, 0, List.of(), education, List.of(), List.of(), List.of(),
                "en", false);
    }

    /**
     * Two documents whose scores can be worked out by hand:
     * <pre>
     * name:        A "Asha Rao" = "Asha Rao"; B "Curriculum" vs "Ben Stone"    P 1/2  R 1/2
     * degree:      A "B.Tech" inside "B.Tech in CS"; B nothing vs "MBA"        P 1/1  R 1/2
     * college:     A "Indian Institute" vs "IIT Delhi"                         P 0/1  R 0/1
     * companies:   A "ACME Corp." = "Acme Corp", "Globex" no; "Zen Soft" missed P 1/2  R 1/2
     *              B "Initech Pvt Ltd" vs "Initech Private Limited" (Jaccard 1/5), counted in both
     *              -> P 1/3  R 1/3
     * designation: A "Senior Engineer" contains "Engineer"                     P 1/1  R 1/1
     * skills:      A "Java" inside "Java, SQL", "Python" no                    P 1/2  R 1/1
     * </pre>
     */
    @Test
    void scoresMatchHandComputedFigures() throws IOException {
        String a = document("resume A", Map.of("Name", List.of("Asha Rao"), "Degree", List.of("B.Tech in CS"),
                "College Name", List.of("IIT Delhi"), "Companies worked at", List.of("Acme Corp", "Zen Soft"),
                "Designation", List.of("Engineer"), "Skills", List.of("Java, SQL")));
        String b = document("resume B", Map.of("Name", List.of("Ben Stone"), "Degree", List.of("MBA"),
                "Companies worked at", List.of("Initech Private Limited")));
        Path file = Files.writeString(folder.resolve("tiny.json"), a + "\n" + b + "\n", StandardCharsets.UTF_8);
        ResumeExtractor stub = (text, today) -> text.equals("resume A")
                ? facts("Asha Rao", List.of("B.Tech"), List.of("Indian Institute"), List.of("ACME Corp.", "Globex"),
                        List.of("Senior Engineer"))
                : facts("Curriculum", List.of(), List.of(), List.of("Initech Pvt Ltd"), List.of());
        Function<String, List<String>> skills = text -> text.equals("resume A") ? List.of("Java", "Python") : List.of();

        Run run = run(new EvalExtractCommand(stub, skills, "test list"), file.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode fields = JSON.readTree(run.out()).path("fields");
        assertScore(fields.path("name"), 0.5, 0.5);
        assertScore(fields.path("degree"), 1.0, 0.5);
        assertScore(fields.path("college"), 0.0, 0.0);
        assertScore(fields.path("companies"), 1.0 / 3, 1.0 / 3);
        assertScore(fields.path("designation"), 1.0, 1.0);
        assertScore(fields.path("skills"), 0.5, 1.0);
        assertThat(fields.path("companies").path("predicted").asInt()).isEqualTo(3);
        assertThat(fields.path("companies").path("annotated").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(run.out()).path("skillSource").asText()).isEqualTo("test list");
    }

    private static void assertScore(JsonNode field, double precision, double recall) {
        assertThat(field.path("precision").asDouble()).isCloseTo(precision, within(1e-9));
        assertThat(field.path("recall").asDouble()).isCloseTo(recall, within(1e-9));
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        assertThat(field.path("f1").asDouble()).isCloseTo(f1, within(1e-9));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            B.Tech                 ; B. Tech in Electrical           ; true
            Acme Corp              ; ACME CORP.                      ; true
            Infosys Limited Pune   ; Infosys Limited                 ; true
            Senior Engineer        ; Engineer                        ; true
            data analyst intern    ; data analyst                    ; true
            software engineer      ; senior software developer       ; false
            tech                   ; b tech                          ; true
            Umbrella               ; Umbrella India Pvt Ltd          ; true
            Umbrella Financial     ; Umbrella Retail                 ; false
            Java                   ; JavaScript                      ; false
            """)
    void matchingRule(String predicted, String annotated, boolean matches) {
        assertThat(EvalExtractCommand.matches(EvalExtractCommand.normalise(predicted), EvalExtractCommand.normalise(annotated)))
                .isEqualTo(matches);
    }

    @Test
    void readsTheRealExtractorsNameAndSaysWhereSkillsCameFrom() throws IOException {
        String resume = "Meera Iyer\nData Analyst - Northwind Traders\n\nWORK EXPERIENCE\n\nData Analyst\n\n"
                + "Northwind Traders - Chennai, Tamil Nadu\n\nJune 2019 to Present\n\nEDUCATION\n\n"
                + "B.Sc in Statistics\n\nLoyola College - Chennai, Tamil Nadu\n\n2016 to 2019\n";
        String line = document(resume, Map.of("Name", List.of("Meera Iyer"), "Degree", List.of("B.Sc in Statistics"),
                "College Name", List.of("Loyola College"), "Companies worked at", List.of("Northwind Traders"),
                "Designation", List.of("Data Analyst")));
        Path file = Files.writeString(folder.resolve("one.json"), line + "\n", StandardCharsets.UTF_8);

        Run run = run(new EvalExtractCommand(), file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 documents", "Skills from: none (no skill finder was given)", "Matching:");
        for (String field : List.of("name", "degree", "college", "companies", "designation")) {
            assertThat(run.out()).containsPattern("(?m)^" + field + " +1\\.000 +1\\.000 +1\\.000");
        }
        assertThat(run.out()).containsPattern("(?m)^skills +0\\.000 +0\\.000 +0\\.000");
    }

    @Test
    void readsAJsonArrayAndCountsLinesThatAreNotDocuments() throws IOException {
        String doc = document("Asha Rao\nEngineer", Map.of("Name", List.of("Asha Rao")));
        Path array = Files.writeString(folder.resolve("array.json"), "[" + doc + "," + doc + "]");
        Path lines = Files.writeString(folder.resolve("lines.json"), doc + "\nnot json\n{\"other\": 1}\n\n" + doc + "\n");

        Run fromArray = run(new EvalExtractCommand(), array.toString(), "--json");
        Run fromLines = run(new EvalExtractCommand(), lines.toString(), "--json");

        assertThat(JSON.readTree(fromArray.out()).path("documents").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(fromLines.out()).path("documents").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(fromLines.out()).path("skippedLines").asInt()).isEqualTo(2);
        assertThat(fromLines.err()).contains("skipped 2 line(s)");
    }

    @Test
    void aMissingOrEmptyFileIsAnInputError() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "\n");

        Run missing = run(new EvalExtractCommand(), folder.resolve("nope.json").toString());
        Run nothing = run(new EvalExtractCommand(), empty.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err()).contains("cannot read");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(nothing.err()).contains("no DataTurks documents");
    }

    /** The shared evaluation data, next to the repository (never copied into it). */
    private static Optional<Path> sharedFile(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/resume-ner-dataturks").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void onTheDataTurksTestSplit() throws IOException {
        Optional<Path> file = sharedFile("testdata.json");
        Assumptions.assumeTrue(file.isPresent(), "shared/data/resume-ner-dataturks/testdata.json not found next to the repository");

        Run run = run(new EvalExtractCommand(), file.get().toString(), "--json");
        System.out.println(run(new EvalExtractCommand(), file.get().toString()).out());

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("documents").asInt()).isEqualTo(20);
        // Modest floors: these guard against breakage, not a target (see the report for figures).
        assertThat(report.path("fields").path("name").path("f1").asDouble()).isGreaterThanOrEqualTo(0.6);
        assertThat(report.path("fields").path("companies").path("recall").asDouble()).isGreaterThanOrEqualTo(0.4);
        assertThat(report.path("fields").path("degree").path("recall").asDouble()).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void onTheDataTurksTrainingSplitForInformation() throws IOException {
        Optional<Path> file = sharedFile("traindata.json");
        Assumptions.assumeTrue(file.isPresent(), "shared/data/resume-ner-dataturks/traindata.json not found next to the repository");

        Run run = run(new EvalExtractCommand(), file.get().toString(), "--json");
        System.out.println(run(new EvalExtractCommand(), file.get().toString()).out());

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("documents").asInt()).isEqualTo(200);
        assertThat(report.path("fields").path("name").path("f1").asDouble()).isGreaterThanOrEqualTo(0.6);
    }
}
