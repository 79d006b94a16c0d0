package com.talentsync.core.match;

import com.talentsync.core.embed.TextEmbedder;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The semantic part: how close, in meaning, the resume's experience is to the ad's duties,
 * with sentence embeddings, so "built payment APIs" meets "develop REST services for billing"
 * without a shared word.
 *
 * <p>Each duty is compared with a few chunks of the resume (the summary, the jobs, the
 * projects) and keeps its best match; the part's raw value is the mean of those bests over the
 * duties. Chunks are capped in number and length so a resume costs a bounded number of
 * embeddings whatever its size (screening a thousand resumes depends on it).
 *
 * <p>Calibration: with all-MiniLM-L6-v2, a duty and an unrelated resume chunk score about
 * {@link #FLOOR} in cosine, and a chunk written about that very duty about {@link #FULL}; the
 * mean is mapped linearly from that range onto 0-100 and clamped.
 */
final class SemanticFit {

    static final String NAME = "semanticFit";
    static final int MAX_CHUNKS = 2;
    static final int CHUNK_WORDS = 45;
    static final int MIN_CHUNK_WORDS = 6;
    static final int MAX_DUTIES = 12;
    static final int DUTY_WORDS = 40;
    static final int MIN_DUTY_WORDS = 4;
    static final double FLOOR = 0.15;
    static final double FULL = 0.50;
    static final double ROLE_SHARE = 0.3;
    /** Scores from which the explanation calls the resume close, and under which it says little is. */
    private static final int HIGH = 70;
    private static final int LOW = 35;

    /** A piece of the resume compared with the duties, and where it comes from, for explanations. */
    record Chunk(String label, String text) {}

    private SemanticFit() {}

    /** The sentences an ad is compared on: its duties, or when it lists none, its content sentences. */
    static List<String> duties(JobDescription ad, String adText) {
        Set<String> out = new LinkedHashSet<>();
        for (String duty : ad.responsibilities()) {
            addDuty(out, duty);
        }
        if (out.isEmpty()) {
            for (String line : adText.split("\\R")) {
                String body = line.replaceAll("^\\s*(?:[-*•·▪◦‣–—+>]|\\d{1,2}[.)])\\s+", "").strip();
                if (body.equals(ad.title())) {
                    continue;
                }
                for (String sentence : body.split("(?<=[.;!?])\\s+")) {
                    addDuty(out, sentence);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void addDuty(Set<String> out, String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        if (out.size() < MAX_DUTIES && words.size() >= MIN_DUTY_WORDS) {
            out.add(String.join(" ", words.subList(0, Math.min(DUTY_WORDS, words.size()))));
        }
    }

    /** Sections read after the summary and the jobs, most telling first; others are never read. */
    private static final List<SectionKind> LATER_SECTIONS = List.of(SectionKind.PROJECTS, SectionKind.SKILLS,
            SectionKind.OTHER, SectionKind.POSITIONS_OF_RESPONSIBILITY, SectionKind.ACHIEVEMENTS,
            SectionKind.VOLUNTEERING, SectionKind.PUBLICATIONS);

    /**
     * The resume's chunks, most telling first: the summary, the jobs (title with their lines),
     * then one chunk from each other section that describes work (projects, skills, untitled
     * text), never contact details or schooling; with no sections at all, the text from the top.
     */
    static List<Chunk> chunks(ResumeEvidence resume) {
        List<Chunk> out = new ArrayList<>();
        resume.section(SectionKind.SUMMARY).ifPresent(s -> add(out, "summary", resume.body(s)));
        for (ResumeEvidence.Job job : resume.jobs) {
            int last = job.lines().isEmpty() ? job.line() + 1 : job.lines().get(job.lines().size() - 1) + 1;
            String text = job.title() + "\n" + resume.text(job.line() + 1, last);
            add(out, job.company().isBlank() ? "job '" + job.name() + "'" : job.name() + " job", text);
        }
        List<SectionKind> later = new ArrayList<>(LATER_SECTIONS);
        if (resume.jobs.isEmpty()) {
            later.add(0, SectionKind.EXPERIENCE); // jobs the extractor could not date are still work
        }
        for (SectionKind kind : later) {
            for (Section s : resume.facts.sections()) {
                if (s.kind() == kind) {
                    add(out, label(s), resume.body(s));
                }
            }
        }
        if (resume.facts.sections().isEmpty()) {
            add(out, "resume text", resume.text(0, resume.lines.size()));
        }
        return List.copyOf(out);
    }

    private static String label(Section s) {
        return switch (s.kind()) {
            case EXPERIENCE -> "experience section";
            case PROJECTS -> "projects section";
            case SKILLS -> "skills section";
            case OTHER -> s.heading().isBlank() ? "untitled text" : "\"" + s.heading().strip() + "\" section";
            default -> s.heading().isBlank() ? s.kind().name().toLowerCase(Locale.ROOT) : s.heading().strip();
        };
    }

    private static void add(List<Chunk> out, String label, String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < MIN_CHUNK_WORDS || out.size() >= MAX_CHUNKS) {
            return;
        }
        String capped = String.join(" ", List.of(words).subList(0, Math.min(CHUNK_WORDS, words.length)));
        if (out.stream().noneMatch(c -> c.text().equals(capped))) {
            out.add(new Chunk(label, capped));
        }
    }

    /**
     * @param role        the ad's title, or "" when it has none: the one line that says what the
     *                    whole job is, compared with every chunk like a duty, and weighing
     *                    {@link #ROLE_SHARE} of the part
     * @param roleVector  its embedding (ignored when {@code role} is blank)
     */
    static MatchComponent score(String role, float[] roleVector, List<String> duties, List<float[]> dutyVectors,
                                ResumeEvidence resume, TextEmbedder embedder, double weight) {
        boolean hasRole = !role.isBlank();
        if (duties.isEmpty() && !hasRole) {
            return new MatchComponent(NAME, 0, 0, "The ad has no title, duties or sentences to compare with; this part is left out.");
        }
        List<Chunk> chunks = chunks(resume);
        if (chunks.isEmpty()) {
            return new MatchComponent(NAME, 0, weight, "The resume has too little text to compare with the ad.");
        }
        List<float[]> vectors = embedder.embedAll(chunks.stream().map(Chunk::text).toList());
        Best roleBest = hasRole ? best(roleVector, vectors) : null;
        double sum = 0;
        int bestDuty = -1;
        int worstDuty = -1;
        Best top = null;
        Best bottom = null;
        for (int d = 0; d < duties.size(); d++) {
            Best b = best(dutyVectors.get(d), vectors);
            sum += b.similarity();
            if (top == null || b.similarity() > top.similarity()) {
                top = b;
                bestDuty = d;
            }
            if (bottom == null || b.similarity() < bottom.similarity()) {
                bottom = b;
                worstDuty = d;
            }
        }
        double raw = duties.isEmpty() ? roleBest.similarity()
                : !hasRole ? sum / duties.size()
                : ROLE_SHARE * roleBest.similarity() + (1 - ROLE_SHARE) * sum / duties.size();
        int score = (int) Math.round(100 * Math.max(0, Math.min(1, (raw - FLOOR) / (FULL - FLOOR))));
        StringBuilder why = new StringBuilder();
        if (score < LOW) {
            why.append("Little of the resume is close in meaning to the ad");
            if (!duties.isEmpty()) {
                why.append("; the nearest duty is \"").append(shorten(duties.get(bestDuty))).append('"');
                if (duties.size() > 1) {
                    why.append(", the furthest \"").append(shorten(duties.get(worstDuty))).append('"');
                }
            }
        } else {
            why.append(score >= HIGH ? "Close in meaning to the ad" : "Partly close in meaning to the ad");
            if (hasRole) {
                why.append(": your ").append(chunks.get(roleBest.chunk()).label()).append(" reads most like the role \"")
                        .append(shorten(role)).append('"');
            }
            if (!duties.isEmpty()) {
                why.append(hasRole ? "; " : ": ").append("best covered duty \"").append(shorten(duties.get(bestDuty)))
                        .append("\" (your ").append(chunks.get(top.chunk()).label()).append(')');
                if (duties.size() > 1) {
                    why.append(", least covered \"").append(shorten(duties.get(worstDuty))).append('"');
                }
            }
        }
        return new MatchComponent(NAME, score, weight, why.append('.').toString());
    }

    private record Best(double similarity, int chunk) {}

    private static Best best(float[] target, List<float[]> vectors) {
        double best = -1;
        int at = 0;
        for (int c = 0; c < vectors.size(); c++) {
            double sim = TextEmbedder.cosine(target, vectors.get(c));
            if (sim > best) {
                best = sim;
                at = c;
            }
        }
        return new Best(best, at);
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, text.lastIndexOf(' ', 67) > 0 ? text.lastIndexOf(' ', 67) : 67) + "...";
    }
}
