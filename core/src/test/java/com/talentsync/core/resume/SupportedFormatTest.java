package com.talentsync.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SupportedFormatTest {

    @Test
    void listsOneExtensionPerFormatForMessages() {
        assertThat(SupportedFormat.supportedList()).isEqualTo("pdf, docx, doc, rtf, odt, html, txt");
    }

    @Test
    void offersEveryExtensionForFileChoosers() {
        assertThat(SupportedFormat.allExtensions())
                .containsExactly("pdf", "docx", "doc", "rtf", "odt", "html", "htm", "txt", "text", "md");
    }

    @ParameterizedTest
    @CsvSource({
        "cv.pdf, PDF",
        "CV.PDF, PDF",
        "my.cv.docx, DOCX",
        "old.doc, DOC",
        "cv.rtf, RTF",
        "cv.odt, ODT",
        "page.htm, HTML",
        "page.HTML, HTML",
        "notes.text, TXT",
        "README.md, TXT"
    })
    void recognisesSupportedNames(String fileName, SupportedFormat expected) {
        assertThat(SupportedFormat.forFileName(fileName)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"photo.png", "archive.tar.gz", "resume", "trailing.", "cv.pdf.exe"})
    void refusesOtherNames(String fileName) {
        assertThat(SupportedFormat.forFileName(fileName)).isEmpty();
    }

    @Test
    void extensionIsTheTextAfterTheLastDot() {
        assertThat(SupportedFormat.extensionOf("a.b.PDF")).contains("pdf");
        assertThat(SupportedFormat.extensionOf("noext")).isEqualTo(Optional.empty());
    }

    @Test
    void firstMediaTypeIsCanonical() {
        assertThat(SupportedFormat.HTML.mediaType()).isEqualTo("text/html");
        assertThat(SupportedFormat.HTML.mediaTypes()).contains("application/xhtml+xml");
        assertThat(SupportedFormat.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
