package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The title-and-seniority part. The title: the share of the ad title's words (stemmed, without
 * seniority words, with synonyms such as developer/engineer) found in one of the resume's job
 * titles or its headline. The seniority: the ad's level against the resume's latest title, or
 * its years when the title has no level word.
 *
 * <p>Words every trade uses in titles ("engineer", "executive", "manager") count for
 * {@link #GENERIC_WORD_SHARE} of a word that names the trade ("sales", "civil", "java"): a
 * "Sales Manager" is nearer a "Sales Executive" than an "Operations Manager" is.
 *
 * <p>Title counts {@link #TITLE_SHARE} and seniority the rest; either is left out when it
 * cannot be read, and the part is left out when neither can.
 */
final class TitleFit {

    static final String NAME = "titleSeniority";
    static final double TITLE_SHARE = 0.7;
    static final double GENERIC_WORD_SHARE = 0.4;
    /** Head words of titles in any trade; stems, as {@link Stemmer} makes them. */
    private static final Set<String> GENERIC_WORDS = stems("engineer", "developer", "executive", "manager",
            "officer", "specialist", "analyst", "consultant", "associate", "assistant", "administrator",
            "coordinator", "technician", "professional", "expert", "representative", "designer", "architect",
            "programmer", "head", "director", "supervisor", "staff", "member", "worker", "intern");
    /** Lines at the top of a resume that may be its headline ("Senior Java Developer"). */
    private static final int HEADLINE_LINES = 8;
    private static final int MAX_HEADLINE_WORDS = 8;
    private static final Set<String> LEVEL_WORDS = Set.of("senior", "sr", "junior", "jr", "lead", "principal",
            "staff", "intern", "trainee", "associate", "mid", "level", "entry", "head", "chief", "graduate", "i", "ii", "iii");

    /** What a title comparison found, for the explanation and the title suggestion. */
    record Outcome(MatchComponent component, String bestTitle, int bestLine, double titleOverlap) {}

    private TitleFit() {}

    static Outcome score(JobDescription ad, ResumeEvidence resume, double weight) {
        Set<String> wanted = coreStems(ad.title());
        String bestTitle = "";
        int bestLine = -1;
        double overlap = 0;
        if (!wanted.isEmpty()) {
            for (Candidate c : candidates(resume)) {
                double o = overlap(wanted, coreStems(c.text()));
                if (o > overlap) {
                    overlap = o;
                    bestTitle = c.text();
                    bestLine = c.line();
                }
            }
        }
        Seniority asked = ad.seniority();
        Seniority held = resumeSeniority(resume);
        boolean judgeTitle = !wanted.isEmpty();
        boolean judgeLevel = asked != Seniority.UNKNOWN && held != Seniority.UNKNOWN;
        if (!judgeTitle && !judgeLevel) {
            return new Outcome(new MatchComponent(NAME, 0, 0,
                    "The ad gives no title and no level to compare with; this part is left out."), "", -1, 0);
        }
        double levelFit = judgeLevel ? levelFit(asked, held) : 0;
        double value = judgeTitle && judgeLevel ? TITLE_SHARE * overlap + (1 - TITLE_SHARE) * levelFit
                : judgeTitle ? overlap : levelFit;
        StringBuilder why = new StringBuilder();
        if (judgeTitle) {
            why.append(bestTitle.isEmpty()
                    ? "No title in the resume shares words with \"" + ad.title() + "\""
                    : "Closest title \"" + bestTitle + "\" covers " + Math.round(100 * overlap) + "% of \""
                            + ad.title() + "\"");
        }
        if (judgeLevel) {
            why.append(why.isEmpty() ? "" : "; ").append("the ad is ").append(level(asked))
                    .append(" and the resume reads as ").append(level(held));
        } else if (asked != Seniority.UNKNOWN) {
            why.append("; the resume's level could not be read");
        }
        return new Outcome(new MatchComponent(NAME, (int) Math.round(100 * value), weight, why.append('.').toString()),
                bestTitle, bestLine, overlap);
    }

    private record Candidate(String text, int line) {}

    /** Job titles first (latest first), then short lines at the top that may be a headline. */
    private static List<Candidate> candidates(ResumeEvidence resume) {
        List<Candidate> out = new ArrayList<>();
        for (ResumeEvidence.Job job : resume.jobs) {
            if (!job.title().isBlank()) {
                out.add(new Candidate(job.title().strip(), job.line()));
            }
        }
        int seen = 0;
        for (int i = 0; i < resume.lines.size() && seen < HEADLINE_LINES; i++) {
            String line = resume.lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.split("\\s+").length <= MAX_HEADLINE_WORDS) {
                out.add(new Candidate(line, i));
            }
        }
        return out;
    }

    /** Stems of the title's content words, without level words, each widened by its synonyms. */
    static Set<String> coreStems(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : Terms.words(title)) {
            if (Terms.isContent(word) && !LEVEL_WORDS.contains(word)) {
                out.add(Stemmer.stem(word));
            }
        }
        return out;
    }

    /** Weighted share of the wanted stems found, a synonym counting for the word it stands for. */
    private static double overlap(Set<String> wanted, Set<String> have) {
        double hits = 0;
        double total = 0;
        for (String stem : wanted) {
            double w = GENERIC_WORDS.contains(stem) ? GENERIC_WORD_SHARE : 1;
            total += w;
            if (have.contains(stem) || Synonyms.inTitles(stem).stream().anyMatch(have::contains)) {
                hits += w;
            }
        }
        return hits / total;
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String word : words) {
            out.add(Stemmer.stem(word));
        }
        return Set.copyOf(out);
    }

    static Seniority resumeSeniority(ResumeEvidence resume) {
        int months = resume.facts.totalExperienceMonths();
        OptionalInt years = months > 0 ? OptionalInt.of(months / 12) : OptionalInt.empty();
        String latest = resume.jobs.isEmpty() ? "" : resume.jobs.get(0).title();
        return Seniorities.of(latest, years);
    }

    /** 1 for the same level, less per step apart; a manager and a lead are one step apart. */
    private static double levelFit(Seniority asked, Seniority held) {
        int gap = Math.abs(rank(asked) - rank(held));
        return switch (gap) {
            case 0 -> 1.0;
            case 1 -> 0.7;
            case 2 -> 0.4;
            default -> 0.1;
        };
    }

    private static int rank(Seniority s) {
        return switch (s) {
            case INTERN -> 0;
            case JUNIOR -> 1;
            case MID -> 2;
            case SENIOR -> 3;
            case LEAD, MANAGER -> 4;
            case PRINCIPAL -> 5;
            case UNKNOWN -> 2;
        };
    }

    private static String level(Seniority s) {
        return switch (s) {
            case INTERN -> "intern level";
            case JUNIOR -> "junior";
            case MID -> "mid-level";
            case SENIOR -> "senior";
            case LEAD -> "lead";
            case PRINCIPAL -> "principal";
            case MANAGER -> "manager level";
            case UNKNOWN -> "unknown";
        };
    }
}
