package com.talentsync.core.match.eval;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A resume text with its known category.
 *
 * @param id       where it came from, e.g. "row 12"
 * @param category the category label
 * @param text     the resume text
 */
public record LabelledResume(String id, String category, String text) {

    static final String CATEGORY_COLUMN = "Category";
    static final String TEXT_COLUMN = "Resume";

    public LabelledResume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The rows of a CSV with a header naming {@code Category} and {@code Resume} (any case, other
     * columns ignored), quoted fields with line breaks allowed. Blank rows are skipped. Ids are
     * "row N", counting data rows from 1.
     */
    public static List<LabelledResume> readCsv(Path csv) throws InputException {
        String name = csv.getFileName() == null ? csv.toString() : csv.getFileName().toString();
        if (!Files.isRegularFile(csv)) {
            throw new InputException(InputError.Kind.NOT_FOUND, name + " not found (expected a CSV with columns Category,Resume)");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        // Exported resume data often carries a few undecodable bytes; they become U+FFFD, not an error.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader reader = new InputStreamReader(Files.newInputStream(csv), decoder);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String category = column(header, CATEGORY_COLUMN);
            String text = column(header, TEXT_COLUMN);
            if (category == null || text == null) {
                throw new InputException(InputError.Kind.CORRUPT, name + ": the first row must be a header with columns "
                        + CATEGORY_COLUMN + " and " + TEXT_COLUMN);
            }
            List<LabelledResume> out = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                String label = record.isSet(category) ? record.get(category).strip() : "";
                String body = record.isSet(text) ? record.get(text) : "";
                if (!label.isEmpty() && !body.isBlank()) {
                    out.add(new LabelledResume("row " + row, label, body));
                }
            }
            if (out.isEmpty()) {
                throw new InputException(InputError.Kind.EMPTY, name + " has no rows with both a category and a resume");
            }
            return List.copyOf(out);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(InputError.Kind.CORRUPT, name + " is not a readable CSV: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private static String column(Map<String, Integer> header, String wanted) {
        if (header == null) {
            return null;
        }
        for (String name : header.keySet()) {
            if (name != null && name.strip().equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        return null;
    }
}
