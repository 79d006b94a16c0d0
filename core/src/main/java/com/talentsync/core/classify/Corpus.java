package com.talentsync.core.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job-category corpus the project writes in {@code resources/.../talentsync/classify/}: per
 * category a vocabulary and phrase templates (titles, skills, duties, projects, certificates,
 * degrees), plus {@code common.txt} with resume parts every category shares. The
 * {@link CorpusGenerator} composes training resumes from it.
 *
 * <p>File format: {@code #} starts a comment line; {@code label:} and {@code related:} headers;
 * {@code [section]} lines; every other non-blank line is one entry of the current section.
 * {@code index.txt} names the files, so the set is readable from a jar (which cannot be listed).
 */
final class Corpus {

    static final String RESOURCE_FOLDER = "talentsync/classify/";
    static final String COMMON_FILE = "common.txt";

    /** Where corpus files come from: the classpath for the shipped corpus, a folder in tests. */
    interface Source {
        byte[] read(String fileName) throws IOException;

        static Source classpath() {
            return fileName -> {
                try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName)) {
                    if (in == null) {
                        throw new IOException("missing corpus resource " + RESOURCE_FOLDER + fileName);
                    }
                    return in.readAllBytes();
                }
            };
        }

        static Source folder(Path folder) {
            return fileName -> Files.readAllBytes(folder.resolve(fileName));
        }
    }

    /**
     * One category file: its label; the categories its resumes borrow words from (a name listed
     * twice is picked twice as often, {@code Label@strand} names one strand); the share of duties and skills borrowed from them, if the
     * file says (else the generator's default, NaN here); its strands; its sections.
     */
    record Category(String label, List<String> related, double borrow, List<String> strands,
            Map<String, List<String>> sections) {
        List<String> section(String name) {
            return sections.getOrDefault(name, List.of());
        }

        /** The category as seen by one strand: its {@code name@strand} entries join the shared {@code name} ones. */
        Category strand(String strand) {
            Map<String, List<String>> resolved = new LinkedHashMap<>();
            sections.forEach((name, lines) -> {
                int at = name.indexOf('@');
                if (at < 0) {
                    resolved.computeIfAbsent(name, k -> new ArrayList<>()).addAll(lines);
                } else if (name.substring(at + 1).equals(strand)) {
                    resolved.computeIfAbsent(name.substring(0, at), k -> new ArrayList<>()).addAll(lines);
                }
            });
            return new Category(label, related, borrow, List.of(), resolved);
        }
    }

    private final Map<String, List<String>> common;
    private final List<Category> categories;
    private final String sha256;

    private Corpus(Map<String, List<String>> common, List<Category> categories, String sha256) {
        this.common = common;
        this.categories = categories;
        this.sha256 = sha256;
    }

    /** Reads {@code index.txt} and every file it names; the hash covers all their bytes in index order. */
    static Corpus load(Source source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] index = source.read("index.txt");
            digest.update(index);
            Map<String, List<String>> common = Map.of();
            List<Category> categories = new ArrayList<>();
            for (String fileName : entries(new String(index, StandardCharsets.UTF_8))) {
                byte[] bytes = source.read(fileName);
                digest.update(fileName.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                Category parsed = parse(fileName, new String(bytes, StandardCharsets.UTF_8));
                if (fileName.equals(COMMON_FILE)) {
                    common = parsed.sections();
                } else {
                    categories.add(parsed);
                }
            }
            if (categories.size() < 2) {
                throw new IllegalStateException("the classifier corpus needs at least two categories");
            }
            return new Corpus(common, List.copyOf(categories), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier corpus", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Category> categories() {
        return categories;
    }

    List<String> common(String section) {
        return common.getOrDefault(section, List.of());
    }

    Category category(String label) {
        for (Category category : categories) {
            if (category.label().equals(label)) {
                return category;
            }
        }
        throw new IllegalArgumentException("no corpus category " + label);
    }

    /** SHA-256 of the corpus files: part of the cached model's key, so an edited corpus retrains. */
    String sha256() {
        return sha256;
    }

    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                entries.add(trimmed);
            }
        }
        return entries;
    }

    private static Category parse(String fileName, String text) {
        String label = null;
        List<String> related = List.of();
        List<String> strands = List.of();
        double borrow = Double.NaN;
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : entries(text)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null && line.startsWith("label:")) {
                label = line.substring("label:".length()).strip();
            } else if (current == null && line.startsWith("related:")) {
                related = List.of(line.substring("related:".length()).strip().split("\\s*,\\s*"));
            } else if (current == null && line.startsWith("borrow:")) {
                borrow = Double.parseDouble(line.substring("borrow:".length()).strip());
            } else if (current == null && line.startsWith("strands:")) {
                strands = List.of(line.substring("strands:".length()).strip().split("\\s*,\\s*"));
            } else if (current == null) {
                throw new IllegalStateException(fileName + ": text before the first [section]: " + line);
            } else {
                current.add(line);
            }
        }
        if (label == null && !fileName.equals(COMMON_FILE)) {
            throw new IllegalStateException(fileName + ": no 'label:' line");
        }
        sections.replaceAll((name, lines) -> List.copyOf(lines));
        return new Category(label == null ? "" : label, related, borrow, strands, sections);
    }
}
