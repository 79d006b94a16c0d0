package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeExtractor;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync eval extract FILE [--json]}: measures field extraction against a file in
 * the DataTurks "Entity Recognition in Resumes" format (JSON Lines, one
 * {@code {"content": ..., "annotation": [{"label": [...], "points": [{"start", "end", "text"}]}]}}
 * per line; a JSON array of the same objects is read too).
 *
 * <p>Fields: name, degree, college, companies, designation (from the resume extractor) and
 * skills (from the skill finder given to the constructor). Annotated values are the spans'
 * {@code text}; the offsets are not used because about 6% of them do not point at that text.
 *
 * <p>Matching, per document and field: values are normalised (Unicode NFKC, lower case, every
 * run of non-letters and non-digits becomes one space) and de-duplicated. A predicted value
 * matches an annotated one when the words of one appear as a contiguous run in the other
 * ("b tech" inside "b tech in electronics"), or when their word sets overlap with a Jaccard
 * index of at least 0.5. Precision is the share of predicted values that match some
 * annotated value, recall the share of annotated values matched by some predicted value, both
 * summed over all documents (micro average); F1 is their harmonic mean. With nothing
 * predicted (or nothing annotated) precision (or recall) is reported as 0.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score field extraction (name, degree, college, companies, designation, skills) "
                + "against a DataTurks-format annotated file.")
public final class EvalExtractCommand implements Callable<Integer> {

    /** Report fields and the DataTurks labels they are scored against. */
    static final Map<String, String> LABELS = labels();

    private static final double MIN_JACCARD = 0.5;

    @Parameters(paramLabel = "FILE", description = "DataTurks JSON Lines file, e.g. testdata.json.")
    private Path file;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final ResumeExtractor extractor;
    private final Function<String, List<String>> skillFinder;
    private final String skillSource;

    /** Tests only: the rule-based extractor and no skill finder (skills then score 0). */
    public EvalExtractCommand() {
        this(new RuleBasedResumeExtractor(), text -> List.of(), "none (no skill finder was given)");
    }

    /**
     * @param skillFinder the skills found in a resume's text (the app passes its taxonomy finder)
     * @param skillSource what the skills come from, printed in the report
     */
    public EvalExtractCommand(Function<String, List<String>> skillFinder, String skillSource) {
        this(new RuleBasedResumeExtractor(), skillFinder, skillSource);
    }

    public EvalExtractCommand(ResumeExtractor extractor, Function<String, List<String>> skillFinder, String skillSource) {
        this.extractor = extractor;
        this.skillFinder = skillFinder;
        this.skillSource = skillSource;
    }

    /** Scores for one field; counts are of distinct normalised values, summed over documents. */
    public record FieldScore(double precision, double recall, double f1, int predicted, int annotated,
            int predictedMatched, int annotatedMatched) {}

    /** The JSON contract of {@code eval extract --json}. */
    public record Report(String file, int documents, int skippedLines, String skillSource, String matching,
            Map<String, FieldScore> fields, double millisPerResume) {}

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        List<JsonNode> documents;
        int[] skipped = {0};
        try {
            documents = read(file, skipped);
        } catch (IOException problem) {
            err.println("talentsync: cannot read " + file + ": " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        if (documents.isEmpty()) {
            err.println("talentsync: no DataTurks documents in " + file);
            return ExitCodes.INPUT;
        }
        if (skipped[0] > 0) {
            err.println("talentsync: skipped " + skipped[0] + " line(s) of " + file + " that are not DataTurks documents");
        }
        Report report = evaluate(file.getFileName().toString(), documents, skipped[0]);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.pretty(report) + System.lineSeparator() : text(report));
        out.flush();
        return ExitCodes.OK;
    }

    Report evaluate(String name, List<JsonNode> documents, int skippedLines) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        LABELS.keySet().forEach(field -> counts.put(field, new int[4]));
        LocalDate today = LocalDate.now();
        for (JsonNode document : documents) {
            String content = document.path("content").asText("");
            ResumeFacts facts = extractor.extract(content, today);
            for (Map.Entry<String, String> field : LABELS.entrySet()) {
                List<String> predicted = distinct(predictions(field.getKey(), facts, content));
                List<String> annotated = distinct(annotations(document, field.getValue()));
                add(counts.get(field.getKey()), predicted, annotated);
            }
        }
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        counts.forEach((field, c) -> fields.put(field, score(c)));
        return new Report(name, documents.size(), skippedLines, skillSource, matchingRule(), fields, timePerResume(documents));
    }

    /** Mean extraction time on a second pass, so that class loading and JIT warm-up are left out. */
    private double timePerResume(List<JsonNode> documents) {
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        for (JsonNode document : documents) {
            extractor.extract(document.path("content").asText(""), today);
        }
        return (System.nanoTime() - start) / 1e6 / documents.size();
    }

    private List<String> predictions(String field, ResumeFacts facts, String content) {
        List<String> values = new ArrayList<>();
        switch (field) {
            case "name" -> facts.contact().name().ifPresent(values::add);
            case "degree" -> facts.education().stream().map(EducationEntry::degree).forEach(values::add);
            case "college" -> facts.education().forEach(entry -> entry.institution().ifPresent(values::add));
            case "companies" -> facts.experience().stream().map(ExperienceEntry::company).forEach(values::add);
            case "designation" -> facts.experience().stream().map(ExperienceEntry::title).forEach(values::add);
            case "skills" -> values.addAll(skillFinder.apply(content));
            default -> throw new IllegalArgumentException(field);
        }
        return values;
    }

    /** The annotated texts for a label; a span without text falls back to its (inclusive) offsets. */
    static List<String> annotations(JsonNode document, String label) {
        List<String> values = new ArrayList<>();
        String content = document.path("content").asText("");
        for (JsonNode annotation : document.path("annotation")) {
            JsonNode labels = annotation.path("label");
            boolean wanted = labels.isArray() ? contains(labels, label) : label.equals(labels.asText());
            if (!wanted) {
                continue;
            }
            for (JsonNode point : annotation.path("points")) {
                String text = point.path("text").asText("");
                int start = point.path("start").asInt(-1);
                int end = point.path("end").asInt(-1);
                if (text.isBlank() && start >= 0 && end >= start && end < content.length()) {
                    text = content.substring(start, end + 1);
                }
                values.add(text);
            }
        }
        return values;
    }

    private static boolean contains(JsonNode array, String label) {
        for (JsonNode element : array) {
            if (label.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void add(int[] counts, List<String> predicted, List<String> annotated) {
        counts[0] += predicted.size();
        counts[1] += annotated.size();
        for (String p : predicted) {
            if (annotated.stream().anyMatch(a -> matches(p, a))) {
                counts[2]++;
            }
        }
        for (String a : annotated) {
            if (predicted.stream().anyMatch(p -> matches(p, a))) {
                counts[3]++;
            }
        }
    }

    private static FieldScore score(int[] c) {
        double precision = c[0] == 0 ? 0 : (double) c[2] / c[0];
        double recall = c[1] == 0 ? 0 : (double) c[3] / c[1];
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new FieldScore(precision, recall, f1, c[0], c[1], c[2], c[3]);
    }

    /** Normalised, non-empty, de-duplicated values in first-seen order. */
    static List<String> distinct(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String normal = normalise(value);
            if (!normal.isEmpty() && !out.contains(normal)) {
                out.add(normal);
            }
        }
        return out;
    }

    static String normalise(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The matching rule for two normalised values (see the class comment). */
    static boolean matches(String predicted, String annotated) {
        List<String> p = List.of(predicted.split(" "));
        List<String> a = List.of(annotated.split(" "));
        if (Collections.indexOfSubList(a, p) >= 0 || Collections.indexOfSubList(p, a) >= 0) {
            return true;
        }
        Set<String> union = new HashSet<>(p);
        union.addAll(a);
        long common = p.stream().distinct().filter(a::contains).count();
        return (double) common / union.size() >= MIN_JACCARD;
    }

    private static String matchingRule() {
        return "normalised (NFKC, lower case, punctuation as space), de-duplicated per document; a prediction matches "
                + "an annotation when the words of one are a contiguous run in the other, or word-set Jaccard >= "
                + MIN_JACCARD + "; micro-averaged over documents";
    }

    private static String text(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Extraction evaluation: %s (%d documents%s)%n", report.file(), report.documents(),
                report.skippedLines() > 0 ? ", " + report.skippedLines() + " lines skipped" : ""));
        out.append("Skills from: ").append(report.skillSource()).append(System.lineSeparator());
        out.append("Matching: ").append(report.matching()).append(System.lineSeparator()).append(System.lineSeparator());
        out.append(String.format("%-12s %9s %6s %6s %10s %10s%n", "field", "precision", "recall", "F1", "predicted",
                "annotated"));
        report.fields().forEach((field, s) -> out.append(String.format("%-12s %9.3f %6.3f %6.3f %4d (%4d) %4d (%4d)%n",
                field, s.precision(), s.recall(), s.f1(), s.predicted(), s.predictedMatched(), s.annotated(),
                s.annotatedMatched())));
        out.append(String.format("%n(matched counts in brackets)%nExtraction time: %.2f ms per resume (second pass)%n",
                report.millisPerResume()));
        return out.toString();
    }

    /** JSON Lines, or one JSON array; lines that are not JSON objects with content are counted. */
    static List<JsonNode> read(Path file, int[] skipped) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<JsonNode> documents = new ArrayList<>();
        if (text.stripLeading().startsWith("[")) {
            for (JsonNode node : mapper.readTree(text)) {
                addDocument(documents, node, skipped);
            }
            return documents;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                addDocument(documents, mapper.readTree(line), skipped);
            } catch (JsonProcessingException notJson) {
                skipped[0]++;
            }
        }
        return documents;
    }

    private static void addDocument(List<JsonNode> documents, JsonNode node, int[] skipped) {
        if (node != null && node.path("content").isTextual()) {
            documents.add(node);
        } else {
            skipped[0]++;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "Name");
        labels.put("degree", "Degree");
        labels.put("college", "College Name");
        labels.put("companies", "Companies worked at");
        labels.put("designation", "Designation");
        labels.put("skills", "Skills");
        return Collections.unmodifiableMap(labels);
    }
}
