package com.talentsync.core.resume.skills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the taxonomy's TSV files (format in the header of each file under
 * {@code talentsync/skills/}) and refuses anything doubtful with {@code file:line}: a wrong
 * column count, an unknown kind or flag, or a spelling that two skills share. A silent clash
 * would make the finder credit one skill with another's mentions.
 */
final class TaxonomyParser {

    record Source(String fileName, String content) {}

    record Result(List<Skill> skills, SpellingIndex index, String version) {}

    private static final Set<String> FLAGS = Set.of("ambiguous", "cased", "exact");

    private final SpellingIndex index = new SpellingIndex();
    private final List<Skill> skills = new ArrayList<>();

    private TaxonomyParser() {}

    static Result parse(List<Source> sources) {
        TaxonomyParser parser = new TaxonomyParser();
        for (Source source : sources) {
            parser.parseFile(source);
        }
        return new Result(List.copyOf(parser.skills), parser.index, version(sources));
    }

    /** The file name without ".tsv" is the area, so an area cannot be misspelt on one line. */
    static String areaOf(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (!base.endsWith(".tsv")) {
            throw new TaxonomyFormatException(fileName, 0, "taxonomy files end in .tsv");
        }
        String area = base.substring(0, base.length() - 4);
        if (!SkillTaxonomy.AREAS.contains(area)) {
            throw new TaxonomyFormatException(fileName, 0,
                    "unknown area '" + area + "' (known: " + String.join(", ", SkillTaxonomy.AREAS) + ")");
        }
        return area;
    }

    private void parseFile(Source source) {
        String file = source.fileName();
        String area = areaOf(file);
        String[] lines = source.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            parseLine(file, i + 1, area, line);
        }
    }

    private void parseLine(String file, int lineNo, String area, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 2 || columns.length > 4) {
            throw new TaxonomyFormatException(file, lineNo, "expected 2 to 4 tab-separated columns "
                    + "(name, kind, aliases, flags), found " + columns.length);
        }
        String name = columns[0].strip();
        if (name.isEmpty() || "~=^".indexOf(name.charAt(0)) >= 0) {
            throw new TaxonomyFormatException(file, lineNo, "the name is empty or starts with a mark (~ = ^)");
        }
        SkillKind kind = kind(file, lineNo, columns[1].strip());
        Set<String> flags = flags(file, lineNo, columns.length > 3 ? columns[3] : "");
        List<String[]> aliases = aliases(file, lineNo, columns.length > 2 ? columns[2] : "");

        boolean cased = flags.contains("cased");
        boolean ambiguous = flags.contains("ambiguous") || cased;
        String[] aliasNames = new String[aliases.size()];
        for (int i = 0; i < aliasNames.length; i++) {
            aliasNames[i] = aliases.get(i)[1];
        }
        Skill skill = new Skill(name, kind, area, List.of(aliasNames), ambiguous);
        SkillTokens.Words nameWords = words(file, lineNo, name);
        define(file, lineNo, new Spelling(skill, nameWords.lower(), nameWords.written(),
                ambiguous, flags.contains("exact"), cased, file, lineNo));
        for (String[] alias : aliases) {
            String marks = alias[0];
            SkillTokens.Words aliasWords = words(file, lineNo, alias[1]);
            define(file, lineNo, new Spelling(skill, aliasWords.lower(), aliasWords.written(),
                    marks.indexOf('~') >= 0 || marks.indexOf('^') >= 0, marks.indexOf('=') >= 0, marks.indexOf('^') >= 0,
                    file, lineNo));
        }
        skills.add(skill);
    }

    private void define(String file, int lineNo, Spelling spelling) {
        Spelling previous = index.add(spelling);
        if (previous == null) {
            return;
        }
        String shown = String.join(" ", spelling.words());
        String problem = previous.skill() == spelling.skill()
                ? "'" + shown + "' is written twice for " + spelling.skill().name()
                        + " (spellings that differ only in case or punctuation are the same)"
                : "'" + shown + "' of " + spelling.skill().name() + " is already a spelling of "
                        + previous.skill().name() + " (" + previous.file() + ":" + previous.line() + ")";
        throw new TaxonomyFormatException(file, lineNo, problem);
    }

    private static SkillKind kind(String file, int lineNo, String text) {
        try {
            return SkillKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new TaxonomyFormatException(file, lineNo,
                    "unknown kind '" + text + "' (one of " + Arrays.toString(SkillKind.values()) + ")");
        }
    }

    private static Set<String> flags(String file, int lineNo, String column) {
        if (column.isBlank()) {
            return Set.of();
        }
        Set<String> flags = new HashSet<>();
        for (String flag : column.split(",")) {
            String f = flag.strip().toLowerCase(Locale.ROOT);
            if (!FLAGS.contains(f)) {
                throw new TaxonomyFormatException(file, lineNo, "unknown flag '" + flag.strip() + "' (one of " + FLAGS + ")");
            }
            flags.add(f);
        }
        return flags;
    }

    /** Each alias as {marks, text}; marks are any of ~ = ^ in front of the text. */
    private static List<String[]> aliases(String file, int lineNo, String column) {
        if (column.isBlank()) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String raw : column.split("\\|", -1)) {
            String alias = raw.strip();
            int m = 0;
            while (m < alias.length() && "~=^".indexOf(alias.charAt(m)) >= 0) {
                m++;
            }
            String text = alias.substring(m).strip();
            if (text.isEmpty()) {
                throw new TaxonomyFormatException(file, lineNo, "empty alias (two | in a row or a | at an end?)");
            }
            out.add(new String[] {alias.substring(0, m), text});
        }
        return out;
    }

    private static SkillTokens.Words words(String file, int lineNo, String spelling) {
        SkillTokens.Words words = SkillTokens.spelling(spelling);
        if (words.lower().length == 0) {
            throw new TaxonomyFormatException(file, lineNo, "'" + spelling + "' has no letters or digits");
        }
        return words;
    }

    /** A short hash of the data, so a stored analysis can say which taxonomy made it. */
    private static String version(List<Source> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Source source : sources) {
                sha.update((source.fileName() + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(source.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
