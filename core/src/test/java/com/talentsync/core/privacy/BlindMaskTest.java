package com.talentsync.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.Link;
import com.talentsync.core.screen.ScreeningFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlindMaskTest {

    private static final Contact ASHA = new Contact(Optional.of("Asha Rao"), Optional.of("asha.rao@example.com"),
            Optional.of("+919876543210"), Optional.of("Pune"),
            List.of(new Link(Link.Kind.LINKEDIN, "linkedin.com/in/asha-rao")));
    private static final Contact NOBODY = new Contact(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of());

    private final BlindMask mask = new BlindMask();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            full name                  | Asha Rao                                       | [name]
            any case, with a title     | ASHA RAO, Java Developer                       | [name], Java Developer
            possessive                 | asha's projects and Rao's talks                | [name]'s projects and [name]'s talks
            file name                  | Asha_Rao_Resume.pdf                            | [name]_[name]_Resume.pdf
            longer words kept          | Ashanti and Raoul joined                       | Ashanti and Raoul joined
            title before the name      | Mrs. Asha Rao                                  | [name]
            title before another name  | Referee: Mr Vikram Shah                        | Referee: Vikram Shah
            software, not a title      | MS Office, Ms Excel and Ms Teams               | MS Office, Ms Excel and Ms Teams
            e-mail                     | Email: asha.rao@example.com                    | Email: [email]
            any e-mail                 | Write to someone.else+cv@mail.co.in.            | Write to [email].
            phone, international       | Phone: +91 98765 43210                         | Phone: [phone]
            phone, national            | Mobile: 9876543210                             | Mobile: [phone]
            phone, American            | Call (415) 555-0132 or 415.555.0132            | Call [phone] or [phone]
            phone, British             | Tel +44 20 7946 0958                           | Tel [phone]
            dates and counts kept      | 2015 - 2019, 01/2020 - 03/2023, 12,000 servers | 2015 - 2019, 01/2020 - 03/2023, 12,000 servers
            years kept                 | Awards 2019 2020 2021                          | Awards 2019 2020 2021
            dashed dates kept          | Joined 07-11-2016, left 2019.03.31             | Joined 07-11-2016, left 2019.03.31
            a year is no house number  | Class of 2019 St. Xavier's College             | Class of 2019 St. Xavier's College
            link with scheme           | See https://github.com/asha-rao/ledger.        | See [link].
            links without scheme       | linkedin.com/in/asha-rao · www.asha.dev        | [link] · [link]
            any site with a path       | Portfolio at ashar.in/work today               | Portfolio at [link] today
            profile by label           | GitHub: ashar                                  | GitHub: [link]
            technology names kept      | ASP.NET, Node.js, Vue.js, GitHub Actions       | ASP.NET, Node.js, Vue.js, GitHub Actions
            date of birth              | Date of Birth: 12 March 1990                   | [date of birth]
            DOB before another field   | "D.O.B.: 12/03/1990 | Languages: English"     | "[date of birth] | Languages: English"
            born                       | Born on 4 July 1991 in Pune                    | [date of birth] in Pune
            born as a word kept        | A born leader                                  | A born leader
            gender                     | Gender: Female                                 | [personal details]
            marital and nationality    | "Marital Status: Married | Nationality: Indian" | "[personal details] | [personal details]"
            labelled address           | Address: 12 MG Road, Pune 411001               | [address]
            street and UK postcode     | Lives at 221B Baker Street, London NW1 6XE      | Lives at [address], London [address]
            US ZIP after a state       | San Francisco, CA 94105                        | San Francisco, CA [address]
            Indian PIN after a city    | Pune - 411001, India                           | Pune - [address], India
            PIN by label               | PIN: 411 001                                   | PIN: [address]
            big numbers kept           | Handled 100000 requests a day                  | Handled 100000 requests a day
            photo line                 | Photo: attached                                | [photo]
            photo in brackets          | [Photo] Asha Rao                               | [photo] [name]
            photo words kept           | Photography, Photoshop and photo editing       | Photography, Photoshop and photo editing
            she and her                | She led the team. Her work cut costs; we thanked her for it. | They led the team. Their work cut costs; we thanked them for it.
            he with verbs              | He is a Java developer and he has 5 years      | They are a Java developer and they have 5 years
            him and his                | We hired him for his SQL                       | We hired them for their SQL
            reflexive                  | himself / herself / HERSELF                    | themself / themself / THEMSELF
            contraction                | she's certified, he’s certified too           | they're certified, they’re certified too
            pronoun-like words kept    | Herbert built ShePaid, a Theme engine; HisData too | Herbert built ShePaid, a Theme engine; HisData too
            skills and titles kept     | Senior Java Developer at Kestrel (Jan 2019 - Present): Spring Boot, SQL, Kafka | Senior Java Developer at Kestrel (Jan 2019 - Present): Spring Boot, SQL, Kafka
            """)
    void masksIdentifyingDetailsAndKeepsTheRest(String label, String text, String expected) {
        assertThat(mask.mask(text, ASHA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            everyday word as a name | Will Turner | I will lead; Will Turner leads; WILL  | I will lead; [name] leads; [name]
            initials are not masked | A. K. Rao   | A. K. Rao is a QA engineer            | A. K. [name] is a QA engineer
            hyphenated name         | Anne-Marie Dsouza | Anne-Marie Dsouza, Anne            | [name], [name]
            accented name           | José Núñez  | JOSÉ NÚÑEZ — josé                     | [name] — [name]
            heading taken for a name | SKILLS Nikhil | SKILLS: Java. Nikhil leads            | SKILLS: Java. [name] leads
            """)
    void nameRulesHoldForAwkwardNames(String label, String name, String text, String expected) {
        Contact contact = new Contact(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

        assertThat(mask.mask(text, contact)).isEqualTo(expected);
    }

    @Test
    void aWholeResumeLosesWhoItIsButKeepsWhatTheyCanDo() {
        String masked = mask.mask(ScreeningFixtures.asha(), ASHA);

        assertThat(masked).doesNotContainIgnoringCase("asha").doesNotContainIgnoringCase("rao")
                .doesNotContain("98765").doesNotContain("example.com")
                .contains("[name]", "[email]", "[phone]")
                .contains("Java Developer", "Kestrel Payments", "Java, Spring Boot, SQL, Kafka", "Jan 2018 - Present",
                        "two million transfers a day", "B.E. in Computer Engineering, Pune University, 2014");
    }

    @Test
    void withoutAKnownNameEverythingElseIsStillMasked() {
        assertThat(mask.mask("She writes Python. asha@x.io, +91 98765 43210", NOBODY))
                .isEqualTo("They writes Python. [email], [phone]");
    }

    @Test
    void theContactsOwnLinkIsMaskedEvenWhereNoPatternWouldSeeIt() {
        Contact odd = new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Link(Link.Kind.PORTFOLIO, "asha-rao-portfolio")));

        assertThat(mask.mask("More at asha-rao-portfolio.", odd)).isEqualTo("More at [link].");
    }

    @Test
    void emptyTextStaysEmptyAndLabelsCountFromOne() {
        assertThat(mask.mask("", ASHA)).isEmpty();
        assertThat(BlindMask.label(7)).isEqualTo("Candidate 7");
    }
}
