package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model trained from the shipped corpus, trained once for this class. */
class ShippedClassifierTest {

    @TempDir
    static Path data;

    private static ClassifierService service;
    private static ResumeClassifier classifier;

    @BeforeAll
    static void train() {
        service = new ClassifierService(data);
        classifier = service.current();
    }

    @Test
    void knowsExactlyTheTwentyFiveCategories() {
        assertThat(Arrays.asList(((TribuoClassifier) classifier).labels()))
                .containsExactlyInAnyOrderElementsOf(CorpusTest.CATEGORIES);
        assertThat(classifier.modelVersion()).startsWith("shipped-");
    }

    // Short resumes written for this test, one per line: the obvious cases must be right.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Java Developer        | Java developer, 3 years. Spring Boot microservices, Hibernate, REST APIs, Maven, Tomcat.",
        "Python Developer      | Python developer building Django and Flask web apps, Celery jobs and REST APIs.",
        "Data Science          | Data scientist: machine learning with scikit-learn, deep learning in TensorFlow, NLP.",
        "DevOps Engineer       | DevOps engineer. Jenkins CI/CD pipelines, Docker, Kubernetes, Terraform on AWS.",
        "HR                    | HR executive handling recruitment, onboarding, payroll and PF/ESIC compliance.",
        "Advocate              | Advocate practising in the district court: civil suits, bail applications, drafting plaints.",
        "Civil Engineer        | Site engineer for RCC buildings; BOQ, bar bending schedule, AutoCAD and STAAD Pro.",
        "Mechanical Engineer   | Mechanical design engineer, SolidWorks and CATIA, CNC machining, GD&T drawings.",
        "Electrical Engineering | Electrical maintenance engineer: HT/LT panels, transformers, switchgear, PLC.",
        "Sales                 | Area sales manager, achieved targets through distributors, dealers and key accounts.",
        "Automation Testing    | Automation tester: Selenium WebDriver with Java, TestNG, Cucumber BDD, page object model.",
        "Health and fitness    | Certified personal trainer and yoga instructor, diet plans and weight loss coaching.",
        "Blockchain            | Blockchain developer writing Solidity smart contracts on Ethereum with Truffle and web3.js.",
        "SAP Developer         | SAP ABAP consultant: ALV reports, BAPI, BADI, Smart Forms, IDocs on S/4HANA.",
        "Hadoop                | Big data developer on Hadoop: HDFS, Hive, Pig, Sqoop and Spark jobs on Cloudera.",
        "Web Designing         | Web designer creating responsive sites in HTML5, CSS3, Bootstrap and Photoshop mock-ups.",
        "Network Security Engineer | Network security engineer, CCNA, Palo Alto and Fortinet firewalls, VPN, SIEM.",
    })
    void obviousResumesGetTheirCategory(String expected, String text) {
        CategoryPrediction prediction = classifier.classify(text);

        assertThat(prediction.label()).as(prediction.top().toString()).isEqualTo(expected);
    }

    @Test
    void theTopThreeAreSortedProbabilities() {
        CategoryPrediction prediction = classifier.classify(
                "Senior Java developer with Spring Boot and some Selenium test automation and AWS deployments");

        assertThat(prediction.top()).hasSize(3);
        assertThat(prediction.top().getFirst()).isEqualTo(new LabelScore(prediction.label(), prediction.confidence()));
        assertThat(prediction.top()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(prediction.top()).allSatisfy(score -> assertThat(score.confidence()).isBetween(0.0, 1.0));
        double sum = prediction.top().stream().mapToDouble(LabelScore::confidence).sum();
        assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
        double all = ((TribuoClassifier) classifier).scores("anything at all").stream()
                .mapToDouble(LabelScore::confidence).sum();
        assertThat(all).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void textWithoutKnownWordsGetsALowConfidenceNotAnError() {
        for (String text : new String[] {"", "   ", "zxqv wplk \u00e2\u0080\u00a2 12345"}) {
            assertThat(classifier.classify(text).confidence()).as(text).isLessThan(0.3);
        }
    }

    /**
     * The public Kaggle resume set, deduplicated (166 texts the corpus was not written from). Only
     * a floor, so that a regression fails; the real figure goes to the test output.
     */
    @Test
    void sharedDedupDataSetStaysAboveAModestFloor(TestReporter reporter) throws Exception {
        Optional<Path> csv = SharedData.file("updated-resume-dataset/UpdatedResumeDataSet_dedup.csv");
        Assumptions.assumeTrue(csv.isPresent(),
                "shared evaluation data not found (looked for shared/data/updated-resume-dataset beside the project)");

        EvaluationReport report = service.evaluate(classifier, csv.get());

        String figure = String.format("shared dedup set: %d resumes, accuracy %.3f, macro-F1 %.3f, mean confidence %.3f",
                report.documents(), report.accuracy(), report.macroF1(), report.meanConfidence());
        System.out.println(figure);
        reporter.publishEntry("classifier", figure);
        assertThat(report.documents()).isEqualTo(166);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.6);
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aSecondServiceLoadsTheCachedModel() {
        ClassifierService again = new ClassifierService(data);

        assertThat(again.needsTraining()).isFalse();
        assertThat(again.current().modelVersion()).isEqualTo(classifier.modelVersion());
        assertThat(again.trainings()).isZero();
        assertThat(Files.exists(again.shippedModelFile())).isTrue();
    }
}
