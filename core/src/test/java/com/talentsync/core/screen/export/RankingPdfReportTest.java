package com.talentsync.core.screen.export;

import static com.talentsync.core.screen.export.ExportSamples.asha;
import static com.talentsync.core.screen.export.ExportSamples.hostile;
import static com.talentsync.core.screen.export.ExportSamples.options;
import static com.talentsync.core.screen.export.ExportSamples.withForeignNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingPdfReportTest {

    @TempDir
    Path temp;

    private record Read(int pages, String text) {}

    private static Read render(List<ReportEntry> entries, boolean blind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingPdfReport.write(entries, options(blind), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new Read(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        }
    }

    @Test
    void eachCandidateIsABlockWithItsDetails() throws Exception {
        Read pdf = render(List.of(asha(), hostile(), withForeignNotes()), false);

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Ranking: Java Developer", "3 candidates",
                "1. Asha Rao · score 80 · Java Developer · 8.", "years · shortlisted", "2. (no name found) · score 35", "File: Asha_Rao_CV.pdf",
                "Matched required: Java, SQL", "Missing required: Docker",
                "Notes: Call Asha on +91 98765 43210, she knows Kafka", "page 1 of 1");
        assertThat(pdf.text().indexOf("1. Asha Rao")).isLessThan(pdf.text().indexOf("3. Meera Iyer"));
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarks() throws Exception {
        Read pdf = render(List.of(withForeignNotes()), false);

        assertThat(pdf.text()).contains("Notes: ?? ok — naïve café", "second line");
    }

    @Test
    void longRankingsRunOverPagesWithoutLosingACandidate() throws Exception {
        Read pdf = render(ExportSamples.many(60), false);

        assertThat(pdf.pages()).isGreaterThan(2);
        for (int i = 1; i <= 60; i++) {
            assertThat(pdf.text()).contains("File: cv-" + i + ".txt").contains("Notes: note " + i);
        }
        assertThat(pdf.text()).contains("page 1 of " + pdf.pages(), "page " + pdf.pages() + " of " + pdf.pages());
    }

    @Test
    void blindPdfHidesTheCandidate() throws Exception {
        Read pdf = render(List.of(asha()), true);

        assertThat(pdf.text()).contains("1. Candidate 1", "blind review", "File: [name]_[name]_CV.pdf",
                "Notes: Call [name] on [phone], they knows Kafka").doesNotContainIgnoringCase("asha")
                .doesNotContain("98765");
    }

    @Test
    void aVeryLongWordIsSplitToFitTheLine() throws Exception {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String word = "x".repeat(500);

        List<String> lines = PdfText.wrap(font, 10, "start " + word + " end", 200);

        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(PdfText.width(font, 10, line)).isLessThanOrEqualTo(200));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("start" + word + "end");
    }

    @Test
    void writesAFile() throws Exception {
        Path file = temp.resolve("ranking.pdf");

        RankingPdfReport.write(List.of(asha()), options(false), file);

        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes());
    }
}
