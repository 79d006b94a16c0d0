package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job layouts seen in real resumes, each written here in a few lines. */
class ExperienceParserTest {

    private final RuleBasedResumeExtractor extractor = new RuleBasedResumeExtractor("US");

    private List<ExperienceEntry> jobs(String experienceSection) {
        return extractor.extract("Jane Doe\n\nEXPERIENCE\n" + experienceSection, SampleResumes.TODAY).experience();
    }

    @Test
    void titleCompanyPlaceAndDatesOnOneLine() {
        List<ExperienceEntry> jobs = jobs("""
                Senior Software Engineer, Larkspur Payments Inc. — Austin, TX        Mar 2021 – Present
                • Led the settlement migration.
                Software Engineer | Bluebonnet Logistics | Dallas, TX | Jun 2017 - Dec 2019
                - Built route-planning APIs.
                """);

        assertThat(jobs).extracting(ExperienceEntry::title, ExperienceEntry::company, job -> job.location().orElse(""))
                .containsExactly(tuple("Senior Software Engineer", "Larkspur Payments Inc.", "Austin, TX"),
                        tuple("Software Engineer", "Bluebonnet Logistics", "Dallas, TX"));
        assertThat(jobs.getFirst().current()).isTrue();
        assertThat(jobs.getFirst().end()).isEmpty();
        assertThat(jobs.getFirst().months()).isEqualTo(69);
        assertThat(jobs.get(1).end()).contains(YearMonth.of(2019, 12));
        assertThat(jobs.get(1).months()).isEqualTo(31);
        assertThat(jobs.get(1).bullets()).containsExactly("Built route-planning APIs.");
    }

    @Test
    void titleAndEmployerOnTheLinesAboveTheDates() {
        List<ExperienceEntry> jobs = jobs("""
                Support Analyst

                Globex -

                October 2018 to Present

                Role: Runs the billing help desk for retail clients.

                Associate Consultant

                Northwind Systems Pvt Ltd - Pune, Maharashtra

                August 2014 to October 2017
                """);

        assertThat(jobs).extracting(ExperienceEntry::title, ExperienceEntry::company, job -> job.location().orElse(""))
                .containsExactly(tuple("Support Analyst", "Globex", ""),
                        tuple("Associate Consultant", "Northwind Systems Pvt Ltd", "Pune, Maharashtra"));
        assertThat(jobs.getFirst().bullets()).containsExactly("Role: Runs the billing help desk for retail clients.");
        assertThat(jobs.get(1).line()).isEqualTo(11);
    }

    @Test
    void datesFirstThenTitleAndEmployer() {
        List<ExperienceEntry> jobs = jobs("""
                09/2020 – present
                Data Scientist — Nordlicht Energie GmbH, Berlin
                • Built forecasting models.
                """);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Data Scientist");
            assertThat(job.company()).isEqualTo("Nordlicht Energie GmbH");
            assertThat(job.location()).contains("Berlin");
            assertThat(job.start()).contains(YearMonth.of(2020, 9));
            assertThat(job.bullets()).containsExactly("Built forecasting models.");
        });
    }

    @Test
    void employerAboveTitleAndASingleSeason() {
        List<ExperienceEntry> jobs = jobs("""
                Acme Analytics LLC
                Data Engineering Intern                   Summer 2016
                - Wrote ETL jobs in Python.
                """);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Data Engineering Intern");
            assertThat(job.company()).isEqualTo("Acme Analytics LLC");
            assertThat(job.start()).contains(YearMonth.of(2016, 6));
            assertThat(job.end()).contains(YearMonth.of(2016, 6));
            assertThat(job.months()).isEqualTo(1);
        });
    }

    @Test
    void labelledBlocks() {
        List<ExperienceEntry> jobs = jobs("""
                Company: Tata Consultancy Services, Mumbai
                Designation: Systems Engineer
                Duration: 06/2015 - 08/2017
                • Maintained batch jobs.
                """);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Systems Engineer");
            assertThat(job.company()).isEqualTo("Tata Consultancy Services");
            assertThat(job.location()).contains("Mumbai");
            assertThat(job.months()).isEqualTo(27);
        });
    }

    @Test
    void titleAtEmployer() {
        List<ExperienceEntry> jobs = jobs("Backend Developer at Quillpad Software (Jan 2018 - Dec 2019)\n");

        assertThat(jobs).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("Backend Developer", "Quillpad Software"));
    }

    @Test
    void wrappedBulletsAreJoinedAndPlainLinesKeptApart() {
        List<ExperienceEntry> jobs = jobs("""
                Engineer, Acme Corp, 2018 - 2020
                • Cut p99 latency by 40% by reworking
                  database indexes and caching
                Reviewed designs for three teams
                Ran the on-call rota
                """);

        assertThat(jobs.getFirst().bullets()).containsExactly(
                "Cut p99 latency by 40% by reworking database indexes and caching",
                "Reviewed designs for three teams", "Ran the on-call rota");
    }

    @Test
    void jobsWithoutDates() {
        List<ExperienceEntry> jobs = jobs("""
                Release Coordinator

                Umbrella Works

                Planned the monthly releases of the payroll product.
                """);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Release Coordinator");
            assertThat(job.company()).isEqualTo("Umbrella Works");
            assertThat(job.start()).isEmpty();
            assertThat(job.months()).isZero();
            assertThat(job.bullets()).containsExactly("Planned the monthly releases of the payroll product.");
        });
    }

    @Test
    void labelledEmployersWithoutDates() {
        List<ExperienceEntry> jobs = jobs("""
                company - Contoso Advisory LLP
                description - Tax technology
                * Built a document review tool.
                Company: Globex Corporation
                Role: Data Analyst
                * Wrote the monthly churn report.
                """);

        assertThat(jobs).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("", "Contoso Advisory LLP"), tuple("Data Analyst", "Globex Corporation"));
        assertThat(jobs.get(1).bullets()).containsExactly("Wrote the monthly churn report.");
        assertThat(jobs).allSatisfy(job -> assertThat(job.start()).isEmpty());
    }

    @Test
    void pageFooterLinksAreNeitherEmployersNorBullets() {
        List<ExperienceEntry> jobs = jobs("""
                Test Engineer

                Globex Systems -

                https://www.example.com/r/jane-doe/12ab34cd

                March 2016 to May 2018

                • Wrote test plans.
                https://www.example.com/r/jane-doe/12ab34cd
                • Automated regression suites.
                """);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Test Engineer");
            assertThat(job.company()).isEqualTo("Globex Systems");
            assertThat(job.bullets()).containsExactly("Wrote test plans.", "Automated regression suites.");
        });
    }

    @Test
    void aDateInsideABulletPointIsNotAJob() {
        List<ExperienceEntry> jobs = jobs("""
                Engineer, Acme Corp, 2018 - 2020
                • Led the 2019 - 2020 billing migration.
                """);

        assertThat(jobs).hasSize(1);
    }
}
