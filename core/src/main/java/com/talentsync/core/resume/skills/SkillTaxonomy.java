package com.talentsync.core.resume.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skills TalentSync knows: canonical names, their kinds and areas, and every spelling that
 * maps to them ("JS", "Javascript" and "JavaScript" are one skill). Immutable and safe to share
 * between threads.
 *
 * <p>The shipped data lives in {@code talentsync/skills/*.tsv} in the resources module, one file
 * per area, listed in {@code talentsync/skills/index.txt} so that loading reads a known list
 * instead of scanning a directory (which does not work the same way inside a jar). The format,
 * including the marks that make single aliases context-only or case-exact, is described in the
 * header of every file. {@link Skill#ambiguous()} describes the canonical name only.
 */
public final class SkillTaxonomy {

    /** The areas a taxonomy file may be named after. */
    public static final List<String> AREAS = List.of(
            "software", "web", "mobile", "data", "ai", "bigdata", "cloud", "devops", "testing",
            "security", "networking", "erp", "blockchain", "mechanical", "civil", "electrical",
            "design", "arts", "finance", "hr", "sales", "marketing", "law", "health", "education",
            "operations", "business", "office", "soft_skills");

    static final String RESOURCE_DIR = "/talentsync/skills/";

    private static final Object LOCK = new Object();
    private static volatile SkillTaxonomy shipped;

    private final List<Skill> skills;
    private final SpellingIndex index;
    private final String version;

    private SkillTaxonomy(TaxonomyParser.Result parsed) {
        this.skills = parsed.skills();
        this.index = parsed.index();
        this.version = parsed.version();
    }

    /**
     * The taxonomy shipped with the app, read on first use and then shared. A broken data file
     * throws {@link TaxonomyFormatException} naming the file and line, on every call, rather
     * than leaving a half-loaded taxonomy behind.
     */
    public static SkillTaxonomy shipped() {
        SkillTaxonomy taxonomy = shipped;
        if (taxonomy == null) {
            synchronized (LOCK) {
                taxonomy = shipped;
                if (taxonomy == null) {
                    taxonomy = new SkillTaxonomy(TaxonomyParser.parse(readShippedSources()));
                    shipped = taxonomy;
                }
            }
        }
        return taxonomy;
    }

    /** One area file, e.g. {@code parse("software.tsv", "Java\tLANGUAGE\tJ2SE\n")}; for tests and tools. */
    public static SkillTaxonomy parse(String fileName, String content) {
        return parse(Map.of(fileName, content));
    }

    /** Several area files, file name to content; the version depends on the map's order. */
    public static SkillTaxonomy parse(Map<String, String> files) {
        List<TaxonomyParser.Source> sources = new ArrayList<>();
        files.forEach((name, content) -> sources.add(new TaxonomyParser.Source(name, content)));
        return new SkillTaxonomy(TaxonomyParser.parse(sources));
    }

    /** Every canonical skill, in file order. */
    public List<Skill> skills() {
        return skills;
    }

    /**
     * The skill spelt this way, ignoring case, spacing and name punctuation ("spring-boot",
     * "Spring Boot"). A dictionary lookup: ambiguity rules apply to finding skills in text, not here.
     */
    public Optional<Skill> lookup(String anySpelling) {
        Objects.requireNonNull(anySpelling, "anySpelling");
        String[] words = SkillTokens.words(anySpelling);
        if (words.length == 0) {
            return Optional.empty();
        }
        Spelling spelling = index.lookup(words);
        return spelling == null ? Optional.empty() : Optional.of(spelling.skill());
    }

    /** A short hash of the data files, so a stored analysis can say which taxonomy made it. */
    public String version() {
        return version;
    }

    public int size() {
        return skills.size();
    }

    SpellingIndex index() {
        return index;
    }

    private static List<TaxonomyParser.Source> readShippedSources() {
        List<TaxonomyParser.Source> sources = new ArrayList<>();
        String indexName = RESOURCE_DIR + "index.txt";
        String[] lines = read(indexName).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (SkillTaxonomy.class.getResource(RESOURCE_DIR + name) == null) {
                throw new TaxonomyFormatException("index.txt", i + 1, "lists " + name + ", which is not on the class path");
            }
            sources.add(new TaxonomyParser.Source(name, read(RESOURCE_DIR + name)));
        }
        if (sources.isEmpty()) {
            throw new TaxonomyFormatException("index.txt", 0, "lists no taxonomy files");
        }
        return sources;
    }

    private static String read(String resource) {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource
                        + " (is talentsync-resources on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
