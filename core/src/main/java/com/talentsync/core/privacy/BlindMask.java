package com.talentsync.core.privacy;

import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Blind review: hides who a candidate is so a first pass is judged on skills. Masks the name,
 * e-mail, phone, links, street address, date of birth and gendered pronouns.
 *
 * <p>Replaces the candidate's name (every part of it, in any case, also in "Asha's" and in
 * file names such as "Asha_Rao_CV.pdf"), every e-mail, phone number and link, labelled
 * addresses, street lines and postcodes, dates of birth, personal-detail fields (gender,
 * marital status, religion, nationality, age, parents' names) and photo mentions, each with a
 * bracketed placeholder; drops gendered titles (Mr, Mrs, Ms, Miss, Smt, Shri) before a name and
 * turns gendered pronouns into they/them/their. Words merely containing a pronoun or a name
 * ("Herbert", "ShePaid", "Ashanti") are left alone. Thread-safe and stateless.
 */
public final class BlindMask {

    public static final String NAME = "[name]";
    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String LINK = "[link]";
    public static final String ADDRESS = "[address]";
    public static final String DATE_OF_BIRTH = "[date of birth]";
    public static final String PERSONAL = "[personal details]";
    public static final String PHOTO = "[photo]";

    /** Letter or digit on neither side: a whole word, but "_" and "-" still separate (file names). */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s.,_\\-]+");
    /** Name parts that are also everyday words: masked only where written with a capital. */
    private static final Set<String> EVERYDAY_WORDS = Set.of("will", "mark", "grace", "hope", "joy", "faith", "rose",
            "june", "may", "april", "august", "bill", "sunny", "summer", "dawn", "rich", "young", "long", "king",
            "black", "white", "brown", "green", "hunter", "baker", "cook", "love", "sky", "page", "chase", "case",
            "lead", "ray", "mike", "pat", "max", "amber", "crystal", "ruby", "pearl", "jade", "ivy", "rain", "star");
    /**
     * Words of resume headings: when the extractor took a heading for the name ("SKILLS C Basics"),
     * masking them everywhere would blank the resume's structure, and they never name anyone.
     */
    private static final Set<String> HEADING_WORDS = Set.of("resume", "curriculum", "vitae", "cv", "biodata",
            "skills", "skill", "education", "experience", "summary", "profile", "objective", "details", "personal",
            "contact", "projects", "certifications", "languages", "technical", "professional", "career", "work",
            "employment", "achievements", "declaration", "hobbies", "interests", "references", "key", "core");
    private static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "smt", "shri", "sri",
            "kumari", "prof");
    private static final Pattern NAME_RUN = Pattern.compile(Pattern.quote(NAME) + "(?:[ \\t-]+" + Pattern.quote(NAME) + ")+");
    /** A gendered title before a name; "Ms Office" and "Ms Excel" are software, not titles. */
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Smt|Shri)\\.?[ \\t]+"
            + "(?=" + Pattern.quote(NAME) + "|\\p{Lu})(?!(?:Office|Excel|Word|Access|PowerPoint|Outlook|Project|Visio"
            + "|SQL|Dynamics|Teams|Azure|Windows|Paint|Dos|DOS|Exchange|Publisher)(?![\\p{L}\\p{N}]))");

    /** What a masked candidate is called: "Candidate 7" for the seventh in a ranking. */
    public static String label(int position) {
        return "Candidate " + position;
    }

    /** {@code text} with the candidate's identifying details replaced by neutral placeholders. */
    public String mask(String text, Contact contact) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        List<Span> spans = new ArrayList<>(IdentityPatterns.find(text));
        spans.addAll(PhoneSpans.find(text, contact.phone(), PHONE));
        spans.addAll(literalSpans(text, contact));
        spans.addAll(nameSpans(text, contact));
        String masked = Span.apply(text, spans);
        masked = TITLE.matcher(masked).replaceAll("");
        masked = NAME_RUN.matcher(masked).replaceAll(Matcher.quoteReplacement(NAME));
        return Pronouns.neutralise(masked);
    }

    /** The contact's own e-mail and links wherever they appear verbatim, in case a pattern missed them. */
    private static List<Span> literalSpans(String text, Contact contact) {
        List<Span> spans = new ArrayList<>();
        contact.email().ifPresent(email -> spans.addAll(occurrences(text, email, EMAIL)));
        for (Link link : contact.links()) {
            spans.addAll(occurrences(text, link.url(), LINK));
        }
        return spans;
    }

    private static List<Span> occurrences(String text, String value, String replacement) {
        List<Span> spans = new ArrayList<>();
        if (value.isBlank()) {
            return spans;
        }
        Matcher matcher = Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE).matcher(text);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end(), replacement));
        }
        return spans;
    }

    private static List<Span> nameSpans(String text, Contact contact) {
        Set<String> parts = contact.name().map(BlindMask::nameParts).orElse(Set.of());
        if (parts.isEmpty()) {
            return List.of();
        }
        String anyCase = parts.stream().filter(part -> !EVERYDAY_WORDS.contains(lower(part)))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String capitalised = parts.stream().filter(part -> EVERYDAY_WORDS.contains(lower(part)))
                .map(BlindMask::capitalisedForms).collect(Collectors.joining("|"));
        List<Span> spans = new ArrayList<>();
        if (!anyCase.isEmpty()) {
            addMatches(spans, Pattern.compile(WORD_START + "(?:" + anyCase + ")" + WORD_END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text));
        }
        if (!capitalised.isEmpty()) {
            addMatches(spans, Pattern.compile(WORD_START + "(?:" + capitalised + ")" + WORD_END).matcher(text));
        }
        return spans;
    }

    private static void addMatches(List<Span> spans, Matcher matcher) {
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end(), NAME));
        }
    }

    /** The parts of a name worth masking: no initials, no titles. */
    static Set<String> nameParts(String name) {
        return Arrays.stream(NAME_SPLIT.split(name.strip()))
                .map(part -> part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""))
                .filter(part -> part.codePointCount(0, part.length()) >= 2)
                .filter(part -> !TITLE_WORDS.contains(lower(part)) && !HEADING_WORDS.contains(lower(part)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String capitalisedForms(String part) {
        String lower = lower(part);
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return Pattern.quote(title) + "|" + Pattern.quote(lower.toUpperCase(Locale.ROOT));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
