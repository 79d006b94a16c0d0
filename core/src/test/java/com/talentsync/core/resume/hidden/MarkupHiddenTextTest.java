package com.talentsync.core.resume.hidden;

import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML, RTF and ODT: formats whose hiding is written in markup. */
class MarkupHiddenTextTest {

    private static final String S = STUFFING;

    @TempDir
    Path temp;

    private final HiddenTextFinder finder = new HiddenTextFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <span style="display:none">$</span>                                     | true
            <span hidden>$</span>                                                   | true
            <span style="visibility: hidden">$</span>                               | true
            <span style="font-size:0">$</span>                                      | true
            <span style="font-size: 1px">$</span>                                   | true
            <span style="color:#ffffff">$</span>                                    | true
            <span style="COLOR: White !important">$</span>                          | true
            <span style="color: rgb(254, 254, 254)">$</span>                        | true
            <span style="color:transparent">$</span>                                | true
            <span style="opacity:0">$</span>                                        | true
            <span style="position:absolute; left:-9999px">$</span>                  | true
            <span style="height:0; overflow:hidden">$</span>                        | true
            <font color="#fff">$</font>                                             | true
            <span style="background:#003366"><b style="color:#003366">$</b></span>  | true
            <span style="visibility:hidden"><b style="visibility:visible">$</b></span> | false
            <span style="font-size:0"><b style="font-size:12px">$</b></span>        | false
            <span style="color:#fff; background-color:#003366">$</span>            | false
            <span style="background:url(band.png)"><b style="color:white">$</b></span> | false
            <span style="color:#d9d9d9">$</span>                                    | false
            <span style="font-size:0.9em">$</span>                                  | false
            <span class="hidden">$</span>                                           | false
            <span aria-hidden="true">$</span>                                       | false
            """)
    void html(String element, boolean hidden) {
        Path file = HiddenSamples.html(temp, "cv.html", element.replace("$", S));

        HiddenText found = finder.find(file, "text/html; charset=UTF-8");

        assertThat(found.texts()).isEqualTo(hidden ? java.util.List.of(S) : java.util.List.of());
    }

    @Test
    void removeHiddenTextLeavesOnlyWhatAReaderSees() {
        Document page = Jsoup.parse("<p>Shown <span style='display:none'>gone</span> kept"
                + " <em style='color:#fff'>white</em><script>var x = 1;</script></p>");

        int removed = HtmlVisibility.removeHiddenText(page.body());

        assertThat(removed).isEqualTo(2);
        assertThat(page.body().text()).isEqualTo("Shown kept");
        assertThat(page.select("script").html()).isEqualTo("var x = 1;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {\\v $}                      | true
            {\\cf2 $}                    | true
            {\\fs2 $}                    | true
            {\\fs4 $}                    | true
            {\\cf3\\highlight3 $}        | true
            {\\cf1 $}                    | false
            {\\cf2\\highlight3 $}        | false
            {\\v\\v0 $}                  | false
            {\\cf2\\plain $}             | false
            {\\fs6 $}                    | false
            """)
    void rtf(String stuffing, boolean hidden) {
        Path file = HiddenSamples.rtf(temp, "cv.rtf", stuffing.replace("$", S));

        HiddenText found = finder.find(file, "application/rtf");

        assertThat(found.texts()).isEqualTo(hidden ? java.util.List.of(S) : java.util.List.of());
        assertThat(found.visibleText()).contains(HiddenSamples.VISIBLE, HiddenSamples.MORE_VISIBLE);
    }

    @Test
    void rtfDecodesEscapesAndSkipsTablesAndFieldCodes() {
        Path file = HiddenSamples.write(temp, "escapes.rtf", "{\\rtf1\\ansi\\ansicpg1252"
                + "{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red255\\green255\\blue255;}"
                + "{\\*\\generator Writer}Caf\\'e9 {\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt link}} "
                + "{\\cf1 na\\u239?ve\\~r\\'e9sum\\'e9}\\par}");

        HiddenText found = finder.find(file, "application/rtf");

        assertThat(found.texts()).containsExactly("naïve\u00A0résumé".replace('\u00A0', ' '));
        assertThat(found.visibleText()).contains("Café", "link").doesNotContain("HYPERLINK", "Arial", "Writer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text:display="none"                             | true
            fo:color="#ffffff"                              | true
            fo:font-size="1pt"                              | true
            fo:font-size="10%"                              | true
            fo:color="#000080" fo:background-color="#000080" | true
            fo:color="#333333"                              | false
            fo:color="#ffffff" fo:background-color="#000080" | false
            fo:font-size="8pt"                              | false
            """)
    void odtTextStyles(String properties, boolean hidden) {
        String styles = "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
                + properties + "/></style:style>";
        Path file = HiddenSamples.odt(temp, "cv.odt", styles,
                "<text:p><text:span text:style-name=\"T1\">" + S + "</text:span></text:p>");

        HiddenText found = finder.find(file, "application/vnd.oasis.opendocument.text");

        assertThat(found.texts()).isEqualTo(hidden ? java.util.List.of(S) : java.util.List.of());
    }

    @Test
    void odtHiddenSectionsParagraphsAndInheritedStyles() {
        String styles = """
                <style:style style:name="White" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>\
                <style:style style:name="Child" style:family="text" style:parent-style-name="White">\
                <style:text-properties fo:font-weight="bold"/></style:style>""";
        Path file = HiddenSamples.odt(temp, "cv.odt", styles, """
                <text:section text:name="S" text:display="none"><text:p>Kubernetes</text:p></text:section>\
                <text:p>Seen <text:span text:style-name="Child">Terraform</text:span> seen</text:p>\
                <text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Ansible</text:p>""");

        HiddenText found = finder.find(file, "application/vnd.oasis.opendocument.text");

        assertThat(found.texts()).containsExactly("Kubernetes", "Terraform", "Ansible");
        assertThat(found.visibleText()).contains("Seen", "seen");
    }

    @Test
    void plainTextAndUnknownTypesAreNotInspected() {
        Path file = HiddenSamples.write(temp, "cv.txt", "Nothing can hide in plain text");

        assertThat(finder.find(file, "text/plain")).isEqualTo(HiddenText.none());
        assertThat(finder.find(file, "")).isEqualTo(HiddenText.none());
        assertThat(finder.find(file, null)).isEqualTo(HiddenText.none());
    }
}
