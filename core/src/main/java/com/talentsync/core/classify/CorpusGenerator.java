package com.talentsync.core.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Composes synthetic training resumes from the {@link Corpus}, deterministically for a seed.
 *
 * <p>Real resumes mix a category's own vocabulary with words every resume has (education,
 * personal details, soft skills) and with neighbouring fields (a Java developer lists SQL and
 * HTML; a DevOps engineer lists Python). The generator imitates that mix on purpose: shared
 * parts teach the regression to ignore them, borrowed parts teach it that one foreign skill does
 * not change the category. Section order, list styles and lengths vary so that no layout
 * becomes a signal; some documents are short (a title and a few skills) like pasted snippets.
 */
final class CorpusGenerator {

    private static final String[] BULLETS = {"- ", "* ", "\u2022 ", "\u00e2\u0080\u00a2 ", "", "> ", "o "};
    private static final String[] JOINERS = {", ", " | ", " / ", "; ", "\n"};

    /** Share of duties and skills taken from related categories when a category file does not say. */
    static final double DEFAULT_BORROW = 0.12;

    private final Corpus corpus;
    private final Random random;
    /** Added to every category's borrowed share: more than zero makes harder documents. */
    private final double extraBorrow;
    // Per-document choices, set at the start of each document: a generator is single-threaded.
    private double borrow;
    private String bullet;

    CorpusGenerator(Corpus corpus, long seed, double extraBorrow) {
        this.corpus = corpus;
        this.random = new Random(seed);
        this.extraBorrow = extraBorrow;
    }

    /** {@code perCategory} documents for every category, categories in corpus order. */
    List<LabeledText> generate(int perCategory) {
        List<LabeledText> documents = new ArrayList<>(perCategory * corpus.categories().size());
        for (Corpus.Category category : corpus.categories()) {
            for (int i = 0; i < perCategory; i++) {
                documents.add(new LabeledText(category.label(), document(category)));
            }
        }
        return documents;
    }

    /** One resume of {@code whole}'s category, written as one person of one of its strands. */
    String document(Corpus.Category whole) {
        Corpus.Category category = whole.strands().isEmpty() ? whole : whole.strand(pick(whole.strands()));
        borrow = (Double.isNaN(whole.borrow()) ? DEFAULT_BORROW : whole.borrow()) + extraBorrow;
        bullet = pick(BULLETS);
        StringBuilder doc = new StringBuilder(2048);
        if (random.nextDouble() < 0.15) {
            shortDocument(category, doc);
            return doc.toString();
        }
        if (chance(0.7)) {
            line(doc, fill(category, pick(category.section("titles"))));
        }
        if (chance(0.35)) {
            line(doc, pick(corpus.common("cities")));
        }
        if (chance(0.75)) {
            summary(category, doc);
        }
        List<Runnable> middle = new ArrayList<>();
        if (chance(0.9)) middle.add(() -> skills(category, doc));
        if (chance(0.85)) middle.add(() -> experience(category, doc));
        if (chance(0.5)) middle.add(() -> projects(category, doc));
        if (chance(0.8)) middle.add(() -> education(category, doc));
        if (chance(0.35)) middle.add(() -> certifications(category, doc));
        // Skills usually come early; the rest in any order.
        for (int i = middle.size() - 1; i > 1; i--) {
            Collections.swap(middle, i, 1 + random.nextInt(i));
        }
        middle.forEach(Runnable::run);
        if (chance(0.3)) {
            header(doc, "achievement_headers");
            for (String achievement : sample(corpus.common("achievements"), 1, 3)) {
                line(doc, bullet + achievement);
            }
        }
        if (chance(0.3)) {
            header(doc, "personal_headers");
            for (String personal : sample(corpus.common("personal"), 2, 5)) {
                line(doc, fill(category, personal));
            }
        }
        if (chance(0.2)) {
            line(doc, pick(corpus.common("hobby_headers")) + ": " + String.join(", ", sample(corpus.common("hobbies"), 2, 4)));
        }
        if (chance(0.25)) {
            line(doc, fill(category, pick(corpus.common("declaration"))));
        }
        return doc.toString();
    }

    private void shortDocument(Corpus.Category category, StringBuilder doc) {
        line(doc, fill(category, pick(category.section("titles"))));
        line(doc, String.join(pick(JOINERS), sample(category.section("skills"), 3, 8)));
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            line(doc, bullet + fill(category, pick(category.section("duties"))));
        }
    }

    private void summary(Corpus.Category category, StringBuilder doc) {
        if (chance(0.6)) {
            header(doc, "summary_headers");
        }
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<String> source = chance(0.6) && !category.section("summary").isEmpty()
                    ? category.section("summary") : corpus.common("summary");
            paragraph.append(fill(category, pick(source))).append(' ');
        }
        line(doc, paragraph.toString().strip());
    }

    private void skills(Corpus.Category category, StringBuilder doc) {
        header(doc, "skill_headers");
        List<String> skills = new ArrayList<>(sample(category.section("skills"), 4, 18));
        for (int i = 0, n = random.nextInt(4); i < n && chance(Math.min(1, borrow * 4)); i++) {
            skills.add(pick(related(category).section("skills")));
        }
        if (chance(0.4)) {
            skills.addAll(sample(corpus.common("soft_skills"), 1, 4));
        }
        Collections.shuffle(skills, random);
        if (chance(0.3)) {
            for (String skill : skills) {
                line(doc, bullet + skill + (chance(0.5) ? " (" + (1 + random.nextInt(8)) + " years)" : ""));
            }
        } else {
            line(doc, String.join(pick(JOINERS), skills));
        }
    }

    private void experience(Corpus.Category category, StringBuilder doc) {
        header(doc, "experience_headers");
        for (int job = 0, jobs = 1 + random.nextInt(3); job < jobs; job++) {
            int from = 2005 + random.nextInt(18);
            String until = chance(0.3) && job == 0 ? "Present" : String.valueOf(from + 1 + random.nextInt(4));
            line(doc, fill(category, pick(category.section("titles"))) + pick(JOINERS).replace("\n", " - ")
                    + pick(corpus.common("companies")) + ", " + pick(corpus.common("cities")) + " ("
                    + pick(corpus.common("months")) + " " + from + " to " + until + ")");
            for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
                line(doc, bullet + duty(category));
            }
        }
    }

    private String duty(Corpus.Category category) {
        double roll = random.nextDouble();
        if (roll < borrow) {
            Corpus.Category other = related(category);
            return fill(other, pick(other.section("duties")));
        }
        if (roll < borrow + 0.1) {
            return fill(category, pick(corpus.common("generic_duties")));
        }
        return fill(category, pick(category.section("duties")));
    }

    private void projects(Corpus.Category category, StringBuilder doc) {
        if (category.section("projects").isEmpty()) {
            return;
        }
        header(doc, "project_headers");
        for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
            line(doc, pick(corpus.common("project_labels")) + ": " + fill(category, pick(category.section("projects"))));
            if (chance(0.6)) {
                line(doc, pick(corpus.common("environment_labels")) + ": "
                        + String.join(", ", sample(category.section("skills"), 2, 6)));
            }
            for (int i = 0, d = 1 + random.nextInt(3); i < d; i++) {
                line(doc, bullet + fill(category, pick(category.section("duties"))));
            }
        }
    }

    private void education(Corpus.Category category, StringBuilder doc) {
        header(doc, "education_headers");
        List<String> degrees = chance(0.7) && !category.section("education").isEmpty()
                ? category.section("education") : corpus.common("degrees");
        line(doc, bullet + pick(degrees) + ", " + pick(corpus.common("universities")) + ", " + (2000 + random.nextInt(23)));
        if (chance(0.4)) {
            line(doc, bullet + pick(corpus.common("school")) + ", " + (1995 + random.nextInt(23)));
        }
    }

    private void certifications(Corpus.Category category, StringBuilder doc) {
        if (category.section("certifications").isEmpty()) {
            return;
        }
        header(doc, "certification_headers");
        for (String certificate : sample(category.section("certifications"), 1, 3)) {
            line(doc, bullet + certificate);
        }
    }

    private Corpus.Category related(Corpus.Category category) {
        List<String> related = category.related();
        if (related.isEmpty()) {
            return corpus.categories().get(random.nextInt(corpus.categories().size()));
        }
        // "Testing@software" borrows from one strand of a category only.
        String[] named = pick(related).split("@", 2);
        Corpus.Category other = corpus.category(named[0]);
        if (named.length == 2) {
            return other.strand(named[1]);
        }
        return other.strands().isEmpty() ? other : other.strand(pick(other.strands()));
    }

    /** Replaces the placeholders a template may hold with picks from the corpus. */
    private String fill(Corpus.Category category, String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            out.append(value(category, template.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(Corpus.Category category, String placeholder) {
        return switch (placeholder) {
            case "title" -> pick(category.section("titles"));
            case "skill" -> pick(category.section("skills"));
            case "years" -> String.valueOf(1 + random.nextInt(14));
            case "n" -> String.valueOf(2 + random.nextInt(40));
            case "domain" -> pick(corpus.common("domains"));
            case "city" -> pick(corpus.common("cities"));
            case "company" -> pick(corpus.common("companies"));
            case "language" -> pick(corpus.common("languages"));
            default -> throw new IllegalStateException("unknown corpus placeholder {" + placeholder + "}");
        };
    }

    private void header(StringBuilder doc, String headers) {
        if (chance(0.85)) {
            String header = pick(corpus.common(headers));
            line(doc, chance(0.3) ? header.toUpperCase(Locale.ROOT) : header);
        }
    }

    private static void line(StringBuilder doc, String text) {
        doc.append(text).append('\n');
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        if (options.isEmpty()) {
            return "";
        }
        return options.get(random.nextInt(options.size()));
    }

    /** Between {@code min} and {@code max} distinct entries (fewer if the list is shorter), in random order. */
    private List<String> sample(List<String> options, int min, int max) {
        List<String> copy = new ArrayList<>(options);
        Collections.shuffle(copy, random);
        int n = Math.min(copy.size(), min + random.nextInt(max - min + 1));
        return copy.subList(0, n);
    }
}
