package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.review.Bullets.Bullet;
import com.talentsync.core.resume.review.ReviewLexicon.WeakOpening;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** The Language part: weak openings, first person and overlong bullets. */
final class LanguageCheck {

    static final int MAX_POINTS = 20;

    private LanguageCheck() {}

    static ScorePart score(ResumeFacts facts, List<Bullet> bullets, Findings findings) {
        ReviewLexicon lexicon = ReviewLexicon.get();
        int weak = 0;
        int longBullets = 0;
        for (Bullet bullet : bullets) {
            Optional<WeakOpening> opening = lexicon.weakOpening(bullet.text());
            if (opening.isPresent()) {
                weak++;
                findings.add("weak-opening", Severity.SUGGESTION, weakMessage(opening.get()), bullet.line());
            }
            int words = TextPatterns.wordCount(bullet.text());
            if (words > ResumeReviewer.LONG_BULLET_WORDS) {
                longBullets++;
                findings.add("long-bullet", Severity.SUGGESTION,
                        "%d words in one bullet: split it or trim it under %d words, keeping the result."
                                .formatted(words, ResumeReviewer.LONG_BULLET_WORDS), bullet.line());
            }
        }
        int firstPerson = firstPerson(facts, bullets, findings);
        int deduction = Math.min(9, 3 * weak) + Math.min(6, 2 * firstPerson) + Math.min(5, 2 * longBullets);
        return new ScorePart(ResumeReviewer.LANGUAGE, Math.max(0, MAX_POINTS - deduction), MAX_POINTS);
    }

    private static String weakMessage(WeakOpening opening) {
        String verbs = opening.suggestions().stream().map(verb -> "\"" + verb + "\"").collect(Collectors.joining(", "));
        return verbs.isEmpty()
                ? "Starts with \"%s\": open with what you achieved instead.".formatted(opening.phrase())
                : "Starts with \"%s\": open with what you achieved, e.g. %s.".formatted(opening.phrase(), verbs);
    }

    /**
     * Counts the bullets and summary lines written in the first person. Resumes conventionally
     * drop the subject ("Led ...", not "I led ..."); the summary is checked too because that is
     * where "I am a passionate ..." usually hides.
     */
    private static int firstPerson(ResumeFacts facts, List<Bullet> bullets, Findings findings) {
        int count = 0;
        Set<Integer> checkedLines = new HashSet<>();
        for (Bullet bullet : bullets) {
            if (bullet.line() >= 0 && !checkedLines.add(bullet.line())) {
                continue;
            }
            if (report(bullet.text(), bullet.line(), findings)) {
                count++;
            }
        }
        List<String> lines = facts.lines();
        for (Section section : facts.sections()) {
            if (section.kind() != SectionKind.SUMMARY) {
                continue;
            }
            for (int i = Math.max(0, section.startLine()); i < Math.min(lines.size(), section.endLine()); i++) {
                if (checkedLines.add(i) && report(lines.get(i), i, findings)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean report(String text, int line, Findings findings) {
        Matcher matcher = TextPatterns.FIRST_PERSON.matcher(text);
        if (!matcher.find()) {
            return false;
        }
        findings.add("first-person", Severity.SUGGESTION,
                "Uses \"%s\": drop first-person words and start with the verb (\"Led ...\", not \"I led ...\")."
                        .formatted(matcher.group()), line);
        return true;
    }
}
