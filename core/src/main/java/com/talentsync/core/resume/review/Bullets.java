package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the bullets the language and impact checks judge, each with the line it sits on so a
 * finding can point at it.
 */
final class Bullets {

    /** One bullet without its marker; {@code line} is 0-based in {@code facts.lines()}. */
    record Bullet(String text, int line) {}

    /** How far below a job's first line its bullets are looked for. */
    private static final int SEARCH_WINDOW = 80;
    /** Enough of a bullet to recognise its line without comparing whole paragraphs. */
    private static final int KEY_LENGTH = 24;
    /** Sections whose list items are not achievements (skills, languages, ...). */
    private static final Set<SectionKind> NOT_ACHIEVEMENTS = EnumSet.of(SectionKind.CONTACT, SectionKind.SKILLS,
            SectionKind.EDUCATION, SectionKind.CERTIFICATIONS, SectionKind.LANGUAGES);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Bullets() {}

    /**
     * The extractor's bullets when it found some; otherwise the marked lines of the Experience
     * section; otherwise marked lines anywhere outside lists such as Skills. The fallbacks keep
     * the review useful when the extractor could not split the jobs apart.
     */
    static List<Bullet> find(ResumeFacts facts) {
        List<String> lines = facts.lines();
        List<Bullet> bullets = new ArrayList<>();
        String[] lineKeys = new String[lines.size()];
        for (ExperienceEntry entry : facts.experience()) {
            int cursor = Math.max(0, entry.line());
            for (String text : entry.bullets()) {
                String clean = TextPatterns.withoutMarker(text);
                if (clean.isEmpty()) {
                    continue;
                }
                int line = locate(lines, lineKeys, clean, cursor);
                if (line >= 0) {
                    cursor = line + 1;
                }
                bullets.add(new Bullet(clean, line >= 0 ? line : lineOrUnknown(entry.line(), lines.size())));
            }
        }
        if (!bullets.isEmpty()) {
            return bullets;
        }
        List<Section> experience = facts.sections().stream().filter(s -> s.kind() == SectionKind.EXPERIENCE).toList();
        if (!experience.isEmpty()) {
            for (Section section : experience) {
                addMarked(lines, Math.max(0, section.startLine()), Math.min(lines.size(), section.endLine()), bullets);
            }
            return bullets;
        }
        boolean[] excluded = new boolean[lines.size()];
        for (Section section : facts.sections()) {
            if (NOT_ACHIEVEMENTS.contains(section.kind())) {
                for (int i = Math.max(0, section.startLine()); i < Math.min(lines.size(), section.endLine()); i++) {
                    excluded[i] = true;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!excluded[i]) {
                addMarked(lines, i, i + 1, bullets);
            }
        }
        return bullets;
    }

    private static void addMarked(List<String> lines, int from, int to, List<Bullet> bullets) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (TextPatterns.hasMarker(line)) {
                String clean = TextPatterns.withoutMarker(line);
                if (!clean.isEmpty()) {
                    bullets.add(new Bullet(clean, i));
                }
            }
        }
    }

    /**
     * The first line at or after {@code from} holding the start of the bullet. The extractor may
     * have joined a bullet wrapped over two lines, so the line may hold only its beginning.
     */
    private static int locate(List<String> lines, String[] lineKeys, String bullet, int from) {
        String key = key(bullet);
        int end = Math.min(lines.size(), from + SEARCH_WINDOW);
        for (int i = from; i < end; i++) {
            if (lineKeys[i] == null) {
                // Worked out once per line and only for lines we reach: jobs overlap windows.
                lineKeys[i] = key(TextPatterns.withoutMarker(lines.get(i)));
            }
            String line = lineKeys[i];
            if (!line.isEmpty() && (line.startsWith(key) || (line.length() >= 8 && key.startsWith(line)))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String text) {
        String collapsed = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return collapsed.length() > KEY_LENGTH ? collapsed.substring(0, KEY_LENGTH) : collapsed;
    }

    private static int lineOrUnknown(int line, int lineCount) {
        return line >= 0 && line < lineCount ? line : -1;
    }
}
