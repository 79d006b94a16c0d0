package com.talentsync.core.match.eval;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A job ad with the resume category it is written for, the relevant class of a ranking check.
 *
 * @param name     the file name without {@code .txt}, e.g. "java-developer"
 * @param category the category label, as in the resume data ("Java Developer")
 * @param text     the ad, without its {@code Category:} header
 */
public record LabelledJob(String name, String category, String text) {

    private static final Pattern HEADER = Pattern.compile("^\\s*Category\\s*:\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);

    public LabelledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Every {@code *.txt} in {@code folder}, by file name. Each file's first non-blank line is
     * {@code Category: <label>}; the rest is the ad.
     */
    public static List<LabelledJob> readFolder(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(InputError.Kind.NOT_FOUND, folder + " is not a folder (expected a folder of job ads, one .txt file each)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException(InputError.Kind.EMPTY, folder + " holds no .txt job ads");
        }
        List<LabelledJob> jobs = new ArrayList<>();
        for (Path file : files) {
            jobs.add(read(file));
        }
        return List.copyOf(jobs);
    }

    /** One ad file: a {@code Category:} first line, then the ad. */
    public static LabelledJob read(Path file) throws InputException {
        String fileName = file.getFileName().toString();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, "cannot read " + fileName + ": " + e.getMessage(), e);
        }
        String[] lines = content.split("\\R", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Matcher m = first < lines.length ? HEADER.matcher(lines[first]) : null;
        if (m == null || !m.matches()) {
            throw new InputException(InputError.Kind.CORRUPT, fileName
                    + ": the first line must be 'Category: <label>' naming the resume category the ad is for");
        }
        String text = String.join("\n", List.of(lines).subList(first + 1, lines.length)).strip();
        if (text.isEmpty()) {
            throw new InputException(InputError.Kind.EMPTY, fileName + " has a category but no job ad text");
        }
        return new LabelledJob(fileName.substring(0, fileName.length() - ".txt".length()), m.group(1), text);
    }
}
