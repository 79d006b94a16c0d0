package com.talentsync.core.match;

/** Four job ads written for these tests, one per kind of job the app is meant for. */
final class SampleJobAds {

    private SampleJobAds() {}

    static final String BACKEND_ENGINEER = """
            Senior Backend Engineer (Java)

            About the role
            Our payments platform handles card transactions for small shops. You will join a team of six.

            What you'll do:
            - Design and build REST APIs in Java and Spring Boot
            - Own the PostgreSQL schema and its migrations
            - Review code and mentor two junior engineers
            - Design and build REST APIs in Java and Spring Boot

            Requirements:
            - 5+ years of professional experience building backend services
            - Strong Java and Spring Boot
            - Solid SQL and PostgreSQL
            - Docker in day-to-day development
            - Bachelor's degree in Computer Science or a related field

            Nice to have:
            - Kafka or another message broker
            - Kubernetes in production
            - AWS Certified Solutions Architect
            """;

    static final String DATA_ANALYST = """
            Job title: Data Analyst
            Location: Leeds (hybrid)

            We are a regional grocery chain looking for an analyst to turn sales data into decisions.

            Responsibilities
            * Build weekly sales dashboards in Tableau
            * Write SQL queries against the sales warehouse
            * Present findings to store managers

            What we're looking for
            * At least 2 years in a data analysis role
            * SQL is required
            * Advanced Excel, including pivot tables
            * Python is a plus, ideally pandas
            * Bachelor's or Master's degree in statistics, economics or similar
            """;

    static final String CIVIL_SITE_ENGINEER = """
            CIVIL SITE ENGINEER

            Position: Site Engineer - Civil
            We build mid-rise residential blocks across the region.

            The role
            - Set out works on site from drawings using a total station
            - Check reinforcement and formwork before every concrete pour
            - Keep the daily site diary and report progress to the project manager

            Must have
            - Minimum of three years of site experience on building projects
            - AutoCAD for reading and marking up drawings
            - Surveying and levelling
            - Diploma or degree in civil engineering
            - Health and safety: a current site safety card is mandatory

            Desirable
            - Quantity Surveying experience
            - NEBOSH certificate
            """;

    static final String HR_GENERALIST = """
            HR Generalist

            We are a 300-person manufacturer and our HR team is growing.

            Duties
            1. Run recruitment for production and office roles end to end
            2. Prepare monthly payroll inputs and check them with finance
            3. Handle employee relations cases and keep records up to date

            Required qualifications
            - 3-5 years of experience in a generalist HR role
            - Working knowledge of employment law
            - Experience with an HRIS; Workday is preferred
            - Bachelor's degree in Human Resources, Business or a related field

            Bonus
            - CIPD Level 5 or SHRM-CP
            - Onboarding programme design
            """;
}
