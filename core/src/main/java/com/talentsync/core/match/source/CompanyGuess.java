package com.talentsync.core.match.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the hiring company from a job ad's text, from the phrasings ads use: "Company: X",
 * "X is hiring", a title line "... at X", an "About X" heading. Says nothing when unsure: an
 * empty company is better than "Our Team".
 */
final class CompanyGuess {

    /** Labels and "is hiring" lines sit at the top of an ad. */
    private static final int TOP_LINES = 12;
    /** "... at X" only counts on the first lines, where the title is. */
    private static final int TITLE_LINES = 3;
    private static final int MAX_WORDS = 6;
    private static final int MAX_LINE_CHARS = 160;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:company|company name|employer|organi[sz]ation|hiring company|client)\\s*[:：\\-–—]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIRING = Pattern.compile(
            "^(.{2,60}?)\\s+(?:is|are)\\s+(?:hiring|looking for|seeking|searching for|recruiting)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT = Pattern.compile("^about\\s+(.{2,60}?)\\s*[:.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile(
            "(?:\\bat|@)\\s+(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|&|of|and|de|the))*)");
    /** What "About ..." and "... is hiring" say when they do not name the company. */
    private static final Set<String> NOT_NAMES = Set.of("us", "we", "our", "you", "the role", "the job", "the team",
            "this role", "this job", "the position", "this position", "the company", "our company", "our team",
            "our client", "the opportunity", "the client", "company", "role", "job", "team", "the department",
            "your role", "your team", "the candidate", "who we are", "me", "it", "they");
    private static final Pattern TRAILING = Pattern.compile("[\\s,.;:!?\"'’)\\]–—-]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\s\"'‘(\\[]+");

    private CompanyGuess() {}

    static Optional<String> guess(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> line.length() <= MAX_LINE_CHARS).toList();
        List<String> top = lines.subList(0, Math.min(lines.size(), TOP_LINES));
        for (String line : top) {
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                Optional<String> name = name(label.group(1), false);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        for (String line : top) {
            Matcher hiring = HIRING.matcher(line);
            if (hiring.matches()) {
                Optional<String> name = name(hiring.group(1), true);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        for (String line : top.subList(0, Math.min(top.size(), TITLE_LINES))) {
            Matcher at = AT.matcher(line);
            if (at.find()) {
                Optional<String> name = name(at.group(1), true);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        for (String line : lines) {
            Matcher about = ABOUT.matcher(line);
            if (about.matches()) {
                Optional<String> name = name(about.group(1), true);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Cleans a candidate and checks it reads like a name: a few words, the first capitalised
     * (or a brand such as "eBay"), not a phrase like "the team".
     */
    private static Optional<String> name(String raw, boolean mustLookLikeName) {
        String name = TRAILING.matcher(LEADING.matcher(raw).replaceFirst("")).replaceFirst("").strip();
        if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS) {
            return Optional.empty();
        }
        if (mustLookLikeName) {
            String first = words[0];
            boolean capitalised = Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0))
                    || first.codePoints().skip(1).anyMatch(Character::isUpperCase);
            String lower = first.toLowerCase(Locale.ROOT);
            if (!capitalised || lower.equals("we") || lower.equals("our") || lower.equals("this")
                    || lower.equals("the") && words.length == 1) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }
}
