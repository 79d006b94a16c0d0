package com.talentsync.core.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A three-category corpus written into a folder, so service tests train in a fraction of a second. */
final class TinyCorpus {

    static final ClassifierTrainer.Settings SETTINGS = new ClassifierTrainer.Settings(7, 30, 3, 0.5, 1, 5_000);

    private TinyCorpus() {}

    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, "index.txt", "common.txt\nbaker.txt\npilot.txt\ngardener.txt\n");
        write(folder, "common.txt", """
                [summary]
                Hard working person looking for a job as a {title}.
                [cities]
                Pune
                Chennai
                [companies]
                Acme Ltd
                [months]
                May
                """);
        write(folder, "baker.txt", category("Baker", "Baker, Pastry Chef",
                "Bread, Sourdough, Croissants, Cakes, Ovens, Dough, Icing, Pastry",
                "Baked bread every morning in a stone oven.", "Decorated wedding cakes with sugar icing."));
        write(folder, "pilot.txt", category("Pilot", "Pilot, First Officer",
                "Aircraft, Cockpit, Navigation, Airbus, Boeing, Flight planning, Runway, Air traffic control",
                "Flew short haul routes on Airbus aircraft.", "Prepared flight plans and checked the weather."));
        write(folder, "gardener.txt", category("Gardener", "Gardener, Landscaper",
                "Plants, Lawns, Pruning, Compost, Irrigation, Seeds, Hedges, Flower beds",
                "Pruned hedges and fruit trees in the park.", "Planted flower beds and kept lawns green."));
        return folder;
    }

    private static String category(String label, String titles, String skills, String... duties) {
        return "label: " + label + "\n[titles]\n" + String.join("\n", titles.split(", ")) + "\n[skills]\n"
                + String.join("\n", skills.split(", ")) + "\n[duties]\n" + String.join("\n", duties) + "\n";
    }

    static void write(Path folder, String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static ClassifierService service(Path dataFolder, Path corpusFolder) {
        return new ClassifierService(dataFolder, Corpus.Source.folder(corpusFolder), SETTINGS);
    }
}
