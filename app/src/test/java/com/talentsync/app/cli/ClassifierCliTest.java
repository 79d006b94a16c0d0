package com.talentsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classifier commands' contract: output, JSON fields, files and exit codes. */
class ClassifierCliTest {

    /** Three made-up categories, so a user model trains in well under a second. */
    private static final String TRAINING_CSV = """
            Category,Resume
            Baker,"Baked sourdough bread and croissants
            in a stone oven every morning"
            Baker,Pastry chef decorating wedding cakes with icing
            Baker,Pastry chef decorating wedding cakes with icing
            Baker,Bread dough proving and oven schedules
            Pilot,First officer flying Airbus aircraft on short haul routes
            Pilot,Flight planning and cockpit checks before take-off
            Pilot,Captain on Boeing jets with air traffic control experience
            Gardener,Pruning hedges and fruit trees in public parks
            Gardener,Planting flower beds and mowing lawns
            Gardener,"Compost, irrigation and seeds for a kitchen garden"
            Gardener,
            """;

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private final Preferences node = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private CliRun run(String... args) {
        return CliRun.inData(dataDir, node, args);
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path userModel() {
        return dataDir.resolve("models/classifier/user.tsmodel");
    }

    @Test
    void trainPrintsCountsCategoriesAndWhereTheModelIsSaved() throws IOException {
        CliRun trained = run("classifier", "train", csv("mine.csv", TRAINING_CSV).toString());

        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out())
                .contains("Trained on 9 resumes in 3 categories")
                .contains("1 repeated and 1 blank rows skipped")
                .contains("Baker (3)", "Gardener (3)", "Pilot (3)")
                .contains("Saved to " + userModel(), "(model user-")
                .contains("classifier reset");
        assertThat(userModel()).isRegularFile();
    }

    @Test
    void evalClassifyJsonScoresTheTrainedModel() throws IOException {
        Path csv = csv("mine.csv", TRAINING_CSV);
        run("classifier", "train", csv.toString());

        CliRun evaluated = run("eval", "classify", csv.toString(), "--json");

        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        JsonNode report = json.readTree(evaluated.out());
        assertThat(report.fieldNames()).toIterable().contains("modelVersion", "documents", "accuracy", "macroF1",
                "meanConfidence", "perClass", "labels", "confusion", "seconds", "loadSeconds");
        assertThat(report.get("modelVersion").asText()).startsWith("user-");
        assertThat(report.get("documents").asInt()).isEqualTo(10); // repeated rows count; the blank one does not
        assertThat(report.get("accuracy").asDouble()).isBetween(0.9, 1.0);
        assertThat(report.get("labels")).hasSize(3);
        JsonNode pilot = report.get("perClass").get("Pilot");
        assertThat(pilot.fieldNames()).toIterable().containsExactlyInAnyOrder("precision", "recall", "f1", "support");
        assertThat(pilot.get("support").asInt()).isEqualTo(3);
        JsonNode confusion = report.get("confusion");
        assertThat(confusion).hasSize(3);
        int total = 0;
        for (JsonNode row : confusion) {
            assertThat(row).hasSize(3);
            for (JsonNode cell : row) {
                total += cell.asInt();
            }
        }
        assertThat(total).isEqualTo(10);
    }

    @Test
    void resetRemovesTheTrainedModelAndSaysSoWhenThereIsNone() throws IOException {
        run("classifier", "train", csv("mine.csv", TRAINING_CSV).toString());

        CliRun reset = run("classifier", "reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).contains("Removed your trained classifier");
        assertThat(userModel()).doesNotExist();

        CliRun again = run("classifier", "reset");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("No trained classifier");
    }

    @Test
    void badCsvFilesAreInputErrorsWithOneLineOnStderr() throws IOException {
        Path noHeader = csv("no-header.csv", "Baker,bread\nPilot,planes\n");
        Path oneLabel = csv("one.csv", "Category,Resume\nBaker,bread\nBaker,cakes\n");
        Path empty = csv("empty.csv", "");

        for (String[] args : new String[][] {
            {"classifier", "train", files.resolve("missing.csv").toString()},
            {"classifier", "train", noHeader.toString()},
            {"classifier", "train", oneLabel.toString()},
            {"classifier", "train", empty.toString()},
            {"eval", "classify", files.resolve("missing.csv").toString()},
            {"eval", "classify", noHeader.toString(), "--json"},
        }) {
            CliRun refused = run(args);
            assertThat(refused.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.INPUT);
            assertThat(refused.err().lines().toList()).as(String.join(" ", args)).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("talentsync: "));
        }
        assertThat(userModel()).doesNotExist();
    }

    @Test
    void aGroupWithoutItsCommandIsAUsageError() {
        assertThat(run("classifier").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("eval").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("classifier", "train").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--help").out()).contains("classifier", "eval");
    }

    @Test
    void evalWithTheShippedModelPrintsScoresAndTheConfusionMatrix() throws IOException {
        Path csv = csv("shipped.csv", """
                Category,Resume
                Java Developer,"Java developer: Spring Boot microservices, Hibernate, REST APIs and Maven builds."
                Advocate,"Advocate at the district court, drafting plaints, written statements and bail applications."
                Sales,"Area sales manager meeting targets through distributors, dealers and key accounts."
                """);

        CliRun evaluated = run("eval", "classify", csv.toString());

        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("Model:           shipped-", "Resumes:         3", "Accuracy:",
                "Macro-F1:", "PRECISION", "Confusion matrix", "Java Developer");
        assertThat(evaluated.err()).contains("Training the shipped classifier");
        assertThat(Files.list(dataDir.resolve("models/classifier")).map(p -> p.getFileName().toString()))
                .singleElement().asString().startsWith("shipped-").endsWith(".tsmodel");
    }
}
