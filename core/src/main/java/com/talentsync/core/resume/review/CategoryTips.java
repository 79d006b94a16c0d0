package com.talentsync.core.resume.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resume and interview tips per job category, from {@code talentsync/review/tips.tsv} in the
 * resources module (category TAB kind TAB tip). Read once, on first use. A category with no
 * tips of a kind, an unknown category, or none at all gets the "General" tips.
 */
final class CategoryTips {

    static final String RESOURCE = "talentsync/review/tips.tsv";
    static final String GENERAL = "General";

    /** The tips for one category. */
    record Tips(List<String> resume, List<String> interview) {}

    /** Keyed by lower-cased category, so "java developer" finds "Java Developer". */
    private final Map<String, Tips> byCategory;
    /** Category names as written in the file, in file order. */
    private final List<String> names;

    private CategoryTips(Map<String, Tips> byCategory, List<String> names) {
        this.byCategory = byCategory;
        this.names = names;
    }

    private static final class Holder {
        static final CategoryTips INSTANCE = load();
    }

    static CategoryTips get() {
        return Holder.INSTANCE;
    }

    private static CategoryTips load() {
        Map<String, List<String>> resume = new LinkedHashMap<>();
        Map<String, List<String>> interview = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : ReviewLexicon.lines(RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length != 3 || columns[0].isBlank() || columns[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected category<TAB>kind<TAB>tip: " + line);
            }
            String key = key(columns[0]);
            names.putIfAbsent(key, columns[0].strip());
            Map<String, List<String>> target = switch (columns[1].strip()) {
                case "resume" -> resume;
                case "interview" -> interview;
                default -> throw new IllegalStateException(RESOURCE + ": kind must be resume or interview: " + line);
            };
            target.computeIfAbsent(key, k -> new ArrayList<>()).add(columns[2].strip());
        }
        Map<String, Tips> tips = new LinkedHashMap<>();
        for (String key : names.keySet()) {
            tips.put(key, new Tips(List.copyOf(resume.getOrDefault(key, List.of())),
                    List.copyOf(interview.getOrDefault(key, List.of()))));
        }
        if (!tips.containsKey(key(GENERAL))) {
            throw new IllegalStateException(RESOURCE + ": the General tips are missing");
        }
        return new CategoryTips(Map.copyOf(tips), List.copyOf(names.values()));
    }

    /** Tips for the category, each kind falling back to the general tips when it has none. */
    Tips forCategory(Optional<String> category) {
        Tips general = byCategory.get(key(GENERAL));
        Tips specific = category.map(CategoryTips::key).map(byCategory::get).orElse(general);
        return new Tips(specific.resume().isEmpty() ? general.resume() : specific.resume(),
                specific.interview().isEmpty() ? general.interview() : specific.interview());
    }

    /** Categories named in the file, "General" included. */
    List<String> categories() {
        return names;
    }

    boolean has(String category) {
        return byCategory.containsKey(key(category));
    }

    private static String key(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }
}
