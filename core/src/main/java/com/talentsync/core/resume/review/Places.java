package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.util.List;

/** Turns a 0-based line into the place people read in a finding: "Experience, line 14". */
final class Places {

    static final String WHOLE_DOCUMENT = "whole document";
    private static final int MAX_HEADING_NAME = 40;

    private final List<Section> sections;
    private final int lineCount;

    Places(List<Section> sections, int lineCount) {
        this.sections = sections;
        this.lineCount = lineCount;
    }

    /**
     * The line itself when it is in the text, else -1. Section bounds and entry lines come
     * from the extractor; one that points past the text must not turn into a broken link.
     */
    int clamp(int line) {
        return line >= 0 && line < lineCount ? line : -1;
    }

    /** Lines are shown 1-based, as editors number them. */
    String where(int line) {
        if (line < 0) {
            return WHOLE_DOCUMENT;
        }
        for (Section section : sections) {
            if (line >= section.startLine() && line < section.endLine()) {
                String name = name(section);
                return name.isEmpty() ? "Line " + (line + 1) : name + ", line " + (line + 1);
            }
        }
        return "Line " + (line + 1);
    }

    /**
     * A fixed English name per kind, not the heading as written: headings come in capitals,
     * with colons or in other languages, and the app shows these names beside its own labels.
     */
    static String name(Section section) {
        return switch (section.kind()) {
            case CONTACT -> "Contact";
            case SUMMARY -> "Summary";
            case EXPERIENCE -> "Experience";
            case EDUCATION -> "Education";
            case SKILLS -> "Skills";
            case PROJECTS -> "Projects";
            case CERTIFICATIONS -> "Certifications";
            case LANGUAGES -> "Languages";
            case PUBLICATIONS -> "Publications";
            case ACHIEVEMENTS -> "Achievements";
            case VOLUNTEERING -> "Volunteering";
            case POSITIONS_OF_RESPONSIBILITY -> "Positions of responsibility";
            case OTHER -> headingAsName(section.heading());
        };
    }

    /** An unknown section is named by its heading, unless that is missing or a whole sentence. */
    private static String headingAsName(String heading) {
        if (heading == null) {
            return "";
        }
        String name = heading.strip();
        return name.length() <= MAX_HEADING_NAME ? name : "";
    }

    /** The first line of the first section of this kind, or -1. */
    int start(SectionKind kind) {
        for (Section section : sections) {
            if (section.kind() == kind) {
                return Math.max(section.startLine(), -1);
            }
        }
        return -1;
    }
}
