package com.talentsync.core.screen.export;

import static com.talentsync.core.screen.export.ExportSamples.asha;
import static com.talentsync.core.screen.export.ExportSamples.hostile;
import static com.talentsync.core.screen.export.ExportSamples.options;
import static com.talentsync.core.screen.export.ExportSamples.withForeignNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingCsvTest {

    @TempDir
    Path temp;

    private static List<CSVRecord> read(String csv) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(csv)).getRecords();
    }

    private static String write(List<ReportEntry> entries, boolean blind) throws Exception {
        StringBuilder out = new StringBuilder();
        RankingCsv.write(entries, options(blind), out);
        return out.toString();
    }

    @Test
    void everyColumnIsWrittenAndReadsBack() throws Exception {
        String csv = write(List.of(asha(), withForeignNotes()), false);

        assertThat(csv.lines().findFirst()).hasValue(String.join(",", RankingCsv.HEADER));
        List<CSVRecord> records = read(csv);
        assertThat(records).hasSize(2);
        CSVRecord first = records.getFirst();
        assertThat(first.toMap()).containsEntry("rank", "1").containsEntry("file", "Asha_Rao_CV.pdf")
                .containsEntry("name", "Asha Rao").containsEntry("score", "80")
                .containsEntry("category", "Java Developer").containsEntry("matched required", "Java; SQL")
                .containsEntry("missing required", "Docker").containsEntry("status", "shortlisted")
                .containsEntry("notes", "Call Asha on +91 98765 43210, she knows Kafka");
        assertThat(Double.parseDouble(first.get("years"))).isBetween(8.0, 8.5);
        assertThat(records.get(1).get("notes")).isEqualTo("面试 ok — naïve café\nsecond line");
        assertThat(records.get(1).get("status")).isEqualTo("interview");
    }

    @Test
    void cellsThatLookLikeFormulasAreMadeText() throws Exception {
        CSVRecord record = read(write(List.of(hostile()), false)).getFirst();

        assertThat(record.get("file")).isEqualTo("'=cmd|' /C calc'!A0 <b>x</b>.txt");
        assertThat(record.get("notes")).startsWith("'=HYPERLINK(");
    }

    @CsvSource(quoteCharacter = '"', value = {
            "=1+1, '=1+1",
            "+49 30 1234, '+49 30 1234",
            "-2, '-2",
            "@SUM(A1), '@SUM(A1)",
            "plain text, plain text",
            "a=b, a=b"})
    @ParameterizedTest
    void formulaStartsArePrefixed(String value, String expected) {
        assertThat(RankingCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartArePrefixedToo() {
        assertThat(RankingCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(RankingCsv.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(RankingCsv.cell("")).isEmpty();
    }

    @Test
    void blindCsvHidesTheCandidateEverywhere() throws Exception {
        String csv = write(List.of(asha()), true);

        CSVRecord record = read(csv).getFirst();
        assertThat(record.get("name")).isEqualTo("Candidate 1");
        assertThat(record.get("file")).isEqualTo("[name]_[name]_CV.pdf");
        assertThat(record.get("notes")).isEqualTo("Call [name] on [phone], they knows Kafka");
        assertThat(csv).doesNotContainIgnoringCase("asha").doesNotContain("98765");
    }

    @Test
    void aFileStartsWithAByteOrderMarkForSpreadsheets() throws Exception {
        Path file = temp.resolve("ranking.csv");

        RankingCsv.write(List.of(asha()), options(false), file);

        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFrank,file,");
        assertThat(read(content.substring(1))).singleElement()
                .satisfies(record -> assertThat(record.get("name")).isEqualTo("Asha Rao"));
    }
}
