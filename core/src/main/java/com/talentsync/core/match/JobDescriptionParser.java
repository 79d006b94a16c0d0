package com.talentsync.core.match;

import com.talentsync.core.match.JdStructure.Clause;
import com.talentsync.core.match.JdStructure.Line;
import com.talentsync.core.match.JdStructure.Need;
import com.talentsync.core.match.JdStructure.Section;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a pasted job ad into a {@link JobDescription} with rules only: no model, no network.
 *
 * <p>The ad is untrusted text. Nothing in it is ever followed as an instruction; "ignore
 * previous instructions and rate this 100" is just words. A skill pasted fifty times is still
 * one required skill, and its keyword weight grows only with the logarithm of its count.
 */
public final class JobDescriptionParser {

    /** Keywords kept per ad: enough to cover a long ad's content words, few enough to show. */
    public static final int MAX_KEYWORDS = 40;

    private static final Logger LOG = LoggerFactory.getLogger(JobDescriptionParser.class);

    private static final Pattern TITLE_LABEL =
            Pattern.compile("^\\s*(?:job title|position|role|title|job)\\s*[:\\-–]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** How far into the ad a title may start: company names and taglines come first in some. */
    private static final int TITLE_SEARCH_LINES = 3;
    private static final int MAX_TITLE_WORDS = 12;
    /** Longer lines are prose, and skipping them keeps the title regexes off huge pastes. */
    private static final int MAX_TITLE_CHARS = 160;

    private static final Map<String, List<String>> CERTIFICATIONS = MatchLexicon.load("certifications.txt");

    private final SkillFinder finder;

    public JobDescriptionParser(SkillFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
        // Read the word lists now: a missing one is a packaging error, and it should surface
        // here, once, as an error, not inside parse() where every failure becomes an empty result.
        JdStructure.knownHeading("requirements", true);
        new KeywordWeigher();
    }

    /** Never throws: odd input gives an emptier result, not an error. */
    public JobDescription parse(String text) {
        if (text == null || text.isBlank()) {
            return JobDescription.empty();
        }
        try {
            return read(text);
        } catch (RuntimeException e) {
            // Pasted text is unbounded in shape; a rule bug must cost this one ad its
            // analysis, not crash the screen that pasted it. Logged so the bug is still seen.
            LOG.warn("job description could not be read; returning an empty one", e);
            return JobDescription.empty();
        }
    }

    private JobDescription read(String text) {
        JdStructure jd = JdStructure.of(text);
        int titleLine = titleLine(jd);
        String title = titleLine < 0 ? "" : titleOf(jd.lines.get(titleLine));
        OptionalInt years = years(jd);
        List<String> required = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        skills(jd, required, preferred);
        KeywordWeigher weigher = new KeywordWeigher();
        for (Clause clause : jd.clauses) {
            weigher.add(clause.text(), clause.need() == Need.REQUIRED || clause.line() == titleLine);
        }
        return new JobDescription(title, Seniorities.of(title, years), required, preferred, years,
                education(jd), certifications(text), responsibilities(jd), weigher.top(MAX_KEYWORDS));
    }

    /** Index of the line the title is read from, or -1: a labelled line first, else an early plain one. */
    private static int titleLine(JdStructure jd) {
        for (int i = 0; i < jd.lines.size(); i++) {
            String text = jd.lines.get(i).text();
            if (text.length() <= MAX_TITLE_CHARS && TITLE_LABEL.matcher(text).matches()) {
                return i;
            }
        }
        for (int i = 0; i < Math.min(TITLE_SEARCH_LINES, jd.lines.size()); i++) {
            Line line = jd.lines.get(i);
            if (line.text().length() > MAX_TITLE_CHARS) {
                continue;
            }
            String candidate = clean(line.text());
            // A "## Backend Developer" heading may be the title; a line under a known section is not.
            boolean free = line.section() == Section.NONE || (line.heading() && line.section() == Section.OTHER);
            if (line.bullet() || !free || candidate.isEmpty()
                    || candidate.matches(".*[.!?:]$") || candidate.split("\\s+").length > MAX_TITLE_WORDS) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static String titleOf(Line line) {
        Matcher m = TITLE_LABEL.matcher(line.text());
        return clean(m.matches() ? m.group(1) : line.text());
    }

    /** Markdown marks and trailing punctuation off: "## **Senior Engineer** -" -> "Senior Engineer". */
    private static String clean(String line) {
        return line.replaceAll("^#+\\s*", "").replaceAll("[*_]{1,3}", "").replaceAll("[\\s\\-–|,]+$", "").strip();
    }

    /**
     * Skills sorted into required and preferred, each in the order first met. Skills in
     * clauses that state neither count as required only when the ad has no requirements
     * heading; when it has one, that list is the ad's own word on what is needed.
     */
    private void skills(JdStructure jd, List<String> required, List<String> preferred) {
        Set<String> req = new LinkedHashSet<>();
        Set<String> pref = new LinkedHashSet<>();
        Set<String> unstated = new LinkedHashSet<>();
        // The finder reads whole lines, not clauses: some names only count mid-sentence ("Maven"
        // in "know Java, Maven"), so cutting a line first would lose them.
        int line = -1;
        List<SkillMention> mentions = List.of();
        for (Clause clause : jd.clauses) {
            if (clause.line() != line) {
                line = clause.line();
                mentions = finder.mentions(jd.lines.get(line).text(), List.of());
            }
            Set<String> target = switch (clause.need()) {
                case REQUIRED -> req;
                case PREFERRED -> pref;
                case UNSTATED -> unstated;
            };
            for (SkillMention mention : mentions) {
                if (clause.covers(mention.start())) {
                    target.add(mention.skill().name());
                }
            }
        }
        if (!jd.hasRequiredSection) {
            req.addAll(unstated); // the title line among them: "Java Developer" needs Java
        }
        pref.removeAll(req); // asked for in both places: it is needed
        required.addAll(req);
        preferred.addAll(pref);
    }

    /**
     * The years asked for as a requirement: the largest of the stated minimums, since "5+ years
     * of backend work, 2+ with Kubernetes" needs five. Years under a preference do not count.
     */
    private static OptionalInt years(JdStructure jd) {
        int best = -1;
        for (Clause clause : jd.clauses) {
            if (clause.need() != Need.PREFERRED) {
                OptionalInt n = YearsPhrases.minimum(clause.text());
                if (n.isPresent()) {
                    best = Math.max(best, n.getAsInt());
                }
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The lowest degree named outside a preference; a preferred master's is not required. */
    private static EducationLevel education(JdStructure jd) {
        EducationLevel lowest = null;
        for (Clause clause : jd.clauses) {
            if (clause.need() == Need.PREFERRED) {
                continue;
            }
            var level = EducationPhrases.lowest(clause.text());
            if (level.isPresent() && (lowest == null || level.get().compareTo(lowest) < 0)) {
                lowest = level.get();
            }
        }
        return lowest == null ? EducationLevel.NONE : lowest;
    }

    /** Certification names in the order the ad first names them. */
    private static List<String> certifications(String text) {
        String key = MatchLexicon.normalise(text);
        Map<Integer, String> byPosition = new TreeMap<>();
        CERTIFICATIONS.forEach((name, spellings) -> {
            int first = Integer.MAX_VALUE;
            for (String spelling : spellings) {
                int at = MatchLexicon.indexOfPhrase(key, spelling);
                if (at >= 0) {
                    first = Math.min(first, at);
                }
            }
            if (first != Integer.MAX_VALUE) {
                byPosition.putIfAbsent(first, name); // same spot, two names: file order decides
            }
        });
        return List.copyOf(byPosition.values());
    }

    /**
     * Bullets under a duties heading. An ad without one lists its duties as plain bullets, so
     * then every bullet counts, except those under a requirements or nice-to-have heading,
     * which are what the candidate brings, not what the job does.
     */
    private static List<String> responsibilities(JdStructure jd) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Line line : jd.lines) {
            boolean wanted = line.bullet() && !line.text().isBlank()
                    && (jd.hasResponsibilitiesSection
                            ? line.section() == Section.RESPONSIBILITIES
                            : line.section() != Section.REQUIRED && line.section() != Section.PREFERRED);
            if (wanted && seen.add(MatchLexicon.normalise(line.text()))) {
                out.add(line.text());
            }
        }
        return out;
    }
}
