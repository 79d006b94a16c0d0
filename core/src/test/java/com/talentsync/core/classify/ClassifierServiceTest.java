package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caching, determinism, user training and reset, on a tiny corpus so that training is quick. */
class ClassifierServiceTest {

    private static final List<String> TEXTS = List.of("Sourdough bread and croissants from the oven",
            "Airbus first officer, flight planning", "Pruning hedges, compost and lawns", "", "unrelated words only");

    @TempDir
    Path temp;

    private Path corpus;
    private Path data;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = TinyCorpus.write(temp.resolve("corpus"));
        data = temp.resolve("data");
    }

    @Test
    void theCachedModelIsLoadedInsteadOfTrainedAgain() throws IOException {
        ClassifierService first = TinyCorpus.service(data, corpus);
        List<CategoryPrediction> before = TEXTS.stream().map(first.current()::classify).toList();
        Path file = first.shippedModelFile();
        assertThat(first.trainings()).isEqualTo(1);
        assertThat(file).isRegularFile().hasParent(data.resolve("models/classifier"));
        FileTime written = Files.getLastModifiedTime(file);

        ClassifierService second = TinyCorpus.service(data, corpus);
        assertThat(second.needsTraining()).isFalse();
        List<CategoryPrediction> after = TEXTS.stream().map(second.current()::classify).toList();

        assertThat(second.trainings()).isZero();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
        assertThat(after).isEqualTo(before);
        assertThat(second.current().modelVersion()).isEqualTo(first.current().modelVersion()).startsWith("shipped-");
    }

    @Test
    void anEditedCorpusTrainsANewModelAndRemovesTheStaleOne() throws IOException {
        ClassifierService first = TinyCorpus.service(data, corpus);
        first.current();
        Path oldFile = first.shippedModelFile();

        Files.writeString(corpus.resolve("pilot.txt"), "Helicopter\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        ClassifierService second = TinyCorpus.service(data, corpus);
        assertThat(second.needsTraining()).isTrue();
        second.current();

        assertThat(second.trainings()).isEqualTo(1);
        assertThat(second.shippedModelFile()).isNotEqualTo(oldFile).isRegularFile();
        assertThat(oldFile).doesNotExist();
        assertThat(second.current().modelVersion()).isNotEqualTo(first.current().modelVersion());
    }

    @Test
    void theSameCorpusAndSettingsTrainTheSameModelTwice() {
        ResumeClassifier one = TinyCorpus.service(temp.resolve("one"), corpus).current();
        ResumeClassifier two = TinyCorpus.service(temp.resolve("two"), corpus).current();

        for (String text : TEXTS) {
            assertThat(((TribuoClassifier) two).scores(text)).isEqualTo(((TribuoClassifier) one).scores(text));
        }
        assertThat(one.classify(TEXTS.get(0)).label()).isEqualTo("Baker");
        assertThat(one.classify(TEXTS.get(1)).label()).isEqualTo("Pilot");
        assertThat(one.classify(TEXTS.get(2)).label()).isEqualTo("Gardener");
    }

    @Test
    void aDamagedCachedModelIsTrainedAgain() throws IOException {
        ClassifierService first = TinyCorpus.service(data, corpus);
        first.current();
        Files.writeString(first.shippedModelFile(), "not a model");

        ClassifierService second = TinyCorpus.service(data, corpus);

        assertThat(second.current().classify(TEXTS.get(1)).label()).isEqualTo("Pilot");
        assertThat(second.trainings()).isEqualTo(1);
    }

    @Test
    void userTrainingReplacesTheShippedModelUntilReset() throws Exception {
        Path csv = Files.writeString(temp.resolve("mine.csv"), """
                Category,Resume
                Chef,"Cooked Italian pasta, risotto and sauces
                in a busy restaurant kitchen"
                Chef,Head chef planning menus and kitchen staff
                Chef,Head chef planning menus and kitchen staff
                Nurse,Registered nurse caring for patients on the ward
                Nurse,"Administered medication, patient charts, ICU"
                Nurse,
                """, StandardCharsets.UTF_8);
        ClassifierService service = TinyCorpus.service(data, corpus);

        TrainingReport report = service.trainFromCsv(csv);

        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.duplicateRows()).isEqualTo(1);
        assertThat(report.blankRows()).isEqualTo(1);
        assertThat(report.perLabel()).containsExactly(Map.entry("Chef", 2), Map.entry("Nurse", 2));
        assertThat(report.savedTo()).isEqualTo(data.resolve("models/classifier/user.tsmodel")).isRegularFile();
        assertThat(report.modelVersion()).startsWith("user-");
        assertThat(service.current().modelVersion()).isEqualTo(report.modelVersion());
        assertThat(service.current().classify("risotto and pasta sauces").label()).isEqualTo("Chef");

        ClassifierService reopened = TinyCorpus.service(data, corpus);
        assertThat(reopened.hasUserModel()).isTrue();
        assertThat(reopened.current().modelVersion()).isEqualTo(report.modelVersion());
        assertThat(reopened.current().classify("patients on the ward").label()).isEqualTo("Nurse");
        assertThat(reopened.shipped().modelVersion()).startsWith("shipped-");

        reopened.reset();

        assertThat(report.savedTo()).doesNotExist();
        assertThat(reopened.hasUserModel()).isFalse();
        assertThat(reopened.current().modelVersion()).startsWith("shipped-");
        assertThat(reopened.current().classify("Flight planning in the cockpit").label()).isEqualTo("Pilot");
    }

    @Test
    void aCsvWithOneCategoryCannotTrainAndLeavesTheModelAlone() throws IOException {
        Path csv = Files.writeString(temp.resolve("one.csv"), "Category,Resume\nChef,pasta\nChef,risotto\n");
        ClassifierService service = TinyCorpus.service(data, corpus);

        InputException problem = catchThrowableOfType(InputException.class, () -> service.trainFromCsv(csv));

        assertThat(problem.error().kind()).isEqualTo(InputError.Kind.UNSUPPORTED);
        assertThat(problem.getMessage()).contains("only one category", "Chef").doesNotContain("\n");
        assertThat(service.hasUserModel()).isFalse();
    }

    @Test
    void evaluateClassifiesEveryRowOfTheFile() throws Exception {
        Path csv = Files.writeString(temp.resolve("eval.csv"), """
                Category,Resume
                Baker,Sourdough bread and cakes
                Pilot,Boeing cockpit and runway
                Pilot,Boeing cockpit and runway
                Gardener,Irrigation of flower beds
                """);
        ClassifierService service = TinyCorpus.service(data, corpus);

        EvaluationReport report = service.evaluate(service.current(), csv);

        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.accuracy()).isEqualTo(1.0);
        assertThat(report.macroF1()).isEqualTo(1.0);
        assertThat(report.perClass().get("Pilot").support()).isEqualTo(2);
        assertThat(report.modelVersion()).isEqualTo(service.current().modelVersion());
    }
}
