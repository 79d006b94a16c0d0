package com.talentsync.core.resume.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells title, employer and place apart in the few short lines that head a job, whatever
 * their order: "Senior Engineer | Acme Corp | Pune", "Acme Corp, Austin, TX" over "Senior
 * Engineer", "Software Engineer at Google", "Designation: Analyst". Word lists decide
 * (title words such as engineer/manager, employer words such as Ltd/Technologies, the place
 * list); when nothing decides, the first piece is the title, as in most layouts.
 */
final class JobHeader {

    /** Title and company are "" when not found. */
    record Parts(String title, String company, Optional<String> location) {}

    private record Piece(String text, Role role) {}

    enum Role { TITLE, COMPANY, LOCATION, UNKNOWN }

    /** The role and value of a "Company: Infosys" or "company - Infosys" line. */
    record Label(Role role, String value) {}

    private static final Set<String> DATE_LABELS = Set.of("duration", "period", "tenure", "dates",
            "date", "from", "to", "since", "till", "joining date", "joining date from", "date of joining", "time period",
            "working period", "company name", "organization name", "organisation name", "worked from", "present",
            "current", "till date", "to date");

    /** "Title at Employer" in the languages of the month list. */
    private static final List<String> AT_WORDS = List.of(" at ", " @ ", " bei ", " chez ", " presso ", " bij ");
    /** "and before that I was a", "I have been working as a": how prose introduces a title. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(?:and\\s+)?(?:(?:before|after)\\s+that\\s*,?\\s+|then\\s+|later\\s+|previously\\s+|earlier\\s+)?"
                    + "(?:i\\s+(?:am|was|have\\s+been|had\\s+been)\\s+(?:currently\\s+)?(?:(?:working|employed|serving)\\s+as\\s+)?"
                    + "|(?:currently\\s+)?(?:working|worked|employed|serving)\\s+as\\s+)(?:an?\\s+)?");

    private final Words.PhraseSet titleWords;
    private final Words.PhraseSet employerWords;
    private final Places places;

    JobHeader(Words.PhraseSet titleWords, Words.PhraseSet employerWords, Places places) {
        this.titleWords = titleWords;
        this.employerWords = employerWords;
        this.places = places;
    }

    /** @param lines the header lines in reading order, dates already cut out */
    Parts resolve(List<String> lines) {
        List<Piece> pieces = new ArrayList<>();
        for (String line : lines) {
            addLine(pieces, line);
        }
        String title = firstWithRole(pieces, Role.TITLE);
        String company = firstWithRole(pieces, Role.COMPANY);
        String location = firstWithRole(pieces, Role.LOCATION);
        List<String> open = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.role() == Role.UNKNOWN) {
                open.add(piece.text());
            }
        }
        if (title.isEmpty()) {
            title = bestTitle(open);
            open.remove(title);
        }
        if (company.isEmpty()) {
            company = bestCompany(open, !title.isEmpty());
            open.remove(company);
        }
        if (title.isEmpty() && company.isEmpty() && open.size() >= 2) {
            // Nothing tells them apart: most layouts put the title first.
            title = open.removeFirst();
            company = open.removeFirst();
        }
        if (company.isEmpty() && title.isEmpty() && open.size() == 1) {
            // A lone piece without title words is more often an employer ("Globex", "Umbrella Works").
            company = open.removeFirst();
        }
        if (title.isEmpty() && !open.isEmpty()) {
            title = open.removeFirst();
        }
        if (company.isEmpty() && title.indexOf(',') > 0) {
            // "Senior Engineer, Acme Corp" as one piece: split at the comma.
            int comma = title.indexOf(',');
            String left = Words.trimSeparators(title.substring(0, comma));
            String right = Words.trimSeparators(title.substring(comma + 1));
            if (titleScore(left) > 0 && titleScore(right) == 0 && !right.isEmpty()) {
                title = left;
                company = right;
            }
        }
        return new Parts(title, company, location.isEmpty() ? Optional.empty() : Optional.of(location));
    }

    private void addLine(List<Piece> pieces, String line) {
        String text = line.strip();
        Label label = label(text);
        if (label != null) {
            if (label.role() == Role.COMPANY) {
                addPlaceOrCompany(pieces, label.value()); // "Company: Infosys Limited, Pune"
            } else if (!label.value().isEmpty()) {
                pieces.add(new Piece(label.value(), label.role()));
            }
            return;
        }
        for (String piece : Words.pieces(text)) {
            addPiece(pieces, piece);
        }
    }

    private void addPiece(List<Piece> pieces, String piece) {
        if (isNoise(piece)) {
            return;
        }
        String lower = piece.toLowerCase(Locale.ROOT);
        for (String at : AT_WORDS) {
            int index = lower.indexOf(at);
            if (index > 0) {
                pieces.add(new Piece(withoutLeadIn(Words.trimSeparators(piece.substring(0, index))), Role.TITLE));
                addPlaceOrCompany(pieces, Words.trimSeparators(piece.substring(index + at.length())));
                return;
            }
        }
        if (places.isLocation(piece)) {
            pieces.add(new Piece(piece, Role.LOCATION));
            return;
        }
        // "Infosys Limited, Pune, Maharashtra": peel the longest place off the end.
        for (int comma = piece.indexOf(','); comma > 0; comma = piece.indexOf(',', comma + 1)) {
            String tail = Words.trimSeparators(piece.substring(comma + 1));
            if (places.isLocation(tail)) {
                pieces.add(new Piece(Words.trimSeparators(piece.substring(0, comma)), Role.UNKNOWN));
                pieces.add(new Piece(tail, Role.LOCATION));
                return;
            }
        }
        splitAtComma(pieces, piece);
    }

    /**
     * "Senior Engineer, Larkspur Payments Inc.": a comma between a part with title words and a
     * part without them separates title and employer; "Acme, Inc." stays one piece.
     */
    private void splitAtComma(List<Piece> pieces, String piece) {
        int comma = piece.indexOf(',');
        if (comma > 0) {
            String left = Words.trimSeparators(piece.substring(0, comma));
            String right = Words.trimSeparators(piece.substring(comma + 1));
            boolean leftTitle = titleScore(left) > 0;
            boolean rightTitle = titleScore(right) > 0;
            if (leftTitle != rightTitle && !left.isEmpty() && !right.isEmpty()) {
                pieces.add(new Piece(left, Role.UNKNOWN));
                pieces.add(new Piece(right, Role.UNKNOWN));
                return;
            }
        }
        pieces.add(new Piece(piece, Role.UNKNOWN));
    }

    /** Labels left over when the dates were cut out ("Duration:"), links, and bare numbers. */
    static boolean isNoise(String piece) {
        if (piece.contains("://") || piece.startsWith("www.")) {
            return true;
        }
        String key = Words.key(piece);
        boolean letters = false;
        for (int i = 0; i < key.length() && !letters; i++) {
            letters = Character.isLetter(key.charAt(i));
        }
        return !letters || DATE_LABELS.contains(key);
    }

    private void addPlaceOrCompany(List<Piece> pieces, String text) {
        int size = pieces.size();
        addPiece(pieces, text);
        for (int i = size; i < pieces.size(); i++) {
            if (pieces.get(i).role() == Role.UNKNOWN) {
                pieces.set(i, new Piece(pieces.get(i).text(), Role.COMPANY));
            }
        }
    }

    /** "I have been working as a nurse" -> "nurse": prose resumes put the title in a sentence. */
    private static String withoutLeadIn(String title) {
        Matcher m = LEAD_IN.matcher(title);
        return m.lookingAt() && m.end() < title.length() ? title.substring(m.end()) : title;
    }

    /** True when a piece of text names a title or an employer by the word lists. */
    boolean looksLikeHeader(String text) {
        return text != null && (titleScore(text) > 0 || employerScore(text) > 0);
    }

    /**
     * The job label of a line ("Company: X", "Designation: Y", "company - X" as some exports
     * write it), or null when the line is not one.
     */
    static Label label(String line) {
        String text = line.strip();
        int end = text.indexOf(':');
        int valueStart = end + 1;
        if (end <= 0 || end >= 30) {
            end = text.indexOf(" - ");
            valueStart = end + 3;
        }
        if (end <= 0 || end >= 30) {
            return null;
        }
        Role role = labelRole(Words.key(text.substring(0, end)));
        return role == null ? null : new Label(role, Words.trimSeparators(text.substring(Math.min(valueStart, text.length()))));
    }

    private static Role labelRole(String label) {
        return switch (label) {
            case "company", "company name", "employer", "organisation", "organization", "firm", "organisation name",
                    "organization name" -> Role.COMPANY;
            case "designation", "role", "position", "title", "job title", "current designation", "current role" ->
                Role.TITLE;
            case "location", "place", "city" -> Role.LOCATION;
            default -> null;
        };
    }

    private static String firstWithRole(List<Piece> pieces, Role role) {
        for (Piece piece : pieces) {
            if (piece.role() == role && !piece.text().isEmpty()) {
                return piece.text();
            }
        }
        return "";
    }

    /** The piece with the most title words and fewest employer words; "" if none has any. */
    private String bestTitle(List<String> open) {
        String best = "";
        int bestScore = 0;
        for (String piece : open) {
            int score = titleScore(piece) * 2 - employerScore(piece);
            if (titleScore(piece) > 0 && score > bestScore) {
                best = piece;
                bestScore = score;
            }
        }
        return best;
    }

    /** @param titleKnown whether a title was found, so that any other piece may be the employer */
    private String bestCompany(List<String> open, boolean titleKnown) {
        for (String piece : open) {
            if (employerScore(piece) > 0) {
                return piece;
            }
        }
        if (titleKnown) {
            // Without employer words the employer is whatever is left that is not a title.
            for (String piece : open) {
                if (titleScore(piece) == 0) {
                    return piece;
                }
            }
        }
        return "";
    }

    private int titleScore(String piece) {
        return titleWords.count(Words.tokens(piece));
    }

    private int employerScore(String piece) {
        return employerWords.count(Words.tokens(piece));
    }
}
