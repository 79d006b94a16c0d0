package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two parts an ad states as thresholds: years of experience, and education with
 * certifications. Each is left out (weight 0, and said so) when the ad asks nothing of it.
 */
final class QualificationFit {

    static final String EXPERIENCE = "experience";
    static final String EDUCATION = "education";
    /** More than this many times the years asked is mentioned, never penalised. */
    static final double WELL_ABOVE = 2.0;
    /** A field fit from which all the resume's years count as years in the ad's field. */
    static final double FIELD_FULL = 0.5;
    /** Within education, the degree's share when certifications are asked too. */
    static final double DEGREE_SHARE = 0.7;

    private static final Map<String, List<String>> CERTIFICATIONS = MatchLexicon.load("certifications.txt");

    private QualificationFit() {}

    /**
     * Full marks at or above the years asked, in proportion below, and only for years in the
     * ad's field: {@code fieldFit} (0-1, how well the resume's skills and work match the ad)
     * scales the years, full from {@link #FIELD_FULL} up. Ten years as a civil engineer are not
     * ten years of what a Java ad asks for.
     */
    static MatchComponent experience(JobDescription ad, ResumeEvidence resume, double fieldFit, double weight) {
        if (ad.yearsRequired().isEmpty() || ad.yearsRequired().getAsInt() == 0) {
            return new MatchComponent(EXPERIENCE, 0, 0, "The ad asks for no number of years; this part is left out.");
        }
        int asked = ad.yearsRequired().getAsInt();
        int months = resume.facts.totalExperienceMonths();
        double ratio = months / (12.0 * asked);
        String held = years(months);
        String why;
        if (months == 0) {
            why = "No dated jobs were found in the resume; the ad asks for " + asked + "+ years.";
        } else if (ratio >= WELL_ABOVE) {
            why = held + " of experience, well above the " + asked + " the ad asks for.";
        } else if (ratio >= 1) {
            why = held + " of experience; the ad asks for " + asked + ".";
        } else {
            why = held + " of experience against the " + asked + " the ad asks for.";
        }
        double relevant = Math.min(1, fieldFit / FIELD_FULL);
        if (months > 0 && relevant < 1) {
            why = why.substring(0, why.length() - 1) + (Math.round(100 * relevant) == 0
                    ? "; none of it counts, because the resume's skills and work do not match this ad."
                    : "; counted at " + Math.round(100 * relevant)
                            + "% because the resume's skills and work match this ad only partly.");
        }
        return new MatchComponent(EXPERIENCE, (int) Math.round(100 * Math.min(1, ratio) * relevant), weight, why);
    }

    /**
     * The highest degree against the lowest the ad requires: full at or above, half one level
     * below, a fifth further below; certifications asked are a share found.
     */
    static MatchComponent education(JobDescription ad, ResumeEvidence resume, double weight) {
        EducationLevel asked = ad.educationRequired();
        List<String> certs = ad.certifications();
        if (asked == EducationLevel.NONE && certs.isEmpty()) {
            return new MatchComponent(EDUCATION, 0, 0, "The ad asks for no degree or certification; this part is left out.");
        }
        List<String> parts = new ArrayList<>();
        double degreeFit = 0;
        if (asked != EducationLevel.NONE) {
            EducationLevel held = resume.degree;
            int gap = asked.ordinal() - held.ordinal();
            degreeFit = held == EducationLevel.NONE ? 0 : gap <= 0 ? 1 : gap == 1 ? 0.5 : 0.2;
            parts.add(held == EducationLevel.NONE
                    ? "no degree found; the ad asks for " + name(asked)
                    : name(held) + (gap <= 0 ? " meets" : " is below") + " the " + bare(asked) + " asked");
        }
        double certFit = 0;
        if (!certs.isEmpty()) {
            String text = MatchLexicon.normalise(String.join("\n", resume.lines));
            List<String> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String cert : certs) {
                boolean has = CERTIFICATIONS.getOrDefault(cert, List.of(MatchLexicon.normalise(cert))).stream()
                        .anyMatch(spelling -> MatchLexicon.indexOfPhrase(text, spelling) >= 0);
                (has ? found : missing).add(cert);
            }
            certFit = (double) found.size() / certs.size();
            parts.add(found.size() + " of " + certs.size() + " certifications asked found"
                    + (missing.isEmpty() ? "" : " (missing " + String.join(", ", missing) + ")"));
        }
        double value = asked == EducationLevel.NONE ? certFit
                : certs.isEmpty() ? degreeFit : DEGREE_SHARE * degreeFit + (1 - DEGREE_SHARE) * certFit;
        String why = String.join("; ", parts);
        return new MatchComponent(EDUCATION, (int) Math.round(100 * value), weight,
                Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
    }

    private static String years(int months) {
        int y = months / 12;
        int m = months % 12;
        if (y == 0) {
            return m + (m == 1 ? " month" : " months");
        }
        return m == 0 ? y + (y == 1 ? " year" : " years") : y + (y == 1 ? " year " : " years ") + m + (m == 1 ? " month" : " months");
    }

    private static String name(EducationLevel level) {
        return level == EducationLevel.NONE ? "no degree" : "a " + bare(level);
    }

    private static String bare(EducationLevel level) {
        return switch (level) {
            case NONE -> "degree";
            case HIGH_SCHOOL -> "school certificate";
            case DIPLOMA -> "diploma";
            case BACHELOR -> "bachelor's degree";
            case MASTER -> "master's degree";
            case DOCTORATE -> "doctorate";
        };
    }
}
