package com.talentsync.core.match;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Analysed resumes and ads written for the match tests, with a fixed clock so that months are stable. */
final class MatchFixtures {

    /** The category model plays no part in matching; a fixed answer keeps these tests off it. */
    private static final ResumeClassifier FIXED = new ResumeClassifier() {
        @Override
        public CategoryPrediction classify(String text) {
            return new CategoryPrediction("Java Developer", 1.0, List.of(new LabelScore("Java Developer", 1.0)));
        }

        @Override
        public String modelVersion() {
            return "fixed-for-tests";
        }
    };

    static final ResumeAnalyzer ANALYZER;

    static {
        SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
        ANALYZER = new ResumeAnalyzer(new RuleBasedResumeExtractor("GB"), new SkillFinder(taxonomy), taxonomy.version(),
                FIXED, new ResumeReviewer(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    }

    private MatchFixtures() {}

    static ResumeAnalysis analyse(String text) {
        return ANALYZER.analyze(text, DocumentLayout.unknown());
    }

    /** Asks for relational databases (the taxonomy's "Database Management"), Kafka and Terraform. */
    static final String EVENTS_AD = """
            Backend Engineer

            Responsibilities
            - Build services that process customer orders as events
            - Design relational database schemas and write their migrations
            - Run services in containers and keep them healthy in production

            Requirements
            - 4+ years of backend development
            - Java and Spring Boot
            - Experience with relational databases
            - Kafka
            - Terraform

            Nice to have
            - Python
            """;

    /** A backend developer with PostgreSQL (not the words "relational databases") and Kafka only in the skills list. */
    static final String ASHA = """
            Asha Rao
            Backend Developer
            asha.rao@example.com

            SUMMARY
            Backend developer with six years of building order and payment services for retail clients.

            EXPERIENCE
            Software Engineer, Kestrel Logistics, Jan 2021 - Present
            - Built event pipelines that process customer orders in real time
            - Designed PostgreSQL schemas and wrote the migrations
            - Ran the services in Docker containers and watched them in production

            Developer, Larkspur Retail, Mar 2019 - Dec 2020
            - Developed REST APIs in Java and Spring Boot for the checkout

            SKILLS
            Java, Spring Boot, PostgreSQL, Kafka, Docker

            EDUCATION
            B.Sc. Computer Science, University of Leeds, 2018
            """;

    /** A painter and art teacher: nothing a backend ad asks for. */
    static final String ARTIST = """
            Meera Iyer
            Art Teacher

            SUMMARY
            Painter and art teacher running watercolour and clay workshops for children.

            EXPERIENCE
            Art Teacher, Green Fields School, Jun 2018 - Present
            - Taught drawing, watercolour and acrylic painting to classes of thirty children
            - Curated the yearly exhibition of student work

            SKILLS
            Painting, Drawing, Watercolor Painting

            EDUCATION
            BFA Fine Arts, Sir J.J. School of Art, 2017
            """;
}
