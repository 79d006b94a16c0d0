package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactExtractorTest {

    private static Contact contact(String defaultRegion, String text) {
        return new RuleBasedResumeExtractor(defaultRegion).extract(text, SampleResumes.TODAY).contact();
    }

    @ParameterizedTest(name = "{1} [{0}] {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            US ; +91 98450 12345                     ;                     ; +919845012345
            US ; Mobile: +91-9845012345              ;                     ; +919845012345
            US ; 098450 12345                        ; Pune, India         ; +919845012345
            US ; 9845012345                          ; Bangalore           ; +919845012345
            IN ; 98450-12345                         ;                     ; +919845012345
            ZZ ; +1 (415) 867-5309                   ;                     ; +14158675309
            US ; (415) 867-5309                      ;                     ; +14158675309
            US ; 415.867.5309                        ; Austin, TX          ; +14158675309
            ZZ ; +44 20 7946 0958                    ;                     ; +442079460958
            US ; 020 7946 0958                       ; London, UK          ; +442079460958
            GB ; 07911 123456                        ;                     ; +447911123456
            US ; Tel. 07911 123456                   ; Manchester          ; +447911123456
            ZZ ; +49 30 901820                       ;                     ; +4930901820
            US ; Telefon: 030 901820                 ; Berlin, Germany     ; +4930901820
            """)
    void normalisesPhonesToE164(String region, String phone, String location, String expected) {
        String text = "Jane Doe\n" + (location == null ? "" : location + "\n") + phone + "\njane@example.com\n";

        assertThat(contact(region, text).phone()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Worked here 06/2015 - 08/2017", "Employee ID 20150817", "CGPA 8.6/10, 2011-2015"})
    void datesAndIdsAreNotPhones(String line) {
        assertThat(contact("US", "Jane Doe\n" + line + "\n").phone()).isEmpty();
    }

    @Test
    void aNationalNumberNeedsARegion() {
        // No country code, no place, no default region: the number cannot be read safely.
        assertThat(contact("", "Jane Doe\n(415) 867-5309\n").phone()).isEmpty();
        assertThat(new RuleBasedResumeExtractor("").defaultRegion()).isEqualTo("ZZ");
        assertThat(new RuleBasedResumeExtractor("in").defaultRegion()).isEqualTo("IN");
    }

    @Test
    void theDefaultRegionComesFromTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("en", "GB"));
            assertThat(new RuleBasedResumeExtractor().defaultRegion()).isEqualTo("GB");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void findsAPhoneInPersonalDetailsAtTheEnd() {
        String text = "Jane Doe\n\n" + "Worked a lot.\n".repeat(60) + "\nPERSONAL DETAILS\nContact No: 9845012345\nPune\n";

        assertThat(contact("IN", text).phone()).contains("+919845012345");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            "Jane Doe\\njane@example.com"                          ; Jane Doe
            "RESUME\\n\\nJOHN SMITH\\nAnalyst"                      ; JOHN SMITH
            "Curriculum Vitae\\nDr. Anna-Lena O'Neil"              ; Dr. Anna-Lena O'Neil
            "Name: Divya R.\\nBengaluru"                            ; Divya R.
            "ritu deshpande\\nPune, Maharashtra"                    ; ritu deshpande
            "Jordan A. Whitfield | jordan@example.com | Austin, TX" ; Jordan A. Whitfield
            "👩‍💻 Aisha Rahman 🚀\\nLondon"                          ; Aisha Rahman
            "محمد أحمد\\nmohamed@example.com"                       ; محمد أحمد
            "Tim Cook\\nCupertino, CA"                             ; Tim Cook
            "Jane Doe, MBA\\nNew York"                              ; Jane Doe
            """)
    void findsTheName(String text, String name) {
        assertThat(contact("US", text.replace("\\n", "\n")).name()).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Senior Software Engineer\nAcme Corp", "Pune, Maharashtra\nIndia", "WORK EXPERIENCE\nAnalyst",
        "jane@example.com\n+1 415 867 5309"})
    void doesNotTakeATitleAPlaceOrAHeadingForAName(String text) {
        assertThat(contact("US", text).name()).isEmpty();
    }

    @Test
    void findsEmailLocationAndLinks() {
        Contact contact = new RuleBasedResumeExtractor("US").extract(SampleResumes.US, SampleResumes.TODAY).contact();

        assertThat(contact.email()).contains("jordan.whitfield@example.com");
        assertThat(contact.location()).contains("Austin, TX");
        assertThat(contact.links()).extracting(Link::kind, Link::url).contains(
                tuple(Link.Kind.LINKEDIN, "linkedin.com/in/jordanwhitfield"),
                tuple(Link.Kind.GITHUB, "github.com/jwhitfield"),
                tuple(Link.Kind.PORTFOLIO, "https://jordanwhitfield.dev"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            https://www.linkedin.com/in/jane-doe-123/   ; LINKEDIN
            github.com/janedoe/forecast                 ; GITHUB
            https://janedoe.github.io/                  ; PORTFOLIO
            https://www.behance.net/janedoe             ; PORTFOLIO
            https://stackoverflow.com/users/1/jane      ; OTHER
            """)
    void sortsLinks(String url, Link.Kind kind) {
        String text = "Jane Doe\njane@example.com\n\nPROJECTS\nForecast tool, see " + url + "\n";

        assertThat(contact("US", text).links()).singleElement()
                .satisfies(link -> assertThat(link.kind()).isEqualTo(kind));
    }

    @Test
    void aLinkLabelledPortfolioIsThePortfolio() {
        String text = "Jane Doe\n\nPROJECTS\nPortfolio: https://janedoe-designs.com/work\n";

        assertThat(contact("US", text).links()).singleElement()
                .satisfies(link -> assertThat(link.kind()).isEqualTo(Link.Kind.PORTFOLIO));
    }

    @Test
    void technologyNamesWithDotsAreNotLinks() {
        String text = "Jane Doe\n\nSKILLS\nASP.NET, Node.js, Vue.js, B.Sc/M.Sc, jane@example.com\n";

        assertThat(contact("US", text).links()).isEmpty();
    }
}
