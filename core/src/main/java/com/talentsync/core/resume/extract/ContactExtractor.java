package com.talentsync.core.resume.extract;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name, e-mail, phone, location and links. The name and location come from the top of the
 * resume (where nearly every layout puts them) or from "Name:"/"Address:" labels; e-mail
 * and phone may be anywhere, as Indian resumes often end with a personal-details block.
 *
 * <p>Phones are found and normalised to E.164 by libphonenumber. A national number such as
 * "098765 43210" needs a region: the one the resume's own location points to (Pune means
 * India), else the default region given to the extractor.
 */
final class ContactExtractor {

    /** How many non-blank lines at the top may hold the name and location. */
    private static final int TOP_LINES = 10;
    /** Phones are looked for in this many first lines, and in labelled lines anywhere. */
    private static final int PHONE_TOP_LINES = 40;
    private static final int MAX_PHONE_LINES = 60;
    /** libphonenumber stops after this many candidates in one line (a table of numbers). */
    private static final long MAX_PHONE_TRIES = 50;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?i)\\b(?:phone|mobile|mob|tel|telephone|cell|contact|ph|whatsapp|telefon|handy|téléphone|teléfono|telefone|telefono)\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:resume|résumé|curriculum vitae|cv|bio ?data|profile|contact)$");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final Places places;
    private final DateRangeParser dates;
    private final Words.PhraseSet notNameWords;

    /**
     * @param notNameWords title, employer, school and heading words: a line with one of them is
     *                     a headline, not a name
     */
    ContactExtractor(String defaultRegion, Places places, DateRangeParser dates, Words.PhraseSet notNameWords) {
        this.defaultRegion = defaultRegion;
        this.places = places;
        this.dates = dates;
        this.notNameWords = notNameWords;
    }

    /**
     * @param lines       the resume's lines, headings blanked out
     * @param contactArea marks lines in a contact/personal-details section
     */
    Contact extract(String[] lines, boolean[] contactArea, int headerEnd, YearMonth today) {
        List<Integer> top = topLines(lines);
        Optional<String> name = name(lines, top);
        Optional<String> location = location(lines, top, contactArea);
        String region = location.flatMap(places::region)
                .or(() -> places.findRegion(joined(lines, top)))
                .filter(found -> !Places.NO_REGION.equals(found))
                .orElse(defaultRegion);
        return new Contact(name, email(lines), phone(lines, contactArea, region, today), location,
                LinkFinder.find(lines, headerEnd));
    }

    private static List<Integer> topLines(String[] lines) {
        List<Integer> top = new ArrayList<>(TOP_LINES);
        for (int i = 0; i < lines.length && top.size() < TOP_LINES; i++) {
            if (!lines[i].isBlank()) {
                top.add(i);
            }
        }
        return top;
    }

    private Optional<String> name(String[] lines, List<Integer> top) {
        boolean first = true;
        for (int i : top) {
            String line = lines[i].strip();
            String labelled = labelled(line, "name", "full name", "candidate name");
            if (labelled != null) {
                return isName(labelled, true) ? Optional.of(labelled) : Optional.empty();
            }
            List<String> pieces = Words.pieces(line);
            String candidate = pieces.isEmpty() ? "" : stripNonLetters(pieces.getFirst().split(",")[0]);
            // All-lower-case names ("jane doe") are only trusted on the very first line.
            if (isName(candidate, first)) {
                return Optional.of(candidate);
            }
            first = false;
        }
        return Optional.empty();
    }

    private boolean isName(String candidate, boolean lowerCaseAllowed) {
        String[] words = candidate.split("\\s+");
        if (words.length < 2 || words.length > 4 || candidate.length() > 50 || NOT_A_NAME.matcher(candidate).matches()) {
            return false;
        }
        boolean lowerCase = false;
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
            }
            lowerCase |= Character.isLowerCase(word.charAt(0));
        }
        if (lowerCase && !lowerCaseAllowed) {
            return false;
        }
        return notNameWords.count(Words.tokens(candidate)) == 0 && !places.isLocation(candidate);
    }

    private Optional<String> location(String[] lines, List<Integer> top, boolean[] contactArea) {
        for (int i = 0; i < lines.length; i++) {
            if (top.contains(i) || contactArea[i]) {
                String value = labelled(lines[i].strip(), "address", "location", "current location", "city",
                        "residence", "based in", "permanent address", "present address");
                if (value != null && !value.isEmpty()) {
                    return Optional.of(Words.trimSeparators(value.length() > 100 ? value.substring(0, 100) : value));
                }
            }
        }
        for (int i : top) {
            for (String piece : Words.pieces(lines[i])) {
                if (piece.indexOf('@') < 0 && places.isLocation(piece)) {
                    return Optional.of(piece);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> email(String[] lines) {
        for (String line : lines) {
            if (line.indexOf('@') >= 0) {
                Matcher m = EMAIL.matcher(line);
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> phone(String[] lines, boolean[] contactArea, String region, YearMonth today) {
        int tried = 0;
        for (int i = 0; i < lines.length && tried < MAX_PHONE_LINES; i++) {
            String line = lines[i];
            if (Words.digitCount(line) < 7 || !(i < PHONE_TOP_LINES || contactArea[i] || PHONE_LABEL.matcher(line).find())) {
                continue;
            }
            tried++;
            String text = withoutDatesAndLinks(line, today);
            Optional<String> found = firstNumber(text, region);
            if (found.isEmpty() && !region.equals(defaultRegion)) {
                found = firstNumber(text, defaultRegion);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstNumber(String text, String region) {
        Iterator<PhoneNumberMatch> matches =
                phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, MAX_PHONE_TRIES).iterator();
        if (!matches.hasNext()) {
            return Optional.empty();
        }
        return Optional.of(phones.format(matches.next().number(), PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /**
     * Blanks dates ("06/2015 - 08/2017" is a valid US number), e-mails and links (profile URLs
     * carry digits) before the phone search.
     */
    private String withoutDatesAndLinks(String line, YearMonth today) {
        StringBuilder text = new StringBuilder(line);
        for (DateSpan span : dates.findAll(line, today)) {
            blank(text, span.from(), span.to());
        }
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || Character.isWhitespace(line.charAt(i))) {
                String token = line.substring(start, i);
                if (token.indexOf('@') >= 0 || token.indexOf('/') >= 0 && token.indexOf('.') >= 0) {
                    blank(text, start, i);
                }
                start = i + 1;
            }
        }
        return text.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < Math.min(to, text.length()); i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** The value after "Label:" when the line starts with one of the labels, else null. */
    private static String labelled(String line, String... labels) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 30) {
            return null;
        }
        String label = Words.key(line.substring(0, colon));
        for (String wanted : labels) {
            if (label.equals(wanted)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static String stripNonLetters(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static String joined(String[] lines, List<Integer> top) {
        StringBuilder text = new StringBuilder();
        for (int i : top) {
            text.append(lines[i]).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
