package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keywords part: how much of the ad's weighted vocabulary the resume uses, compared by stem
 * ("managed" meets "management", "databases" meets "database").
 *
 * <p>Presence counts, not frequency: a word said fifty times earns what it earns once, so
 * repeating the ad's words cannot raise this part. A word from the same synonym group
 * ("clients" for "customers") earns {@link #SYNONYM_CREDIT} of the ad word's weight.
 *
 * <p>Calibration: even a resume written for the job uses only part of an ad's words (ads are
 * full of words about the company and the team), so coverage of {@link #FULL_COVERAGE} of the
 * weight counts as 100 and the score is linear below it.
 */
final class KeywordFit {

    static final String NAME = "keywords";
    static final double SYNONYM_CREDIT = 0.5;
    static final double FULL_COVERAGE = 0.7;
    static final int MAX_MISSING = 15;
    private static final int MAX_NAMED = 5;

    /** A keyword the resume says in other words: the ad's word and its weight, the resume's word, its line. */
    record SynonymUse(String adWord, double weight, String resumeWord, int line) {}

    record Outcome(MatchComponent component, List<String> missing, List<SynonymUse> synonyms) {}

    private KeywordFit() {}

    static Outcome score(JobDescription ad, ResumeEvidence resume, double weight) {
        List<WeightedKeyword> keywords = ad.keywords();
        if (keywords.isEmpty()) {
            return new Outcome(new MatchComponent(NAME, 0, 0, "The ad has no content words to compare; this part is left out."),
                    List.of(), List.of());
        }
        Set<String> skillWords = new HashSet<>();
        ad.requiredSkills().forEach(s -> skillWords.addAll(Terms.contentStems(s)));
        ad.preferredSkills().forEach(s -> skillWords.addAll(Terms.contentStems(s)));
        double total = 0;
        double earned = 0;
        int used = 0;
        List<String> missing = new ArrayList<>();
        List<SynonymUse> synonyms = new ArrayList<>();
        for (WeightedKeyword keyword : keywords) {
            total += keyword.weight();
            if (resume.stems.containsKey(keyword.stem())) {
                earned += keyword.weight();
                used++;
                continue;
            }
            String synonym = firstSynonymUsed(keyword.stem(), resume);
            if (synonym != null) {
                earned += SYNONYM_CREDIT * keyword.weight();
                synonyms.add(new SynonymUse(keyword.display(), keyword.weight(), resume.spellings.get(synonym),
                        resume.stems.get(synonym)));
            } else if (!skillWords.contains(keyword.stem()) && missing.size() < MAX_MISSING) {
                missing.add(keyword.display()); // the ad's skills are listed as skills, not again here
            }
        }
        double coverage = earned / total;
        int score = (int) Math.round(100 * Math.min(1, coverage / FULL_COVERAGE));
        StringBuilder why = new StringBuilder()
                .append("Uses ").append(used).append(" of the ad's ").append(keywords.size())
                .append(" key terms (").append(Math.round(100 * coverage)).append("% of their weight");
        if (!synonyms.isEmpty()) {
            why.append(", plus ").append(synonyms.size()).append(" in other words");
        }
        why.append(')');
        if (!missing.isEmpty()) {
            why.append("; missing ").append(String.join(", ", missing.subList(0, Math.min(MAX_NAMED, missing.size()))));
        }
        return new Outcome(new MatchComponent(NAME, score, weight, why.append('.').toString()), missing, synonyms);
    }

    private static String firstSynonymUsed(String stem, ResumeEvidence resume) {
        for (String synonym : Synonyms.of(stem)) {
            if (resume.stems.containsKey(synonym)) {
                return synonym;
            }
        }
        return null;
    }
}
