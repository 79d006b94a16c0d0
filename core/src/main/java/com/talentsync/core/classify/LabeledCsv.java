package com.talentsync.core.classify;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labelled CSV: RFC 4180 (quoted fields may hold commas, quotes and line breaks), UTF-8
 * with or without a byte-order mark, a header row naming {@code Category} and {@code Resume}
 * (any case, any other columns ignored). Rows whose category or text is blank are skipped and
 * counted; every other problem is an {@link InputException} with one line to show the user.
 */
final class LabeledCsv {

    static final String LABEL_COLUMN = "Category";
    static final String TEXT_COLUMN = "Resume";

    /** The usable rows, in file order, and how many rows were skipped as blank. */
    record Rows(List<LabeledText> rows, int blankRows) {}

    private LabeledCsv() {}

    static Rows read(Path csv) throws InputException {
        String name = csv.getFileName() == null ? csv.toString() : csv.getFileName().toString();
        if (Files.isDirectory(csv)) {
            throw new InputException(InputError.Kind.UNREADABLE, name + " is a folder, not a CSV file");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        // Replace undecodable bytes instead of failing: exported resume CSVs often carry a few.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader reader = new InputStreamReader(Files.newInputStream(csv), decoder);
                CSVParser parser = CSVParser.parse(skipByteOrderMark(reader), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new InputException(InputError.Kind.EMPTY, name + " is empty: expected a header row "
                        + LABEL_COLUMN + "," + TEXT_COLUMN + " and one row per resume");
            }
            String labelColumn = column(header, LABEL_COLUMN);
            String textColumn = column(header, TEXT_COLUMN);
            if (labelColumn == null || textColumn == null) {
                throw new InputException(InputError.Kind.CORRUPT, name + ": the first row must be a header with columns "
                        + LABEL_COLUMN + " and " + TEXT_COLUMN + "; found: " + describe(parser.getHeaderNames()));
            }
            List<LabeledText> rows = new ArrayList<>();
            int blank = 0;
            for (CSVRecord record : parser) {
                String label = record.isSet(labelColumn) ? record.get(labelColumn).strip() : "";
                String text = record.isSet(textColumn) ? record.get(textColumn) : "";
                if (label.isEmpty() || text.isBlank()) {
                    blank++;
                } else {
                    rows.add(new LabeledText(label, text));
                }
            }
            if (rows.isEmpty()) {
                throw new InputException(InputError.Kind.EMPTY, name + " has a header but no row with both a "
                        + LABEL_COLUMN + " and a " + TEXT_COLUMN + " text");
            }
            return new Rows(List.copyOf(rows), blank);
        } catch (NoSuchFileException e) {
            throw new InputException(InputError.Kind.NOT_FOUND, "file not found: " + csv);
        } catch (AccessDeniedException e) {
            throw new InputException(InputError.Kind.UNREADABLE, "cannot read " + csv + ": permission denied");
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, "cannot read " + name + ": " + oneLine(e.getMessage()), e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and bad headers with unchecked exceptions.
            throw new InputException(InputError.Kind.CORRUPT, name + " is not a valid CSV file: " + oneLine(e.getMessage()), e);
        }
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String column(Map<String, Integer> header, String wanted) {
        for (String name : header.keySet()) {
            if (name != null && name.strip().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    private static String describe(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String headerName : names.subList(0, Math.min(5, names.size()))) {
            String clean = oneLine(headerName);
            shown.add(clean.length() > 30 ? clean.substring(0, 29) + "…" : clean);
        }
        return String.join(", ", shown) + (names.size() > 5 ? ", …" : "");
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
