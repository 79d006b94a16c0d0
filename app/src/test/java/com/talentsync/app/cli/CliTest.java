package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentsync.app.GuiOptions;
import com.talentsync.core.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: command names, JSON fields and exit codes that scripts rely on. */
class CliTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private final Preferences node = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());
    private final List<GuiOptions> guiLaunches = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private CliRun run(String... args) {
        return CliRun.run(node, options -> {
            guiLaunches.add(options);
            return 0;
        }, args);
    }

    private CliRun runInData(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private Path resume(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void versionAndHelpNameTheProductAndItsCommands() {
        CliRun version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("TalentSync ").doesNotContain("${project.version}");

        CliRun help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("import", "list", "analyze", "--data-dir", "Exit codes");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDataFolder() {
        CliRun opened = runInData();

        assertThat(opened.exitCode()).isZero();
        assertThat(guiLaunches).singleElement()
                .satisfies(options -> assertThat(options.services().dataFolder()).isEqualTo(dataDir));
    }

    @Test
    void importPrintsOneLinePerFileAndListShowsThemAfterARestart() throws IOException {
        Path ada = resume("ada.txt", "Ada Lovelace\nAnalyst and writer of the first published algorithm.");
        Path alan = resume("alan.html", "<html><body><h1>Alan Turing</h1><p>Mathematician</p></body></html>");

        CliRun imported = runInData("import", ada.toString(), alan.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out().lines().toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("imported \\d+ .*"));

        // A new process-like run reopens the database: the resumes are still there.
        CliRun listed = runInData("list", "--json");
        assertThat(listed.exitCode()).isZero();
        JsonNode rows = json.readTree(listed.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fieldNames()).toIterable()
                .contains("id", "name", "file", "mediaType", "wordCount", "sizeBytes", "sha256", "createdAt");
        assertThat(rows.findValuesAsText("file")).containsExactlyInAnyOrder("ada.txt", "alan.html");

        CliRun table = runInData("list");
        assertThat(table.out()).contains("ID", "NAME", "ada.txt", "alan.html");
    }

    @Test
    void importingTheSameFileTwiceReportsTheDuplicate() throws IOException {
        Path ada = resume("ada.txt", "Ada Lovelace analyst");
        runInData("import", ada.toString());

        CliRun again = runInData("import", ada.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("duplicate ");
        assertThat(json.readTree(runInData("list", "--json").out())).hasSize(1);
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedOnStderrWithExitCode3() throws IOException {
        Path good = resume("good.txt", "Grace Hopper, compilers");
        Path bad = resume("notes.xyz", "whatever");

        CliRun mixed = runInData("import", good.toString(), bad.toString(), files.resolve("missing.pdf").toString());

        assertThat(mixed.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(mixed.out()).startsWith("imported ");
        List<String> errors = mixed.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("notes.xyz").contains("supported: pdf, docx");
        assertThat(errors.get(1)).contains("missing.pdf");
        assertThat(mixed.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void analyzePrintsTheJsonContract() throws IOException {
        Path ada = resume("ada.txt", "Ada Lovelace\nAnalyst and writer.");

        CliRun analyzed = runInData("analyze", ada.toString(), "--json");

        assertThat(analyzed.exitCode()).isZero();
        JsonNode result = json.readTree(analyzed.out());
        assertThat(result.get("file").asText()).isEqualTo("ada.txt");
        assertThat(result.get("mediaType").asText()).startsWith("text/plain");
        assertThat(result.get("text").asText()).contains("Ada Lovelace").contains("Analyst and writer.");
        assertThat(result.get("wordCount").asInt()).isEqualTo(5);
        assertThat(result.fieldNames()).toIterable().contains("name", "email", "phone", "location", "links", "sections",
                "experience", "totalExperienceMonths", "education", "skills", "category", "review");
        assertThat(result.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(result.get("category").get("top")).hasSize(3);
        assertThat(result.get("review").get("score").asInt()).isBetween(0, 100);
        assertThat(result.get("review").get("findings").get(0).fieldNames()).toIterable()
                .containsExactly("code", "severity", "message", "where");
    }

    @Test
    void analyzeOfAMissingOrEmptyFileIsAnInputError() throws IOException {
        CliRun missing = runInData("analyze", files.resolve("nope.pdf").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err().lines().toList()).singleElement().asString().contains("nope.pdf");

        CliRun empty = runInData("analyze", Files.createFile(files.resolve("empty.pdf")).toString(), "--json");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).contains("empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        Path big = resume("big.txt", "word ".repeat(300_000)); // ~1.5 MB

        CliRun refused = runInData("--max-file-mb", "1", "analyze", big.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(refused.err()).contains("big.txt").containsIgnoringCase("MB");
    }

    @Test
    void aDataFolderInUseByAnotherTalentSyncIsAClearOneLineFailure() throws Exception {
        try (Database other = Database.open(dataDir)) {
            CliRun blocked = runInData("list");

            assertThat(blocked.exitCode()).isEqualTo(ExitCodes.FAILURE);
            assertThat(blocked.err().lines().toList()).singleElement().asString()
                    .contains("in use by another TalentSync").contains("--data-dir");
        }
        assertThat(runInData("list").exitCode()).isZero();
    }

    @Test
    void usageErrorsExitWith2AndOneLineNamingTheProblem() {
        CliRun unknown = run("--no-such-option");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).contains("--no-such-option"));

        CliRun noFiles = runInData("import");
        assertThat(noFiles.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFiles.err()).contains("FILE");

        CliRun badLimit = runInData("--max-file-mb", "0", "list");
        assertThat(badLimit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLimit.err()).contains("--max-file-mb must be between 1 and 1024");
    }
}
