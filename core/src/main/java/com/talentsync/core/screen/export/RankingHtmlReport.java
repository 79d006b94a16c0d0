package com.talentsync.core.screen.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A ranking as one self-contained HTML file: inline CSS, no scripts, no external requests,
 * readable offline and printable. Resume text is untrusted, so every value goes in through
 * jsoup's text and attribute setters, which escape it, and a Content-Security-Policy forbids
 * scripts besides: a resume containing {@code <script>} shows as text.
 */
public final class RankingHtmlReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:2rem auto;max-width:1200px;padding:0 1rem}
            h1{font-size:1.5rem;margin:0 0 .25rem}
            .meta{color:#59636e;margin:0 0 1.5rem}
            .blind{display:inline-block;background:#fff3cd;border:1px solid #e6c96b;border-radius:4px;padding:0 .4rem;margin-left:.5rem}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .bar{display:inline-block;height:.55rem;background:#2f81f7;border-radius:2px;margin-left:.4rem}
            .missing{color:#b35900}
            .status{white-space:nowrap}
            details{margin:.75rem 0;border:1px solid #d1d9e0;border-radius:6px;padding:.5rem .75rem}
            summary{cursor:pointer;font-weight:600}
            pre{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;margin:.5rem 0 0}
            @media print{details{break-inside:avoid}.bar{print-color-adjust:exact}}
            """;

    private RankingHtmlReport() {}

    public static String render(List<ReportEntry> entries, ReportOptions options) {
        List<ReportRow> rows = ReportRow.of(entries, options);
        Document document = Document.createShell("");
        document.insertChildren(0, new DocumentType("html", "", ""));
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).indentAmount(1);
        Element html = document.selectFirst("html");
        html.attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("Ranking: " + options.jobTitle());
        head.appendElement("style").appendChild(new DataNode(STYLE));

        Element body = document.body();
        body.appendElement("h1").text("Ranking: " + options.jobTitle());
        Element meta = body.appendElement("p").addClass("meta");
        meta.appendText(rows.size() + (rows.size() == 1 ? " candidate" : " candidates") + " · generated "
                + WHEN.format(options.generatedAt()));
        if (options.blind()) {
            meta.appendElement("span").addClass("blind").text("Blind review: names and contact details hidden");
        }
        table(body, rows);
        for (ReportRow row : rows) {
            Element details = body.appendElement("details");
            details.appendElement("summary").text(row.rank() + ". " + row.displayName() + " · " + row.file());
            details.appendElement("pre").text(row.excerpt());
        }
        return document.outerHtml();
    }

    public static void write(List<ReportEntry> entries, ReportOptions options, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(render(entries, options));
        }
    }

    private static void table(Element body, List<ReportRow> rows) {
        Element table = body.appendElement("table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("#", "Candidate", "File", "Score", "Category", "Years", "Matched required",
                "Missing required", "Status", "Notes")) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (ReportRow row : rows) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").addClass("num").text(Integer.toString(row.rank()));
            tr.appendElement("td").text(row.displayName());
            tr.appendElement("td").text(row.file());
            Element score = tr.appendElement("td").addClass("num").text(Integer.toString(row.score()));
            score.appendElement("span").addClass("bar").attr("style", "width:" + row.score() * 0.6 + "px")
                    .attr("aria-hidden", "true");
            tr.appendElement("td").text(row.category());
            tr.appendElement("td").addClass("num").text(row.years());
            tr.appendElement("td").text(String.join(", ", row.matchedRequired()));
            tr.appendElement("td").addClass("missing").text(String.join(", ", row.missingRequired()));
            tr.appendElement("td").addClass("status").text(row.status());
            tr.appendElement("td").text(row.notes());
        }
    }
}
