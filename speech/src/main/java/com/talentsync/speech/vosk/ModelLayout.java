package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that a folder holds a complete Vosk model before it reaches native code, which reports a
 * missing file as a Kaldi error at best and can dereference a null FST (and take the JVM down) at
 * worst.
 *
 * <p>The checks follow what Vosk's {@code Model::ConfigureV2} and {@code ReadDataFiles} open:
 * <ul>
 * <li>always: {@code am/final.mdl} (a Kaldi acoustic model), {@code conf/model.conf} (decoder
 * options), and {@code conf/mfcc.conf} or {@code conf/fbank.conf} (features);</li>
 * <li>a graph: either {@code graph/HCLG.fst} (big models), or {@code graph/HCLr.fst} +
 * {@code graph/Gr.fst} + {@code graph/disambig_tid.int} (small "lookahead" models). A graph file
 * that does not start with OpenFst's magic number is refused, because Vosk reads those with
 * {@code StdFst::Read}, which returns null rather than failing;</li>
 * <li>optional parts, complete when present: {@code ivector/} (if {@code final.ie} is there, its
 * five companions must be too), {@code rescore/} ({@code G.carpa} needs {@code G.fst}) and
 * {@code rnnlm/} ({@code final.raw} needs its embedding, features and options).</li>
 * </ul>
 * The old "V1" layout (everything at the top level) is not accepted: every model Vosk publishes
 * today uses {@code am/}, {@code conf/} and {@code graph/}.
 */
public final class ModelLayout {

    /** The file whose presence marks a folder as a Vosk model root. */
    public static final String ACOUSTIC_MODEL = "am/final.mdl";

    private static final String LAYOUT_HINT = "(a Vosk model folder holds am/, conf/ and graph/)";
    private static final byte[] FST_MAGIC = {(byte) 0xd6, (byte) 0xfd, (byte) 0xb2, 0x7e};
    private static final byte[] KALDI_BINARY = {0, 'B'};
    private static final byte[] KALDI_TEXT = "<TransitionModel>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final List<String> IVECTOR_FILES = List.of("ivector/final.dubm", "ivector/final.mat",
            "ivector/global_cmvn.stats", "ivector/online_cmvn.conf", "ivector/splice.conf");
    private static final List<String> RNNLM_FILES = List.of("rnnlm/feat_embedding.final.mat",
            "rnnlm/word_feats.txt", "rnnlm/special_symbol_opts.conf");

    private ModelLayout() {}

    /**
     * Throws unless {@code folder} is a complete Vosk model.
     *
     * @throws InputException NOT_FOUND when there is no such folder, UNSUPPORTED when it is not a
     *                        model at all, CORRUPT when a model's part is missing, empty or damaged
     */
    public static void validate(Path folder) throws InputException {
        if (!Files.exists(folder)) {
            throw new InputException(Kind.NOT_FOUND,
                    "speech model folder not found: " + folder + " (choose a Vosk model folder or its .zip)");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(Kind.UNSUPPORTED,
                    "not a Vosk model: " + folder + " is a file, not a folder (choose a Vosk model folder or its .zip)");
        }
        // A folder with none of the model's sub-folders is something else entirely; one with some
        // of them is a model that lost files (a partial copy or download).
        Kind missingKind = hasAnyModelPart(folder) ? Kind.CORRUPT : Kind.UNSUPPORTED;

        requireFile(folder, ACOUSTIC_MODEL, missingKind);
        requireHeader(folder, ACOUSTIC_MODEL, KALDI_BINARY, KALDI_TEXT);
        requireFile(folder, "conf/model.conf", Kind.CORRUPT);
        if (!isFile(folder, "conf/mfcc.conf") && !isFile(folder, "conf/fbank.conf")) {
            throw missing(folder, "conf/mfcc.conf", Kind.CORRUPT);
        }
        requireGraph(folder);
        requireCompanions(folder, "ivector/final.ie", IVECTOR_FILES);
        requireCompanions(folder, "rescore/G.carpa", List.of("rescore/G.fst"));
        requireCompanions(folder, "rnnlm/final.raw", RNNLM_FILES);
    }

    /** Whether {@code folder} looks like a model root (holds {@value #ACOUSTIC_MODEL}). */
    public static boolean isModelRoot(Path folder) {
        return Files.isRegularFile(folder.resolve(ACOUSTIC_MODEL));
    }

    private static void requireGraph(Path folder) throws InputException {
        if (isFile(folder, "graph/HCLG.fst")) {
            requireFile(folder, "graph/HCLG.fst", Kind.CORRUPT);
            requireHeader(folder, "graph/HCLG.fst", FST_MAGIC);
            return;
        }
        if (!isFile(folder, "graph/HCLr.fst") && !isFile(folder, "graph/Gr.fst")) {
            throw new InputException(Kind.CORRUPT, "not a Vosk model: " + folder
                    + " has no graph/HCLG.fst nor graph/HCLr.fst with graph/Gr.fst " + LAYOUT_HINT);
        }
        for (String graph : List.of("graph/HCLr.fst", "graph/Gr.fst")) {
            requireFile(folder, graph, Kind.CORRUPT);
            requireHeader(folder, graph, FST_MAGIC);
        }
        requireFile(folder, "graph/disambig_tid.int", Kind.CORRUPT);
    }

    private static void requireCompanions(Path folder, String trigger, List<String> companions)
            throws InputException {
        if (!Files.exists(folder.resolve(trigger))) {
            return;
        }
        requireFile(folder, trigger, Kind.CORRUPT);
        for (String companion : companions) {
            requireFile(folder, companion, Kind.CORRUPT);
        }
    }

    private static boolean hasAnyModelPart(Path folder) {
        return Files.isDirectory(folder.resolve("am")) || Files.isDirectory(folder.resolve("conf"))
                || Files.isDirectory(folder.resolve("graph"));
    }

    private static boolean isFile(Path folder, String relative) {
        return Files.isRegularFile(folder.resolve(relative));
    }

    private static void requireFile(Path folder, String relative, Kind kindIfMissing) throws InputException {
        Path file = folder.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw missing(folder, relative, kindIfMissing);
        }
        try {
            if (Files.size(file) == 0) {
                throw new InputException(Kind.CORRUPT, "damaged Vosk model: " + folder + " has an empty "
                        + relative + " (download or unpack the model again)");
            }
        } catch (IOException e) {
            throw unreadable(folder, relative, e);
        }
        if (!Files.isReadable(file)) {
            throw unreadable(folder, relative, null);
        }
    }

    /** The file must start with one of {@code headers}: catches HTML error pages and truncated copies. */
    private static void requireHeader(Path folder, String relative, byte[]... headers) throws InputException {
        int longest = Arrays.stream(headers).mapToInt(h -> h.length).max().orElse(0);
        byte[] start;
        try (InputStream in = Files.newInputStream(folder.resolve(relative))) {
            start = in.readNBytes(longest);
        } catch (IOException e) {
            throw unreadable(folder, relative, e);
        }
        for (byte[] header : headers) {
            if (start.length >= header.length && Arrays.equals(start, 0, header.length, header, 0, header.length)) {
                return;
            }
        }
        throw new InputException(Kind.CORRUPT, "damaged Vosk model: " + folder + " has a " + relative
                + " that is not in Kaldi/OpenFst format (download or unpack the model again)");
    }

    private static InputException missing(Path folder, String relative, Kind kind) {
        return new InputException(kind, "not a Vosk model: " + folder + " has no " + relative + " " + LAYOUT_HINT);
    }

    private static InputException unreadable(Path folder, String relative, IOException cause) {
        return new InputException(Kind.UNREADABLE, "cannot read the speech model: " + folder.resolve(relative)
                + " is not readable (check the folder's permissions)", cause);
    }
}
