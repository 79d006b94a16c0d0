package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabeledCsvTest {

    @TempDir
    Path folder;

    private Path csv(String content) throws IOException {
        return Files.writeString(folder.resolve("data.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsQuotedMultiLineFieldsAnyHeaderCaseExtraColumnsAndAByteOrderMark() throws Exception {
        Path file = csv("\uFEFFcategory,RESUME,n_copies\r\n"
                + "Baker,\"Bread, cakes\nand \"\"sourdough\"\"\",2\r\n"
                + "Pilot,Flies planes,1\r\n");

        LabeledCsv.Rows rows = LabeledCsv.read(file);

        assertThat(rows.rows()).containsExactly(
                new LabeledText("Baker", "Bread, cakes\nand \"sourdough\""),
                new LabeledText("Pilot", "Flies planes"));
        assertThat(rows.blankRows()).isZero();
    }

    @Test
    void rowsWithoutALabelOrTextAreSkippedAndCounted() throws Exception {
        LabeledCsv.Rows rows = LabeledCsv.read(csv("Category,Resume\nBaker,Bread\n,orphan text\nPilot,\"  \"\nPilot\n"));

        assertThat(rows.rows()).containsExactly(new LabeledText("Baker", "Bread"));
        assertThat(rows.blankRows()).isEqualTo(3);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty file", "", InputError.Kind.EMPTY, "empty"),
                Arguments.of("header only", "Category,Resume\n", InputError.Kind.EMPTY, "no row"),
                Arguments.of("no header row", "Baker,Bread and cakes\nPilot,Planes\n", InputError.Kind.CORRUPT, "header"),
                Arguments.of("wrong columns", "Label,Text\nBaker,Bread\n", InputError.Kind.CORRUPT, "Category and Resume"),
                Arguments.of("unterminated quote", "Category,Resume\nBaker,\"Bread\n", InputError.Kind.CORRUPT,
                        "not a valid CSV"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesAreOneLineInputErrors(String name, String content, InputError.Kind kind, String says)
            throws IOException {
        InputException problem = catchThrowableOfType(InputException.class, () -> LabeledCsv.read(csv(content)));

        assertThat(problem.error().kind()).isEqualTo(kind);
        assertThat(problem.getMessage()).contains(says).doesNotContain("\n");
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        InputException missing = catchThrowableOfType(InputException.class,
                () -> LabeledCsv.read(folder.resolve("nope.csv")));
        assertThat(missing.error().kind()).isEqualTo(InputError.Kind.NOT_FOUND);
        assertThat(missing.getMessage()).contains("nope.csv");

        InputException directory = catchThrowableOfType(InputException.class, () -> LabeledCsv.read(folder));
        assertThat(directory.error().kind()).isEqualTo(InputError.Kind.UNREADABLE);
    }
}
