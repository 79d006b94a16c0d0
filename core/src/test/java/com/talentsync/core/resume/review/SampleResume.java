package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A resume that passes every check (about 500 words, numbers in every bullet, all sections,
 * one date format), with public knobs so each test changes one thing and sees one finding.
 */
final class SampleResume {

    String summary = "Backend engineer with nine years of experience building payment and inventory systems in Java"
            + " and Spring Boot. Known for making slow systems fast, for clear written designs, and for growing small teams into groups"
            + " that deliver on time.";
    boolean experienceSection = true;
    boolean educationSection = true;
    boolean skillsSection = true;
    String[] titles = {"Senior Software Engineer", "Software Engineer", "Junior Developer", "Engineering Intern"};
    String[] dates = {"Mar 2021 - Jun 2024", "Jan 2018 - Feb 2021", "Jul 2015 - Dec 2017", "Jan 2015 - Jun 2015"};
    YearMonth[][] periods = {
        {YearMonth.of(2021, 3), YearMonth.of(2024, 6)},
        {YearMonth.of(2018, 1), YearMonth.of(2021, 2)},
        {YearMonth.of(2015, 7), YearMonth.of(2017, 12)},
        {YearMonth.of(2015, 1), YearMonth.of(2015, 6)}};
    List<List<String>> bullets = new ArrayList<>(List.of(
            new ArrayList<>(List.of(
                    "Cut monthly report generation from 6 hours to 40 minutes by rewriting the batch jobs in Java.",
                    "Designed a payments API that now handles 1.2 million requests a day with 99.95% uptime.",
                    "Led a team of 5 engineers through a move to Kubernetes, finishing 15% under budget.",
                    "Raised automated test coverage from 48% to 85%, which halved production incidents per quarter.",
                    "Introduced review guidelines adopted by 4 teams, shortening average review time by 30%.",
                    "Mentored 3 junior developers, two of whom were promoted within a year.")),
            new ArrayList<>(List.of(
                    "Built an inventory service in Spring Boot used by 120 stores, replacing a weekly 10-hour chore.",
                    "Reduced page load time on the customer portal by 45% by caching product data.",
                    "Automated nightly backups for 14 PostgreSQL instances, saving 6 hours of manual work a week.",
                    "Shipped 25 releases in 2019 with zero rollbacks by adding feature flags and staged rollouts.",
                    "Integrated 3 payment providers, increasing successful checkouts by 8% in one quarter.",
                    "Wrote onboarding guides that cut new-hire setup time from 3 days to 1.")),
            new ArrayList<>(List.of(
                    "Developed 12 reporting dashboards used daily by a finance team of 30 people.",
                    "Fixed over 200 defects in a legacy billing system, lowering support tickets by 20%.",
                    "Converted 40 manual test scripts into automated JUnit suites that run on every commit.",
                    "Delivered an import tool that moved 50,000 customer records with no data loss.",
                    "Presented a monthly demo to 15 stakeholders, gathering feedback that shaped 4 features.",
                    "Trained 10 support staff for 2 product launches and wrote their release notes.")),
            new ArrayList<>(List.of(
                    "Prototyped a barcode scanner app that 25 warehouse staff tested during a 6-week pilot.",
                    "Cleaned 3 years of sales data so analysts could compare regions for the first time.",
                    "Scripted 8 repetitive deployment steps, cutting release preparation from 2 hours to 20 minutes.",
                    "Documented 30 internal APIs in a searchable catalogue used by every new hire."))));
    List<String> extraLines = new ArrayList<>();
    Consumer<ResumeBuilder> extra = builder -> {};
    DocumentLayout layout = new DocumentLayout(1, true, 0, false, false, 0, 0, true);
    Optional<String> category = Optional.of("Java Developer");

    /** A fresh build each call, so a test may change a knob and review again. */
    ResumeFacts facts() {
        ResumeBuilder builder = new ResumeBuilder();
        builder.section(SectionKind.CONTACT, "Robin Example")
                .line("robin@example.org | +1 555 0100 | linkedin.com/in/robin-example | Leeds, UK");
        builder.section(SectionKind.SUMMARY, "Summary").line(summary);
        if (experienceSection) {
            builder.section(SectionKind.EXPERIENCE, "Experience");
            for (int job = 0; job < titles.length; job++) {
                builder.job(titles[job], dates[job], periods[job][0], periods[job][1],
                        bullets.get(job).toArray(String[]::new));
            }
        }
        builder.section(SectionKind.PROJECTS, "Projects")
                .line("Open-source rate limiter for Spring Boot services, used by 300 projects and maintained with 12 contributors.")
                .line("Budget tracker for a local charity that moved 2,000 donor records off paper and saved 5 hours a week.")
                .line("Conference talk on tuning PostgreSQL for write-heavy workloads, given to an audience of 400 engineers.")
                .line("Command-line tool that checks 50 services for outdated libraries each night and opens the upgrade"
                        + " pull requests itself.");
        if (educationSection) {
            builder.section(SectionKind.EDUCATION, "Education").degree("BSc Computer Science", 2015);
        }
        if (skillsSection) {
            builder.section(SectionKind.SKILLS, "Skills")
                    .line("Languages: Java, Kotlin, SQL, Python")
                    .line("Frameworks: Spring Boot, Hibernate, JUnit, Testcontainers")
                    .line("Platforms: PostgreSQL, Kafka, Docker, Kubernetes, AWS");
        }
        extraLines.forEach(builder::line);
        extra.accept(builder);
        return builder.build();
    }

    Review review() {
        return new ResumeReviewer().review(facts(), layout, category);
    }
}
