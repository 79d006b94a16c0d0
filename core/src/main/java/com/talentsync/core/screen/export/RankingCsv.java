package com.talentsync.core.screen.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A ranking as CSV (RFC 4180, one header row). Safe to open in a spreadsheet: a cell that
 * starts like a formula (= + - @, tab or carriage return) is prefixed with an apostrophe, so a
 * resume named "=HYPERLINK(...)" shows as text instead of running.
 */
public final class RankingCsv {

    static final List<String> HEADER = List.of("rank", "file", "name", "score", "category", "years",
            "matched required", "missing required", "status", "notes");
    private static final String LIST_SEPARATOR = "; ";
    /** Excel reads a UTF-8 file as its local code page unless it starts with this mark. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RankingCsv() {}

    public static void write(List<ReportEntry> entries, ReportOptions options, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        // Not closed: closing the printer would close the caller's stream.
        CSVPrinter printer = new CSVPrinter(out, format);
        for (ReportRow row : ReportRow.of(entries, options)) {
            printer.printRecord(row.rank(), cell(row.file()), cell(row.name()), row.score(), cell(row.category()),
                    row.years(), cell(String.join(LIST_SEPARATOR, row.matchedRequired())),
                    cell(String.join(LIST_SEPARATOR, row.missingRequired())), row.status(), cell(row.notes()));
        }
        printer.flush();
    }

    /** Writes UTF-8 with a byte order mark, so spreadsheets show accented names correctly. */
    public static void write(List<ReportEntry> entries, ReportOptions options, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(BYTE_ORDER_MARK);
            write(entries, options, writer);
        }
    }

    /** Text a spreadsheet would take for a formula, made plain text. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
