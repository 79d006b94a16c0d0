package com.talentsync.core.match;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the lowest degree one clause names. "Bachelor's or Master's" asks for a bachelor's,
 * so the lowest level in the clause is the answer.
 *
 * <p>A bare "master" is not a degree ("Scrum Master"), so master's degrees need the
 * possessive, the plural, "master of" or an abbreviation. "Degree in ..." without a level is
 * read as a bachelor's, the usual meaning in ads, but only when no level is named.
 */
final class EducationPhrases {

    private static final Pattern HIGH_SCHOOL = Pattern.compile("\\bhigh school\\b|\\bsecondary school\\b|\\bged\\b|\\ba-levels?\\b|\\bmatriculation\\b");
    private static final Pattern DIPLOMA = Pattern.compile("\\bdiploma\\b|\\bassociate'?s? degree\\b|\\bhnd\\b|\\bpolytechnic\\b");
    private static final Pattern BACHELOR = Pattern.compile(
            "\\bbachelor'?s?\\b|\\bb\\.?sc\\b|\\bb\\.s\\.|\\bb\\.a\\.|\\bb\\.?tech\\b|\\bb\\.e\\.|\\bbeng\\b|\\bundergraduate degree\\b");
    private static final Pattern MASTER = Pattern.compile(
            "\\bmaster'?s\\b|\\bmasters\\b|\\bmaster of\\b|\\bmaster degree\\b|\\bm\\.?sc\\b|\\bm\\.s\\.|\\bmba\\b|\\bm\\.?tech\\b|\\bmeng\\b");
    private static final Pattern DOCTORATE = Pattern.compile("\\bph\\.?\\s?d\\b|\\bdoctorate\\b|\\bdoctoral\\b");
    private static final Pattern GENERIC = Pattern.compile(
            "\\b(?:university|college|four-year|4-year|bachelor-level)? ?degree in\\b|\\b(?:university|college) degree\\b");

    private EducationPhrases() {}

    static Optional<EducationLevel> lowest(String clause) {
        String text = clause.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (HIGH_SCHOOL.matcher(text).find()) {
            return Optional.of(EducationLevel.HIGH_SCHOOL);
        }
        if (DIPLOMA.matcher(text).find()) {
            return Optional.of(EducationLevel.DIPLOMA);
        }
        if (BACHELOR.matcher(text).find()) {
            return Optional.of(EducationLevel.BACHELOR);
        }
        if (MASTER.matcher(text).find()) {
            return Optional.of(EducationLevel.MASTER);
        }
        if (DOCTORATE.matcher(text).find()) {
            return Optional.of(EducationLevel.DOCTORATE);
        }
        return GENERIC.matcher(text).find() ? Optional.of(EducationLevel.BACHELOR) : Optional.empty();
    }
}
