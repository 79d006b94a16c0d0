package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.Link;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.review.Bullets.Bullet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The resume review: a deterministic 0-100 score and a list of concrete things to fix.
 *
 * <p>The score is the sum of six parts:
 * <ul>
 *   <li><b>Length</b> (15): 475-600 words scores full marks, the range recruiter studies favour;
 *       points fall off in steps outside it (11, 7, 3, 0), and more than two pages costs 4.</li>
 *   <li><b>Impact</b> (25): the share of bullets that state a number (%, money, counts,
 *       multipliers; years do not count); 60% or more earns full marks, less earns in proportion,
 *       and under 40% raises {@code few-quantified-bullets}.</li>
 *   <li><b>Language</b> (20): minus 3 per weak opening (at most 9), 2 per line in first person
 *       (at most 6), 2 per bullet over 30 words (at most 5).</li>
 *   <li><b>Structure</b> (20): Experience 6, Education 4, Skills 4, one date format 3, no
 *       unexplained gap over six months 3 (one such gap leaves 1).</li>
 *   <li><b>Contact</b> (10): email 5, phone 3, profile 2 (a LinkedIn link for tech roles; for
 *       other roles any link or a location).</li>
 *   <li><b>ATS readability</b> (10): minus 4 for hidden text (white, hidden or tiny text, which
 *       screening vendors treat as keyword stuffing); 0 without a text layer; otherwise minus 4
 *       for image-only pages, 3 for columns, 2 for header or footer text, 2 for tables. When the
 *       layout is unknown only hidden text costs points: no evidence, no penalty.</li>
 * </ul>
 *
 * <p>Finding codes (stable; the UI and stored reviews key on them):
 * {@code too-short}, {@code too-long}, {@code too-many-pages}, {@code no-bullets},
 * {@code few-quantified-bullets}, {@code weak-opening}, {@code first-person},
 * {@code long-bullet}, {@code missing-experience}, {@code missing-education},
 * {@code missing-skills}, {@code inconsistent-date-format}, {@code unexplained-gap},
 * {@code missing-email}, {@code missing-phone}, {@code missing-linkedin},
 * {@code no-text-layer}, {@code image-only-pages}, {@code multi-column-layout},
 * {@code text-in-header-footer}, {@code tables-in-layout}, {@code hidden-text},
 * {@code limited-extraction}.
 *
 * <p>Findings come most serious first, then by line. A code that applies to many lines is
 * reported for at most {@value #MAX_FINDINGS_PER_CODE} of them; the score counts them all.
 * Stateless and thread-safe; the word lists and tips load once, on the first review.
 */
public final class ResumeReviewer {

    /** Changes whenever scoring, codes or word lists change, so stored reviews can be redone. */
    private static final String VERSION = "review-2";

    static final String LENGTH = "Length";
    static final String IMPACT = "Impact";
    static final String LANGUAGE = "Language";
    static final String STRUCTURE = "Structure";
    static final String CONTACT = "Contact";
    static final String ATS = "ATS readability";

    static final int IDEAL_MIN_WORDS = 475;
    static final int IDEAL_MAX_WORDS = 600;
    static final int MAX_PAGES = 2;
    static final int LONG_BULLET_WORDS = 30;
    static final int GAP_MONTHS = 6;
    static final int MAX_FINDINGS_PER_CODE = 10;
    /** The share of quantified bullets that earns full Impact marks. */
    private static final double TARGET_QUANTIFIED = 0.6;

    /** Roles where recruiters expect a LinkedIn profile (and often check it before calling). */
    private static final Set<String> TECH_CATEGORIES = Set.of("automation testing", "blockchain", "data science",
            "database", "devops engineer", "dotnet developer", "etl developer", "hadoop", "java developer",
            "network security engineer", "python developer", "sap developer", "testing", "web designing");

    /** Identifies this reviewer's rules in stored analyses. */
    public static String version() {
        return VERSION;
    }

    /**
     * Reviews one resume. Never throws on odd content (no sections, one line, no lines at all).
     *
     * @param layout   {@link DocumentLayout#unknown()} for pasted text or formats not inspected
     * @param category the predicted job category, e.g. "Java Developer", for tips and the
     *                 LinkedIn check; empty when unknown
     */
    public Review review(ResumeFacts facts, DocumentLayout layout, Optional<String> category) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(layout, "layout");
        Optional<String> known = Objects.requireNonNull(category, "category").map(String::strip)
                .filter(name -> !name.isEmpty());
        Findings findings = new Findings(new Places(facts.sections(), facts.lines().size()));
        List<Bullet> bullets = Bullets.find(facts);
        int words = 0;
        for (String line : facts.lines()) {
            words += TextPatterns.wordCount(line);
        }
        List<ScorePart> parts = List.of(
                length(words, layout, findings),
                impact(bullets, findings),
                LanguageCheck.score(facts, bullets, findings),
                StructureCheck.score(facts, findings),
                contact(facts.contact(), known, findings),
                ats(layout, findings));
        noteLanguage(facts, findings);
        int score = parts.stream().mapToInt(ScorePart::points).sum();
        CategoryTips.Tips tips = CategoryTips.get().forCategory(known);
        return new Review(score, words, parts, findings.sorted(), tips.resume(), tips.interview());
    }

    static ScorePart length(int words, DocumentLayout layout, Findings findings) {
        int points;
        if (words >= IDEAL_MIN_WORDS && words <= IDEAL_MAX_WORDS) {
            points = 15;
        } else if (words >= 400 && words <= 750) {
            points = 11;
        } else if (words >= 300 && words <= 900) {
            points = 7;
        } else if (words >= 150 && words <= 1200) {
            points = 3;
        } else {
            points = 0;
        }
        if (words == 0) {
            findings.add("too-short", Severity.PROBLEM, "No words found: check that the file holds text.", -1);
        } else if (words < IDEAL_MIN_WORDS) {
            findings.add("too-short", words < 300 ? Severity.WARNING : Severity.SUGGESTION,
                    "About %d words; aim for %d-%d by adding scope and results to your bullets."
                            .formatted(words, IDEAL_MIN_WORDS, IDEAL_MAX_WORDS), -1);
        } else if (words > IDEAL_MAX_WORDS) {
            findings.add("too-long", words > 900 ? Severity.WARNING : Severity.SUGGESTION,
                    "About %d words; aim for %d-%d by cutting older roles and bullets that show no result."
                            .formatted(words, IDEAL_MIN_WORDS, IDEAL_MAX_WORDS), -1);
        }
        if (layout.knownLayout() && layout.pages() > MAX_PAGES) {
            points = Math.max(0, points - 4);
            findings.add("too-many-pages", Severity.WARNING,
                    "%d pages; keep it to two by trimming roles older than about ten years.".formatted(layout.pages()),
                    -1);
        }
        return new ScorePart(LENGTH, points, 15);
    }

    static ScorePart impact(List<Bullet> bullets, Findings findings) {
        if (bullets.isEmpty()) {
            findings.add("no-bullets", Severity.WARNING,
                    "No bullet points found: describe each role in 3-5 bullets that start with a verb and end with a result.",
                    findings.places().start(SectionKind.EXPERIENCE));
            return new ScorePart(IMPACT, 0, 25);
        }
        int quantified = 0;
        int firstPlain = -1;
        for (Bullet bullet : bullets) {
            if (TextPatterns.hasNumber(bullet.text())) {
                quantified++;
            } else if (firstPlain < 0) {
                firstPlain = bullet.line();
            }
        }
        double share = (double) quantified / bullets.size();
        int points = (int) Math.round(25 * Math.min(1.0, share / TARGET_QUANTIFIED));
        if (share < 0.4) {
            findings.add("few-quantified-bullets", share < 0.2 ? Severity.WARNING : Severity.SUGGESTION,
                    "Only %d of %d bullets have a number: add a result (%%, amount, count, time saved), starting here."
                            .formatted(quantified, bullets.size()), firstPlain);
        }
        return new ScorePart(IMPACT, points, 25);
    }

    static ScorePart contact(Contact contact, Optional<String> category, Findings findings) {
        int points = 0;
        if (contact.email().isPresent()) {
            points += 5;
        } else {
            findings.add("missing-email", Severity.PROBLEM,
                    "No email address found: add one at the top so recruiters can reply.", -1);
        }
        if (contact.phone().isPresent()) {
            points += 3;
        } else {
            findings.add("missing-phone", Severity.WARNING, "No phone number found: add one with its country code.",
                    -1);
        }
        boolean linkedIn = contact.links().stream().anyMatch(link -> link.kind() == Link.Kind.LINKEDIN);
        boolean tech = category.map(name -> TECH_CATEGORIES.contains(name.toLowerCase(Locale.ROOT))).orElse(false);
        if (tech) {
            if (linkedIn) {
                points += 2;
            } else {
                findings.add("missing-linkedin", Severity.SUGGESTION,
                        "No LinkedIn link: recruiters for tech roles look for one; add the URL to your contact line.", -1);
            }
        } else if (linkedIn || !contact.links().isEmpty() || contact.location().isPresent()) {
            points += 2;
        }
        return new ScorePart(CONTACT, points, 10);
    }

    static ScorePart ats(DocumentLayout layout, Findings findings) {
        int points = 10;
        if (layout.hiddenTextRuns() > 0) {
            points -= 4;
            findings.add("hidden-text", Severity.PROBLEM,
                    ("The file has %d stretch(es) of text a reader cannot see (white, hidden or tiny text):"
                            + " remove them; screening software treats hidden text as keyword stuffing,"
                            + " and TalentSync ignores it.").formatted(layout.hiddenTextRuns()), -1);
        }
        if (!layout.knownLayout()) {
            return new ScorePart(ATS, points, 10);
        }
        if (!layout.hasTextLayer()) {
            findings.add("no-text-layer", Severity.PROBLEM,
                    "No selectable text (a scan or an image): export the resume from your editor as a text PDF or DOCX.",
                    -1);
            return new ScorePart(ATS, 0, 10);
        }
        if (layout.imageOnlyPages() > 0) {
            points -= 4;
            findings.add("image-only-pages", Severity.PROBLEM,
                    "%d page(s) are pictures without text, which screening software cannot read: replace them with text."
                            .formatted(layout.imageOnlyPages()), -1);
        }
        if (layout.multiColumnSuspected()) {
            points -= 3;
            findings.add("multi-column-layout", Severity.WARNING,
                    "Text seems set in columns, which parsers may read across and mix: use a single column.", -1);
        }
        if (layout.textInHeadersOrFooters()) {
            points -= 2;
            findings.add("text-in-header-footer", Severity.WARNING,
                    "Text sits in the page header or footer, which many parsers skip: move it (contact details above all)"
                            + " into the body.", -1);
        }
        if (layout.tables() > 0) {
            points -= 2;
            findings.add("tables-in-layout", Severity.SUGGESTION,
                    "%d table(s): parsers often read cells out of order; put skills and dates on plain lines."
                            .formatted(layout.tables()), -1);
        }
        return new ScorePart(ATS, Math.max(0, points), 10);
    }

    private static void noteLanguage(ResumeFacts facts, Findings findings) {
        String language = facts.language() == null ? "" : facts.language().strip().toLowerCase(Locale.ROOT);
        boolean english = language.isEmpty() || language.equals("en");
        if (!english) {
            findings.add("limited-extraction", Severity.INFO,
                    "The text seems to be in '%s'; these checks are built for English and may miss or misjudge things."
                            .formatted(language), -1);
        } else if (facts.extractionLimited()) {
            findings.add("limited-extraction", Severity.INFO,
                    "Parts of the text could not be read reliably, so some checks may have missed things.", -1);
        }
    }
}
