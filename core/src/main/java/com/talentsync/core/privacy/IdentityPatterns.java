package com.talentsync.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns that recognise who someone is regardless of their name: e-mails, links, dates of
 * birth, personal-detail lines, street addresses, postcodes and photo mentions. Each pattern's
 * group "m" is what gets replaced, so separators around it stay. Written for English resumes
 * with Indian, British and American conventions; what none of them matches stays visible.
 */
final class IdentityPatterns {

    private record Rule(Pattern pattern, String replacement) {}

    private static final String DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?[\\s./-]+(?:\\d{1,2}|[A-Za-z]{3,9})\\.?[\\s./,-]+\\d{2,4}"
            + "|[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
    /** Where a labelled detail may start: a line's start or after a separator. */
    private static final String FIELD_START = "(?:^|(?<=[|;,•·\\t]))[ \\t]*";
    private static final String REST_OF_FIELD = "[^|;\\n]*";
    private static final String KNOWN_HOSTS = "linkedin\\.com|github\\.com|github\\.io|gitlab\\.com|bitbucket\\.org"
            + "|stackoverflow\\.com|medium\\.com|behance\\.net|dribbble\\.com|twitter\\.com|x\\.com|facebook\\.com"
            + "|instagram\\.com|kaggle\\.com|leetcode\\.com|hackerrank\\.com|codepen\\.io|about\\.me"
            + "|vercel\\.app|netlify\\.app|wordpress\\.com|blogspot\\.com|youtube\\.com";
    /** A postcode ends its line or its part of an address: "Pune - 411001, India". */
    private static final String ENDS_PLACE = "(?=[ \\t]*(?:$|[,.)|;]))";
    private static final String STREET_SUFFIXES = "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr"
            + "|Court|Ct|Place|Pl|Way|Terrace|Close|Crescent|Highway|Hwy|Marg|Nagar|Colony|Layout";

    private static final List<Rule> RULES = List.of(
            rule("(?<m>(?:mailto:)?[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})",
                    BlindMask.EMAIL),
            rule("(?i)(?<m>\\b(?:https?://|ftp://|www\\.)[^\\s<>\"'()\\[\\]{}|,;]*[^\\s<>\"'()\\[\\]{}|,;.:!?])",
                    BlindMask.LINK),
            rule("(?i)(?<m>\\b(?:[a-z0-9-]+\\.)*(?:" + KNOWN_HOSTS + ")(?:/[^\\s<>\"'()|,;]*[^\\s<>\"'()|,;.:!?])?)(?![\\w.])",
                    BlindMask.LINK),
            rule("(?i)(?<m>\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|dev|me|in|co|ai|app|info|tech|site|page"
                    + "|uk|de)/[^\\s<>\"'()|,;]*[^\\s<>\"'()|,;.:!?])", BlindMask.LINK),
            // "GitHub: asha-rao" names the profile without a URL.
            rule("(?im)\\b(?:linkedin|github|gitlab|twitter|skype|portfolio|website|blog)\\s*:\\s*(?<m>[^\\s|;,]+)",
                    BlindMask.LINK),
            rule("(?im)" + FIELD_START + "(?<m>(?:\\bD\\.?\\s?O\\.?\\s?B\\b\\.?|\\bdate\\s+of\\s+birth\\b|\\bbirth\\s*date\\b"
                    + "|\\bbirthday\\b)\\s*[:\\-–]?" + REST_OF_FIELD + ")", BlindMask.DATE_OF_BIRTH),
            rule("(?i)(?<m>\\bborn\\b(?:\\s+on)?\\s*[:\\-–]?\\s*(?:" + DATE + "|in\\s+(?:19|20)\\d{2}\\b))",
                    BlindMask.DATE_OF_BIRTH),
            rule("(?im)" + FIELD_START + "(?<m>\\b(?:gender|sex|marital\\s+status|civil\\s+status|religion|caste"
                    + "|nationality|age|father'?s\\s+name|mother'?s\\s+name|husband'?s\\s+name|spouse(?:'?s\\s+name)?)"
                    + "\\s*[:\\-–]" + REST_OF_FIELD + ")", BlindMask.PERSONAL),
            rule("(?im)" + FIELD_START + "(?<m>\\b(?:(?:permanent|current|home|postal|residential|mailing)\\s+)?"
                    + "(?:address|residence)\\s*[:\\-–]" + REST_OF_FIELD + ")", BlindMask.ADDRESS),
            rule("(?i)(?<m>\\b(?:flat|house|apt\\.?|apartment|suite|plot|door)\\s*(?:no\\.?|number|#)?\\s*[:\\-]?\\s*"
                    + "\\d+[A-Za-z]?\\b" + REST_OF_FIELD + ")", BlindMask.ADDRESS),
            // A house number (not a year), up to four capitalised words on the same line, a street word.
            rule("(?<m>\\b(?!(?:19|20)\\d{2}\\b)\\d{1,5}[A-Za-z]?(?:[/-]\\d{1,4})?,?[ \\t]+(?:[A-Z][\\p{L}'.-]*[ \\t]+){0,4}"
                    + "(?:" + STREET_SUFFIXES + ")\\b\\.?)", BlindMask.ADDRESS),
            // Postcodes: British ("SW1A 1AA"), American after a state ("CA 94105"), Indian after a city ("Pune - 411001").
            rule("(?<m>\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b)", BlindMask.ADDRESS),
            rule("(?m)\\b[A-Z]{2}\\s+(?<m>\\d{5}(?:-\\d{4})?)" + ENDS_PLACE, BlindMask.ADDRESS),
            rule("(?m)\\b\\p{Lu}\\p{Ll}{2,20}[ ,]{1,2}[-–]?[ ]{0,2}(?<m>[1-9]\\d{2}\\s?\\d{3})" + ENDS_PLACE,
                    BlindMask.ADDRESS),
            rule("(?i)\\b(?:pin\\s*code|pin|zip\\s*code|zip|postal\\s*code|post\\s*code)\\s*[:\\-–]?\\s*"
                    + "(?<m>(?=[a-z0-9 -]{0,10}\\d[a-z0-9 -]{0,10}\\d)[a-z0-9][a-z0-9 -]{2,8}[a-z0-9])\\b",
                    BlindMask.ADDRESS),
            rule("(?i)(?<m>[\\[(]\\s*(?:photo|photograph|picture|image|headshot)\\s*[\\])])", BlindMask.PHOTO),
            rule("(?im)^[ \\t]*(?<m>(?:passport[- ]size\\s+)?(?:photo(?:graph)?|headshot|profile\\s+(?:photo|picture))"
                    + "\\s*(?::" + REST_OF_FIELD + ")?)[ \\t]*$", BlindMask.PHOTO),
            rule("(?i)(?<m>\\b(?:passport[- ]size\\s+)?(?:photo(?:graph)?|headshot)\\s+(?:attached|enclosed)\\b)",
                    BlindMask.PHOTO));

    private IdentityPatterns() {}

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start("m");
                int end = trimEnd(text, start, matcher.end("m"));
                if (end > start) {
                    spans.add(new Span(start, end, rule.replacement()));
                }
            }
        }
        return spans;
    }

    /** Trailing spaces belong to the text around a detail, not to it. */
    private static int trimEnd(String text, int start, int end) {
        int at = end;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }
}
