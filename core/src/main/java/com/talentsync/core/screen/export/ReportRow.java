package com.talentsync.core.screen.export;

import com.talentsync.core.privacy.BlindMask;
import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.screen.ScreenedResume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One ranking row as every export shows it: the values already masked when the report is
 * blind, so no export can forget to. Values are untrusted text from resumes; each format
 * escapes them its own way.
 */
record ReportRow(int rank, String name, String file, int score, String category, String years,
        List<String> matchedRequired, List<String> missingRequired, String status, String notes, String excerpt) {

    private static final int EXCERPT_CHARS = 600;
    private static final String NO_NAME = "(no name found)";
    private static final BlindMask MASK = new BlindMask();

    /** The name, or a note saying none was found, for reports people read. */
    String displayName() {
        return name.isEmpty() ? NO_NAME : name;
    }

    /** Rows in the order given, ranked from 1. */
    static List<ReportRow> of(List<ReportEntry> entries, ReportOptions options) {
        Set<String> required = options.requiredSkills().stream().map(ReportRow::lower).collect(Collectors.toSet());
        List<ReportRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(row(i + 1, entries.get(i), required, options.blind()));
        }
        return rows;
    }

    private static ReportRow row(int rank, ReportEntry entry, Set<String> required, boolean blind) {
        ScreenedResume resume = entry.resume();
        Contact contact = resume.analysis().facts().contact();
        List<String> matched = required.isEmpty() ? resume.match().matchedSkills()
                : resume.match().matchedSkills().stream().filter(skill -> required.contains(lower(skill))).toList();
        String name = blind ? BlindMask.label(rank) : resume.name();
        String file = blind ? MASK.mask(resume.file(), contact) : resume.file();
        String notes = blind ? MASK.mask(entry.notes(), contact) : entry.notes();
        // Masked before cutting, so a cut can never leave half a phone number the mask would not know.
        String excerpt = excerpt(blind ? MASK.mask(resume.text(), contact) : resume.text());
        return new ReportRow(rank, name, file, resume.score(), resume.category(),
                String.format(Locale.ROOT, "%.1f", resume.years()), matched, resume.match().missingRequired(),
                lower(entry.status().name()), notes, excerpt);
    }

    /** The top of the resume, cut at a line or word so the mask sees whole words. */
    private static String excerpt(String text) {
        String trimmed = text.strip();
        if (trimmed.length() <= EXCERPT_CHARS) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf('\n', EXCERPT_CHARS);
        if (cut < EXCERPT_CHARS / 2) {
            cut = trimmed.lastIndexOf(' ', EXCERPT_CHARS);
        }
        return trimmed.substring(0, cut > 0 ? cut : EXCERPT_CHARS).strip() + " …";
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
