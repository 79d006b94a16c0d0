package com.talentsync.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLayoutTest {

    @TempDir
    Path dir;

    @Test
    void acceptsACompleteSmallModel() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        assertThatCode(() -> ModelLayout.validate(model)).doesNotThrowAnyException();
    }

    @Test
    void acceptsABigModelWithOneHclgGraph() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("graph/HCLr.fst"));
        Files.delete(model.resolve("graph/Gr.fst"));
        FakeModel.write(model, "graph/HCLG.fst", FakeModel.FST);
        assertThatCode(() -> ModelLayout.validate(model)).doesNotThrowAnyException();
    }

    @Test
    void acceptsTheBundledModel() throws InputException {
        ModelLayout.validate(VoskTestSupport.defaultModel());
    }

    @Test
    void missingFolderIsNotFound() {
        Path missing = dir.resolve("nowhere");
        InputException e = failure(missing);
        assertThat(e.error().kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("speech model folder not found: " + missing
                + " (choose a Vosk model folder or its .zip)");
    }

    @Test
    void emptyFolderIsNotAModel() {
        InputException e = failure(dir);
        assertThat(e.error().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo("not a Vosk model: " + dir
                + " has no am/final.mdl (a Vosk model folder holds am/, conf/ and graph/)");
    }

    @Test
    void aFileIsNotAModelFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(failure(file).error().kind()).isEqualTo(Kind.UNSUPPORTED);
    }

    @Test
    void modelWithoutAcousticModelIsCorrupt() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("am/final.mdl"));
        InputException e = failure(model);
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("has no am/final.mdl");
    }

    @Test
    void modelWithoutGraphIsCorrupt() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("graph/HCLr.fst"));
        Files.delete(model.resolve("graph/Gr.fst"));
        InputException e = failure(model);
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("no graph/HCLG.fst nor graph/HCLr.fst with graph/Gr.fst");
    }

    @Test
    void lookaheadGraphNeedsBothHalvesAndTheDisambiguationSymbols() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("graph/Gr.fst"));
        assertThat(failure(model).getMessage()).contains("has no graph/Gr.fst");
        FakeModel.write(model, "graph/Gr.fst", FakeModel.FST);
        Files.delete(model.resolve("graph/disambig_tid.int"));
        assertThat(failure(model).getMessage()).contains("has no graph/disambig_tid.int");
    }

    @Test
    void missingConfigurationIsCorrupt() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("conf/model.conf"));
        assertThat(failure(model).getMessage()).contains("has no conf/model.conf");
        FakeModel.write(model, "conf/model.conf", "--beam=10\n");
        Files.delete(model.resolve("conf/mfcc.conf"));
        assertThat(failure(model).getMessage()).contains("has no conf/mfcc.conf");
    }

    @Test
    void graphThatIsNotAnFstIsRefused() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        FakeModel.write(model, "graph/Gr.fst", "<html>404 Not Found</html>");
        InputException e = failure(model);
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("graph/Gr.fst that is not in Kaldi/OpenFst format");
    }

    @Test
    void emptyAcousticModelIsRefused() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        FakeModel.write(model, "am/final.mdl", new byte[0]);
        assertThat(failure(model).getMessage()).contains("has an empty am/final.mdl");
    }

    @Test
    void partialIvectorFolderIsRefusedButNoIvectorFolderIsFine() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        Files.delete(model.resolve("ivector/final.mat"));
        assertThat(failure(model).getMessage()).contains("has no ivector/final.mat");
        VoskTestSupport.deleteTree(model.resolve("ivector"));
        assertThatCode(() -> ModelLayout.validate(model)).doesNotThrowAnyException();
    }

    @Test
    void rescoringNeedsItsGrammar() throws IOException {
        Path model = FakeModel.small(dir.resolve("m"));
        FakeModel.write(model, "rescore/G.carpa", FakeModel.KALDI);
        assertThat(failure(model).getMessage()).contains("has no rescore/G.fst");
    }

    private static InputException failure(Path folder) {
        InputException e = catchThrowableOfType(InputException.class, () -> ModelLayout.validate(folder));
        assertThat(e).as("validate(%s) should fail", folder).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }
}
