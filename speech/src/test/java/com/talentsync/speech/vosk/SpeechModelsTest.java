package com.talentsync.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechModelsTest {

    @TempDir
    Path dir;

    @Test
    void defaultModelIsUnpackedCompleteWithoutTheAndroidUuid() throws InputException {
        Path model = VoskTestSupport.defaultModel();
        assertThat(model.getFileName().toString()).isEqualTo(SpeechModels.DEFAULT_MODEL_NAME);
        assertThat(model.resolve("am/final.mdl")).isRegularFile();
        assertThat(model.resolve("graph/HCLr.fst")).isRegularFile();
        assertThat(model.resolve("uuid")).doesNotExist();
        assertThat(ModelUnzipper.isComplete(model)).isTrue();
    }

    @Test
    void defaultModelIsReusedOnTheNextCall() throws Exception {
        Path model = VoskTestSupport.defaultModel();
        Path marker = model.resolve(ModelUnzipper.MARKER);
        FileTime before = Files.getLastModifiedTime(marker);
        Thread.sleep(20);
        assertThat(SpeechModels.defaultModel(model.getParent())).isEqualTo(model);
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(before);
    }

    @Test
    void anInterruptedUnpackIsNeverUsedAndIsRedone() throws Exception {
        Path cache = dir.resolve("cache");
        Path half = cache.resolve(SpeechModels.DEFAULT_MODEL_NAME);
        FakeModel.write(half, "am/final.mdl", FakeModel.KALDI); // what a killed unpack could leave
        Path model = SpeechModels.defaultModel(cache);
        assertThat(model).isEqualTo(half);
        assertThat(Files.size(model.resolve("am/final.mdl"))).isGreaterThan(1_000_000);
        assertThat(ModelUnzipper.isComplete(model)).isTrue();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).as("no temporary folders left behind").containsExactly(half);
        }
    }

    @Test
    void aDamagedUnpackFailsTheMarkerCheck() throws Exception {
        Path folder = FakeModel.small(dir.resolve("m"));
        ModelUnzipper.mark(folder);
        assertThat(ModelUnzipper.isComplete(folder)).isTrue();
        Files.delete(folder.resolve("graph/Gr.fst"));
        assertThat(ModelUnzipper.isComplete(folder)).isFalse();
    }

    @Test
    void aFolderIsValidatedAndReturnedAsItIs() throws Exception {
        Path folder = FakeModel.small(dir.resolve("m"));
        assertThat(SpeechModels.prepare(folder, dir.resolve("cache"))).isEqualTo(folder);
    }

    @Test
    void aMissingChoiceIsNotFound() {
        InputException e = failure(dir.resolve("gone.zip"));
        assertThat(e.error().kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aZipIsUnpackedAndItsNestedModelRootFound() throws Exception {
        Path zip = zipOf(FakeModel.small(dir.resolve("src/models/vosk-model-x")), dir.resolve("src"), "model.zip");
        Path cache = dir.resolve("cache");
        Path root = SpeechModels.prepare(zip, cache);
        assertThat(root.getFileName().toString()).isEqualTo("vosk-model-x");
        assertThat(root.startsWith(cache)).isTrue();
        assertThat(root.resolve("graph/Gr.fst")).isRegularFile();
        // a second call reuses the unpacked copy
        FileTime unpacked = Files.getLastModifiedTime(root.resolve("am/final.mdl"));
        assertThat(SpeechModels.prepare(zip, cache)).isEqualTo(root);
        assertThat(Files.getLastModifiedTime(root.resolve("am/final.mdl"))).isEqualTo(unpacked);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("model.zip"), "this is a text file, not a zip");
        InputException e = failure(text);
        assertThat(e.error().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo(
                "not a Vosk model: model.zip is neither a model folder nor a .zip (choose a Vosk model folder or its .zip)");
    }

    @Test
    void aZipWithoutAModelIsRefusedAndCleanedUp() throws IOException {
        Path src = dir.resolve("src");
        FakeModel.write(src, "photos/cat.jpg", "not a model");
        Path cache = dir.resolve("cache");
        InputException e = catchThrowableOfType(InputException.class,
                () -> SpeechModels.prepare(zipOf(src, src, "photos.zip"), cache));
        assertThat(e.error().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.getMessage()).startsWith("not a Vosk model: photos.zip holds no am/final.mdl");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aTruncatedZipIsCorrupt() throws IOException {
        Path zip = zipOf(FakeModel.small(dir.resolve("src/m")), dir.resolve("src"), "model.zip");
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 3));
        InputException e = failure(zip);
        assertThat(e.error().kind()).isIn(Kind.CORRUPT, Kind.UNSUPPORTED);
        assertThat(e.getMessage()).contains("model.zip");
    }

    @Test
    void aZipSlipEntryIsRefusedAndNothingLandsOutside() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("m/am/final.mdl"));
            out.write(FakeModel.KALDI);
            out.putNextEntry(new ZipEntry("../../escaped.txt"));
            out.write("gotcha".getBytes());
        }
        Path cache = dir.resolve("deep/cache");
        InputException e = catchThrowableOfType(InputException.class, () -> SpeechModels.prepare(zip, cache));
        assertThat(e.error().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("evil.zip is unsafe to unpack").contains("outside");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("deep/escaped.txt")).doesNotExist();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).as("temporary unpack removed").isEmpty();
        }
    }

    @Test
    void aZipBombIsStoppedByTheSizeLimit() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            out.write(new byte[200_000]);
        }
        Path target = Files.createDirectories(dir.resolve("t"));
        ModelUnzipper small = new ModelUnzipper(100_000, 10);
        try (var in = Files.newInputStream(zip)) {
            var e = catchThrowableOfType(ModelUnzipper.UnsafeZipException.class,
                    () -> small.unpack(in, "", target, java.util.Set.of()));
            assertThat(e.getMessage()).contains("more than");
        }
    }

    private static InputException failure(Path choice) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> SpeechModels.prepare(choice, choice.getParent().resolve("cache")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    /** Zips every file under {@code base} with paths relative to it. */
    private static Path zipOf(Path content, Path base, String name) throws IOException {
        Path zip = base.getParent().resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(base)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new ZipEntry(base.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
            }
        }
        assertThat(content).isDirectory();
        return zip;
    }
}
