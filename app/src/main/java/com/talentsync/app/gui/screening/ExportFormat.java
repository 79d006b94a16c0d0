package com.talentsync.app.gui.screening;

import java.util.List;

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

    /** The patterns a file chooser offers for this format, e.g. {@code *.csv}. */
    public List<String> patterns() {
        return List.of("*." + extension);
    }
}
