package com.talentsync.core.resume;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The resume file formats TalentSync reads, keyed by file extension. The app uses this for
 * its file chooser filters and messages; {@link TikaDocumentReader} uses it to refuse
 * anything else before parsing.
 */
public enum SupportedFormat {
    PDF("a PDF document", List.of("pdf"), List.of("application/pdf")),
    DOCX("a Word document", List.of("docx"),
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    DOC("a Word 97-2003 document", List.of("doc"), List.of("application/msword")),
    RTF("an RTF document", List.of("rtf"), List.of("application/rtf")),
    ODT("an OpenDocument text", List.of("odt"), List.of("application/vnd.oasis.opendocument.text")),
    HTML("a web page", List.of("html", "htm"), List.of("text/html", "application/xhtml+xml")),
    TXT("a plain-text file", List.of("txt", "text", "md"), List.of("text/plain"));

    private final String description;
    private final List<String> extensions;
    private final List<String> mediaTypes;

    SupportedFormat(String description, List<String> extensions, List<String> mediaTypes) {
        this.description = description;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
    }

    /** With its article, for sentences: "a PDF document". */
    public String description() {
        return description;
    }

    /** Lower-case, without dots; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The first is the canonical type. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    public String mediaType() {
        return mediaTypes.getFirst();
    }

    /** True for formats that are text on disk, where "binary content" is itself a mismatch. */
    public boolean isPlainText() {
        return this == TXT || this == HTML;
    }

    /** "pdf, docx, doc, rtf, odt, html, txt": one name per format, for messages. */
    public static String supportedList() {
        return Arrays.stream(values()).map(f -> f.extensions.getFirst()).collect(Collectors.joining(", "));
    }

    /** Every accepted extension, for file chooser filters. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    public static Optional<SupportedFormat> forExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(wanted)).findFirst();
    }

    public static Optional<SupportedFormat> forFileName(String fileName) {
        return extensionOf(fileName).flatMap(SupportedFormat::forExtension);
    }

    /** The text after the last dot, lower-cased; empty when there is none. */
    public static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
