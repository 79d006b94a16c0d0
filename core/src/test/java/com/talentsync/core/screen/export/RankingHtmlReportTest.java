package com.talentsync.core.screen.export;

import static com.talentsync.core.screen.export.ExportSamples.asha;
import static com.talentsync.core.screen.export.ExportSamples.hostile;
import static com.talentsync.core.screen.export.ExportSamples.options;
import static com.talentsync.core.screen.export.ExportSamples.withForeignNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingHtmlReportTest {

    @TempDir
    Path temp;

    @Test
    void theTableListsEveryCandidateInRankOrder() {
        Document html = Jsoup.parse(RankingHtmlReport.render(List.of(asha(), hostile(), withForeignNotes()), options(false)));

        assertThat(html.title()).isEqualTo("Ranking: Java Developer");
        assertThat(html.select("thead th")).extracting(Element::text).containsExactly("#", "Candidate", "File", "Score",
                "Category", "Years", "Matched required", "Missing required", "Status", "Notes");
        List<Element> rows = html.select("tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().select("td")).extracting(Element::text).startsWith("1", "Asha Rao",
                "Asha_Rao_CV.pdf", "80", "Java Developer");
        assertThat(rows.getFirst().select("td").get(6).text()).isEqualTo("Java, SQL");
        assertThat(rows.getFirst().select("td").get(7).text()).isEqualTo("Docker");
        assertThat(rows.get(2).select("td").get(9).text()).contains("面试 ok — naïve café");
        assertThat(html.select("details summary")).extracting(Element::text)
                .containsExactly("1. Asha Rao · Asha_Rao_CV.pdf", "2. (no name found) · =cmd|' /C calc'!A0 <b>x</b>.txt",
                        "3. Meera Iyer · meera.txt");
        assertThat(html.text()).contains("3 candidates", "1 Jun 2026, 09:30 UTC");
    }

    @Test
    void hostileResumeTextComesOutAsInertText() {
        String rendered = RankingHtmlReport.render(List.of(hostile()), options(false));
        Document html = Jsoup.parse(rendered);

        assertThat(html.select("script, img, iframe, object, embed, link, b")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(element -> {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotIn("src", "href");
            }
        });
        assertThat(html.select("tbody td").get(9).text()).contains(ExportSamples.SCRIPT);
        assertThat(html.select("details pre").text()).contains(ExportSamples.SCRIPT, "<img src=x onerror=alert(1)>");
        assertThat(rendered).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void theFileStandsAloneAndForbidsScripts() throws Exception {
        Path file = temp.resolve("ranking.html");

        RankingHtmlReport.write(List.of(asha()), options(false), file);

        Document html = Jsoup.parse(file.toFile());
        assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(html.select("style").html()).contains("table{");
        assertThat(html.select("[src], [href], link")).isEmpty();
        assertThat(html.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    }

    @Test
    void blindReportHidesTheCandidateInTableDetailsAndNotes() {
        String rendered = RankingHtmlReport.render(List.of(asha(), withForeignNotes()), options(true));
        Document html = Jsoup.parse(rendered);

        assertThat(html.select("tbody tr td:eq(1)")).extracting(Element::text).containsExactly("Candidate 1", "Candidate 2");
        assertThat(html.text()).contains("Blind review").contains("[name]", "[email]", "[phone]")
                .doesNotContainIgnoringCase("asha").doesNotContainIgnoringCase("meera").doesNotContain("98765")
                .doesNotContain("example.com").contains("Java Developer", "Kafka");
    }
}
