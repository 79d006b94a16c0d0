package com.talentsync.app.gui.screening;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The files a ranking can be exported to. */
public enum ExportFormat {
    CSV("csv", "CSV spreadsheet"),
    HTML("html", "HTML report (one file)"),
    PDF("pdf", "PDF report");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** Without the dot, lower case. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /**
     * A file name for an export of a job's ranking, without the characters some file systems
     * refuse, e.g. {@code "Data Analyst — Acme ranking (blind).csv"}.
     */
    public String suggestedName(String jobLabel, boolean blind) {
        String base = jobLabel.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        return (base.isEmpty() ? "ranking" : base + " ranking") + (blind ? " (blind)" : "") + "." + extension;
    }

    /** The file as chosen, with this format's extension added when it has another or none. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }

    /** The patterns a file chooser offers for this format, e.g. {@code *.csv}. */
    public List<String> patterns() {
        return List.of("*." + extension);
    }
}
