package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListSectionsTest {

    private static final YearMonth TODAY = YearMonth.from(SampleResumes.TODAY);

    private final ListSections lists = new ListSections(new DateRangeParser());

    private static String[] lines(String text) {
        return text.split("\n", -1);
    }

    @Test
    void certificationsOnePerLine() {
        String[] lines = lines("""
                • Oracle Certified Professional, Java SE 8 Programmer
                • AWS Certified Cloud Practitioner; Certified ScrumMaster (CSM)
                Google Cloud Professional Data Engineer
                """);

        assertThat(lists.certifications(lines, 0, lines.length)).containsExactly(
                "Oracle Certified Professional, Java SE 8 Programmer", "AWS Certified Cloud Practitioner",
                "Certified ScrumMaster (CSM)", "Google Cloud Professional Data Engineer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            English, Hindi and Marathi                               => English|Hindi|Marathi
            English (native), Spanish (professional proficiency)     => English|Spanish
            German – native; English – C1; French – B1               => German|English|French
            Deutsch (Muttersprache), Englisch (fließend)             => German|English
            Tamil - Read, Write, Speak                               => Tamil
            Arabic (العربية), Bahasa Indonesia                       => Arabic|Indonesian
            Read Write Speak                                         =>
            """)
    void spokenLanguagesByTheirEnglishNames(String line, String expected) {
        List<String> expectedNames = expected == null ? List.of() : List.of(expected.split("\\|"));

        assertThat(lists.languages(new String[] {line}, 0, 1)).containsExactlyElementsOf(expectedNames);
    }

    @Test
    void languagesFromATable() {
        String[] lines = lines("Language Read Write Speak\nEnglish Yes Yes Yes\nKannada Yes No Yes");

        assertThat(lists.languages(lines, 0, lines.length)).containsExactly("English", "Kannada");
    }

    @Test
    void projectsWithTechnologiesAndLinks() {
        String[] lines = lines("""
                Freight Tracker
                Tech stack: React, Node.js and MongoDB
                • Real-time shipment tracking dashboard. https://github.com/jdoe/freight-tracker

                Smart Parking System (Jan 2014 - May 2014)
                Technologies Used: Arduino; Java | MySQL
                Description: A system that shows free parking slots on a mobile app.
                Built a prototype for the college car park
                """);

        List<Project> projects = lists.projects(lines, 0, lines.length, TODAY);

        assertThat(projects).extracting(Project::title).containsExactly("Freight Tracker", "Smart Parking System");
        assertThat(projects.get(0).technologies()).containsExactly("React", "Node.js", "MongoDB");
        assertThat(projects.get(0).link()).contains("https://github.com/jdoe/freight-tracker");
        assertThat(projects.get(0).line()).isZero();
        assertThat(projects.get(1).technologies()).containsExactly("Arduino", "Java", "MySQL");
        assertThat(projects.get(1).link()).isEmpty();
        assertThat(projects.get(1).line()).isEqualTo(4);
    }

    @Test
    void labelledProjectTitles() {
        String[] lines = lines("""
                Project Title: Inventory Forecasting
                Tools: Python, Prophet
                Project Title: Chat Support Bot
                Environment: Dialogflow, Firebase
                """);

        List<Project> projects = lists.projects(lines, 0, lines.length, TODAY);

        assertThat(projects).extracting(Project::title).containsExactly("Inventory Forecasting", "Chat Support Bot");
        assertThat(projects.get(1).technologies()).containsExactly("Dialogflow", "Firebase");
    }
}
