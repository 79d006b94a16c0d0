package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionSplitterTest {

    private final SectionSplitter splitter = new SectionSplitter(Lexicon.phrases("title-words.txt"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            SUMMARY                          ; SUMMARY
            Professional Summary             ; SUMMARY
            Career Objective:                ; SUMMARY
            About Me                         ; SUMMARY
            Profile                          ; SUMMARY
            EXPERIENCE                       ; EXPERIENCE
            Work Experience                  ; EXPERIENCE
            EMPLOYMENT HISTORY               ; EXPERIENCE
            Professional Experience:         ; EXPERIENCE
            Work History                     ; EXPERIENCE
            Relevant Work Experience         ; EXPERIENCE
            1. Education                     ; EDUCATION
            Academic Qualifications          ; EDUCATION
            EDUCATIONAL DETAILS:             ; EDUCATION
            Education & Training             ; EDUCATION
            E D U C A T I O N                ; EDUCATION
            ■ SKILLS ■                       ; SKILLS
            Technical Skills                 ; SKILLS
            Core Competencies                ; SKILLS
            SKILL SET                        ; SKILLS
            Key Skills:                      ; SKILLS
            SALESFORCE SKILL SET:            ; SKILLS
            Programming Languages            ; SKILLS
            Projects                         ; PROJECTS
            ACADEMIC PROJECTS                ; PROJECTS
            Projects undertaken (MCA):       ; PROJECTS
            Certifications                   ; CERTIFICATIONS
            CERTIFICATES                     ; CERTIFICATIONS
            Licenses & Certifications        ; CERTIFICATIONS
            CERTIFICATIONS/LICENSES          ; CERTIFICATIONS
            Languages                        ; LANGUAGES
            LANGUAGES KNOWN                  ; LANGUAGES
            Publications                     ; PUBLICATIONS
            Achievements                     ; ACHIEVEMENTS
            AWARDS                           ; ACHIEVEMENTS
            Accomplishments                  ; ACHIEVEMENTS
            Honors and Awards                ; ACHIEVEMENTS
            Volunteering                     ; VOLUNTEERING
            Volunteer Experience             ; VOLUNTEERING
            POSITIONS OF RESPONSIBILITY      ; POSITIONS_OF_RESPONSIBILITY
            LEADERSHIP                       ; POSITIONS_OF_RESPONSIBILITY
            Personal Details                 ; CONTACT
            ADDITIONAL INFORMATION           ; OTHER
            Berufserfahrung                  ; EXPERIENCE
            """)
    void recognisesHeadingLines(String line, SectionKind kind) {
        Optional<SectionSplitter.Heading> heading = splitter.heading(line, SectionKind.OTHER, true);

        assertThat(heading).as(line).isPresent();
        assertThat(heading.get().kind()).isEqualTo(kind);
        assertThat(heading.get().inline()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Skills: Java, SQL                          ; SKILLS         ; Java, SQL
            LANGUAGES KNOWN: English, Hindi, Marathi   ; LANGUAGES      ; English, Hindi, Marathi
            Education: B.Tech, IIT Delhi, 2017         ; EDUCATION      ; B.Tech, IIT Delhi, 2017
            Technical Skills: Python, Spark            ; SKILLS         ; Python, Spark
            Certifications: AWS SAA, CKA               ; CERTIFICATIONS ; AWS SAA, CKA
            Skills • R • Python • SAP HANA • Tableau   ; SKILLS         ; R • Python • SAP HANA • Tableau
            Education - B.Sc. Physics, 2015            ; EDUCATION      ; B.Sc. Physics, 2015
            """)
    void recognisesHeadingsWithContentOnTheSameLine(String line, SectionKind kind, String content) {
        Optional<SectionSplitter.Heading> heading = splitter.heading(line, SectionKind.OTHER, false);

        assertThat(heading).as(line).isPresent();
        assertThat(heading.get().kind()).isEqualTo(kind);
        assertThat(heading.get().inline()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Experience in GL, AP, and AR",
        "Head of Education",
        "Senior Software Engineer",
        "Developed skills in Java and Python across many projects",
        "Preferred location: Hyderabad, Telangana",
        "Role: Backend developer",
        "Infosys Limited - Pune, Maharashtra",
        "November 2017 to Present"
    })
    void leavesOtherLinesAlone(String line) {
        assertThat(splitter.heading(line, SectionKind.OTHER, true)).as(line).isEmpty();
    }

    @Test
    void aLabelInsideAJobStaysInTheJob() {
        assertThat(splitter.heading("Achievements: cut costs by 20%", SectionKind.EXPERIENCE, false)).isEmpty();
        assertThat(splitter.heading("Project: Billing revamp", SectionKind.EXPERIENCE, false)).isEmpty();
        assertThat(splitter.heading("Languages: Java, Python, SQL", SectionKind.SKILLS, false)).isEmpty();
    }

    @Test
    void aLoneWordThatIsUsuallyASkillNeedsToLookLikeAHeading() {
        // "Leadership" in a one-per-line skills list is a skill; in capitals it heads a section.
        assertThat(splitter.heading("Leadership", SectionKind.SKILLS, false)).isEmpty();
        assertThat(splitter.heading("LEADERSHIP", SectionKind.SKILLS, false)).isPresent();
    }

    @Test
    void splitsSectionsInAnyOrderWithLineRanges() {
        List<String> lines = List.of("Jane Doe", "jane@example.com", "", "SKILLS", "Java, SQL", "", "Education",
                "B.Sc. Physics, 2015", "Experience:", "Analyst, Acme, 2016 - 2020");

        SectionSplitter.Result result = splitter.split(lines);

        assertThat(result.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.OTHER, SectionKind.SKILLS, SectionKind.EDUCATION, SectionKind.EXPERIENCE);
        Section skills = result.sections().get(1);
        assertThat(skills.heading()).isEqualTo("SKILLS");
        assertThat(skills.startLine()).isEqualTo(3);
        assertThat(skills.endLine()).isEqualTo(6);
        assertThat(skills.text()).isEqualTo("Java, SQL");
        assertThat(result.sections().getLast().endLine()).isEqualTo(lines.size());
        // The parsers read the lines with the headings blanked.
        assertThat(result.body()[3]).isEmpty();
        assertThat(result.body()[4]).isEqualTo("Java, SQL");
    }

    @Test
    void inlineHeadingContentStartsTheSection() {
        SectionSplitter.Result result = splitter.split(List.of("Jane Doe", "Skills: Java, SQL", "Languages: English"));

        assertThat(result.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.OTHER, SectionKind.SKILLS, SectionKind.LANGUAGES);
        assertThat(result.sections().get(1).text()).isEqualTo("Java, SQL");
        assertThat(result.body()[1]).isEqualTo("Java, SQL");
    }

    @Test
    void anInlineSectionEndsWithItsParagraph() {
        SectionSplitter.Result result = splitter.split(List.of("Jane Doe", "Education: B.Tech, IIT Delhi, 2017",
                "M.Tech, IISc, 2019", "", "I enjoy hiking."));

        assertThat(result.sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.OTHER, "Jane Doe"),
                tuple(SectionKind.EDUCATION, "B.Tech, IIT Delhi, 2017\nM.Tech, IISc, 2019"),
                tuple(SectionKind.OTHER, "I enjoy hiking."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LinkedIn Profile: https://www.linkedin.com/in/jane", "Experience: 5 years in Java",
        "Total Experience: 7+ years", "Contact: +91 98450 12345", "Profile: jane@example.com"})
    void labelledFactsAreNotSections(String line) {
        assertThat(splitter.heading(line, SectionKind.OTHER, false)).as(line).isEmpty();
    }

    @Test
    void textWithoutHeadingsIsOneOtherSection() {
        SectionSplitter.Result result = splitter.split(List.of("just some text", "and more"));

        assertThat(result.sections()).singleElement().satisfies(section -> {
            assertThat(section.kind()).isEqualTo(SectionKind.OTHER);
            assertThat(section.heading()).isEmpty();
            assertThat(section.text()).isEqualTo("just some text\nand more");
        });
    }
}
