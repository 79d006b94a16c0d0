package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationParserTest {

    private static final YearMonth TODAY = YearMonth.from(SampleResumes.TODAY);

    private final Words.PhraseSet schools = Lexicon.phrases("institution-words.txt");
    private final DegreeMatcher degrees = new DegreeMatcher(schools);
    private final EducationParser parser = new EducationParser(degrees, new DateRangeParser(), schools);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            B.Tech in Computer Science                     ; B.Tech
            B. Tech (ECE), 2016                            ; B. Tech
            BTech from NIT Trichy                          ; BTech
            B.E. Mechanical Engineering                    ; B.E.
            B.E in Civil Engineering                       ; B.E
            BE (Computer Science)                          ; BE
            BSc Physics                                    ; BSc
            B.Sc. (Hons) Chemistry                         ; B.Sc.
            M.Sc. Data Science                             ; M.Sc.
            MSc in Statistics                              ; MSc
            MBA (Finance)                                  ; MBA
            M.B.A. in Marketing                            ; M.B.A.
            Ph.D. in Chemistry                             ; Ph.D.
            PhD, Computational Biology                     ; PhD
            Diploma in Mechanical Engineering              ; Diploma
            HSC                                            ; HSC
            S.S.C                                          ; S.S.C
            12th                                           ; 12th
            10th (CBSE)                                    ; 10th
            Bachelor of Science in Nursing                 ; Bachelor of Science
            Bachelor of Computer Applications              ; Bachelor of Computer Applications
            Master of Business Administration              ; Master of Business Administration
            Master's Degree in Data Science                ; Master's Degree
            Bachelors in Commerce                          ; Bachelors
            MCA                                            ; MCA
            M.S. in Computer Engineering                   ; M.S.
            MS Computer Science                            ; MS
            """)
    void findsDegreesInAnEducationSection(String line, String degree) {
        assertThat(degrees.find(line, true)).as(line).hasValueSatisfying(match -> assertThat(match.text()).isEqualTo(degree));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Proficient in MS Office and MS Excel",
        "Worked for M/s Acme Traders",
        "Will be responsible for testing",
        "Certified Scrum Master",
        "Office on the 12th floor",
        "Masterminded the launch"
    })
    void ignoresLookAlikesOutsideAnEducationSection(String line) {
        assertThat(degrees.find(line, false)).as(line).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            B.Tech, XYZ College, 2015, CGPA 8.6/10                 ; CGPA 8.6/10
            HSC, ABC Junior College, 2011, 78%                     ; 78%
            B.E., PQR Institute of Technology, First Class, 2014   ; First Class
            B.S. in Economics, Rice University, GPA 3.7            ; GPA 3.7
            B.Com, DEF College, First Class with Distinction       ; First Class with Distinction
            M.Sc. Physics, 8.2 CGPA                                ; 8.2 CGPA
            BA, University of Leeds, First Class Honours           ; First Class Honours
            """)
    void readsGrades(String line, String grade) {
        List<EducationEntry> entries = parser.parse(new String[] {line}, 0, 1, TODAY, true);

        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.grade()).contains(grade));
    }

    @Test
    void readsFieldSchoolYearAndGradeFromOneLine() {
        String[] lines = {"B.Tech (Computer Science and Engineering), College of Engineering Pune, 2015, CGPA 8.6/10"};

        EducationEntry entry = parser.parse(lines, 0, 1, TODAY, true).getFirst();

        assertThat(entry.degree()).isEqualTo("B.Tech");
        assertThat(entry.field()).contains("Computer Science and Engineering");
        assertThat(entry.institution()).contains("College of Engineering Pune");
        assertThat(entry.year()).contains(2015);
        assertThat(entry.grade()).contains("CGPA 8.6/10");
        assertThat(entry.line()).isZero();
    }

    @Test
    void readsEntriesSpreadOverLines() {
        String[] lines = {"B.E in Electrical and Electronics Engineering", "", "Sahyadri College of Engineering - Mangaluru, Karnataka",
            "", "August 2012 to June 2016", "", "12th in Science", "", "Greenwood Public School", "",
            "April 2010 to March 2012"};

        List<EducationEntry> entries = parser.parse(lines, 0, lines.length, TODAY, true);

        assertThat(entries).extracting(EducationEntry::degree).containsExactly("B.E", "12th");
        assertThat(entries.get(0).field()).contains("Electrical and Electronics Engineering");
        assertThat(entries.get(0).institution()).contains("Sahyadri College of Engineering");
        assertThat(entries.get(0).year()).contains(2016);
        assertThat(entries.get(1).field()).contains("Science");
        assertThat(entries.get(1).institution()).contains("Greenwood Public School");
        assertThat(entries.get(1).year()).contains(2012);
        assertThat(entries.get(1).line()).isEqualTo(6);
    }

    @Test
    void readsTheSchoolAboveTheDegreeWhenTheResumePutsItThere() {
        String[] lines = {"Stanford University", "M.S. Computer Science, 2016", "Rice University", "B.A. Economics, 2014"};

        List<EducationEntry> entries = parser.parse(lines, 0, lines.length, TODAY, true);

        assertThat(entries).extracting(entry -> entry.institution().orElse(""))
                .containsExactly("Stanford University", "Rice University");
        assertThat(entries).extracting(entry -> entry.year().orElse(0)).containsExactly(2016, 2014);
    }

    @Test
    void keepsASchoolListedWithoutADegree() {
        String[] lines = {"B.Com", "Delhi University", "2012", "Little Flower High School"};

        List<EducationEntry> entries = parser.parse(lines, 0, lines.length, TODAY, true);

        assertThat(entries).extracting(EducationEntry::degree, entry -> entry.institution().orElse(""))
                .containsExactly(tuple("B.Com", "Delhi University"),
                        tuple("", "Little Flower High School"));
    }

    @Test
    void aDegreeStillInProgressHasNoYear() {
        String[] lines = {"M.Tech, IIT Bombay, 2025 - present"};

        assertThat(parser.parse(lines, 0, 1, TODAY, true).getFirst().year()).isEmpty();
    }

    @Test
    void outsideAnEducationSectionOnlyUnambiguousDegreesCount() {
        String[] lines = {"Passed 12th with distinction", "Holds a B.Tech from VIT University, 2014"};

        List<EducationEntry> entries = parser.parse(lines, 0, lines.length, TODAY, false);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.degree()).isEqualTo("B.Tech");
            assertThat(entry.institution()).contains("VIT University");
            assertThat(entry.year()).contains(2014);
        });
    }
}
