package com.talentsync.core.resume.extract;

import java.time.LocalDate;

/** Resumes written for these tests (people, employers and numbers are invented). */
final class SampleResumes {

    /** Every test resolves "present" against this day. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private SampleResumes() {}

    /** An Indian IT resume: labelled blocks, "Till Date", CGPA and percentages, personal details. */
    static final String INDIAN_IT = """
            RESUME

            PRIYA RAGHAVAN
            Email: priya.raghavan@example.in | Mobile: +91-98450 12345
            Address: Flat 12, Lotus Residency, Baner, Pune, Maharashtra 411045
            LinkedIn: https://www.linkedin.com/in/priya-raghavan

            CAREER OBJECTIVE:
            Looking for a backend role where I can keep growing with Java and cloud platforms.

            TECHNICAL SKILLS:
            Languages: Java, Python, SQL
            Frameworks: Spring Boot, Hibernate

            WORK EXPERIENCE
            Company: Infosys Limited, Pune
            Designation: Senior Systems Engineer
            Duration: Jul 2019 – Till Date
            Roles & Responsibilities:
            • Developed REST APIs for the loan origination system using Spring Boot.
            • Wrote unit tests with JUnit and Mockito.

            Company: Tata Consultancy Services, Mumbai
            Designation: Systems Engineer
            Duration: 06/2015 - 08/2017
            • Maintained batch jobs for a banking client.

            EDUCATIONAL QUALIFICATIONS
            B.Tech (Computer Science and Engineering), College of Engineering Pune, 2015, CGPA 8.6/10
            HSC, Fergusson College, Pune, 2011, 88.4%
            SSC, St. Mary's School, Pune, 2009, 91%

            ACADEMIC PROJECTS
            Smart Parking System
            Technologies Used: Arduino, Java, MySQL
            Description: A system that shows free parking slots on a mobile app.

            CERTIFICATIONS
            • Oracle Certified Professional, Java SE 8 Programmer
            • AWS Certified Cloud Practitioner

            LANGUAGES KNOWN: English, Hindi, Marathi

            PERSONAL DETAILS
            Date of Birth: 14/02/1993
            Nationality: Indian

            DECLARATION
            I confirm that the details given above are correct.
            """;

    /** A US resume: one-line job headers in two orders, a season date, a bare-path LinkedIn. */
    static final String US = """
            Jordan A. Whitfield
            Austin, TX | jordan.whitfield@example.com | (512) 555-0147 | linkedin.com/in/jordanwhitfield | github.com/jwhitfield
            https://jordanwhitfield.dev

            PROFESSIONAL SUMMARY
            Backend engineer with eight years of experience building payment and logistics platforms.

            EXPERIENCE
            Senior Software Engineer, Larkspur Payments Inc. — Austin, TX        Mar 2021 – Present
            • Led the migration of the settlement service from a monolith to event-driven services.
            • Cut p99 latency of the ledger API by 40% by reworking database indexes
              and adding a read-through cache.

            Software Engineer | Bluebonnet Logistics | Dallas, TX | Jun 2017 - Dec 2019
            - Built route-planning APIs in Java and Spring Boot.
            - Mentored three junior developers.

            Acme Analytics LLC
            Data Engineering Intern                                    Summer 2016
            - Wrote ETL jobs in Python.

            EDUCATION
            University of Texas at Austin
            B.S. in Computer Science, May 2017 — GPA 3.7/4.0

            SKILLS
            Java, Kotlin, Spring Boot, PostgreSQL, Kafka, AWS, Docker, Kubernetes

            PROJECTS
            Freight Tracker
            Tech stack: React, Node.js, MongoDB
            • Real-time shipment tracking dashboard. https://github.com/jwhitfield/freight-tracker

            CERTIFICATIONS
            AWS Certified Solutions Architect – Associate (2022)
            Certified Kubernetes Application Developer

            LANGUAGES
            English (native), Spanish (professional working proficiency)
            """;

    /** A European CV in English: dates first, title — employer, grades as "1.3". */
    static final String EUROPEAN = """
            Curriculum Vitae

            Lena Vogt
            Data Scientist
            Berlin, Germany · +49 30 901820 · lena.vogt@example.de · github.com/lenavogt

            Profile
            Data scientist with a background in physics, working on demand forecasting.

            Work Experience
            09/2020 – present
            Data Scientist — Nordlicht Energie GmbH, Berlin
            • Built forecasting models for grid load in Python.

            01/2018 – 08/2020
            Research Assistant — Technische Universität München, Munich
            • Analysed detector data; co-authored two papers.

            Education
            2015 – 2017  M.Sc. Physics, Ludwig-Maximilians-Universität München (grade 1.3)
            2012 – 2015  B.Sc. Physics, Universität Hamburg

            Languages
            German – native; English – C1; French – B1

            Publications
            Vogt, L. et al. (2019). Detector calibration with neural networks.
            """;

    /** A CV written in German: should be read as far as it goes, and marked as limited. */
    static final String GERMAN = """
            Lebenslauf

            Jonas Becker
            Musterstraße 5, 80331 München
            Telefon: 089 12345678 · jonas.becker@example.de

            Berufserfahrung
            03/2019 – heute
            Softwareentwickler bei Alpenblick Software GmbH, München
            • Entwicklung und Wartung der Buchungsplattform mit Java und Spring
            • Verantwortlich für die Migration der Datenbank auf PostgreSQL

            Ausbildung
            2013 – 2018 Master of Science Informatik, Technische Universität München

            Sprachen
            Deutsch (Muttersprache), Englisch (fließend)
            """;

    /** Everything on one line. */
    static final String ONE_LINER = "Ravi Kumar — Java developer with 5 years of experience. Software Engineer at Acme Corp "
            + "(2019–present); Junior Developer at Zen Soft (2017-2019). B.Tech, IIT Delhi, 2017. Skills: Java, SQL, AWS. "
            + "ravi.kumar@example.com, +91 98765 43210";

    /** Prose without a single heading. */
    static final String NO_SECTIONS = """
            Maria Santos
            maria.santos@example.com
            (415) 867-5309

            I have been working as a nurse at Saint Luke Hospital since 2016 and before that I was a caregiver at Sunrise Home from 2013 to 2015.
            I hold a Bachelor of Science in Nursing from San Jose State University (2013).
            I speak English and Tagalog.
            """;

    /** Emoji around the name, UTF-8 read as Windows-1252 ("â€¢" for "•"), Arabic script inline. */
    static final String EMOJI_MOJIBAKE_RTL = """
            👩‍💻 Aisha Rahman 🚀
            📧 aisha.rahman@example.com | 📱 +44 7911 123456
            London, UK

            EXPERIENCE
            â€¢ Product Designer, Loomly Ltd â€“ Jan 2020 â€“ Present
            â€¢ Designed the onboarding flow.Â\u00A0

            EDUCATION
            BA (Hons) Graphic Design, University of the Arts London, 2019

            LANGUAGES
            English, Arabic (العربية)
            """;

    /** A resume in Arabic (right to left). */
    static final String ARABIC = """
            محمد أحمد
            مهندس برمجيات
            البريد: mohamed@example.com
            الهاتف: +971 50 123 4567

            الخبرة
            شركة التقنية المتقدمة 2018 - 2022
            تطوير تطبيقات الويب باستخدام جافا
            """;

    /** Nothing but tables, as text extracted from a Word table comes out. */
    static final String TABLES_ONLY = """
            Name: Arjun Mehta
            E-mail: arjun.mehta@example.com

            Company | Designation | From | To
            Infosys Ltd | Software Engineer | Jun 2015 | Aug 2017
            Wipro Technologies | Senior Engineer | Sep 2017 | Present

            Qualification | Institute | Year | Score
            B.E. (Mechanical) | Government College of Engineering, Nagpur | 2015 | 72%
            HSC | Shivaji Junior College | 2011 | 81%
            """;

    /**
     * A long document (about 30 pages): the US resume followed by many generated jobs and
     * publications, as in an academic CV.
     */
    static String thirtyPages() {
        StringBuilder text = new StringBuilder(US).append("\nEXPERIENCE\n");
        for (int i = 0; i < 120; i++) {
            int year = 1990 + i % 30;
            text.append("Research Engineer, Lab ").append(i).append(" Systems Inc | Boston, MA | Jan ").append(year)
                    .append(" - Jun ").append(year).append('\n');
            for (int b = 0; b < 6; b++) {
                text.append("• Ran experiment ").append(b).append(" of series ").append(i)
                        .append(" and wrote up the results for the group's quarterly review meeting.\n");
            }
            text.append('\n');
        }
        text.append("PUBLICATIONS\n");
        for (int i = 0; i < 300; i++) {
            text.append("Whitfield, J. and Others (").append(1990 + i % 30).append("). A study of topic ").append(i)
                    .append(" in distributed systems. Journal of Examples 12(3).\n");
        }
        return text.toString();
    }
}
