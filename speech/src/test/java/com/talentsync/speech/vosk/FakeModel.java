package com.talentsync.speech.vosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes tiny files in a Vosk model's layout with the right headers (not loadable, but valid-looking). */
final class FakeModel {

    static final byte[] FST = {(byte) 0xd6, (byte) 0xfd, (byte) 0xb2, 0x7e, 1, 2, 3, 4};
    static final byte[] KALDI = "\0B<TransitionModel> <Topology>".getBytes(StandardCharsets.US_ASCII);

    private FakeModel() {}

    /** A small ("lookahead") model: HCLr.fst + Gr.fst, with i-vector files. */
    static Path small(Path folder) throws IOException {
        write(folder, "am/final.mdl", KALDI);
        write(folder, "conf/model.conf", "--beam=10.0\n");
        write(folder, "conf/mfcc.conf", "--sample-frequency=16000\n");
        write(folder, "graph/HCLr.fst", FST);
        write(folder, "graph/Gr.fst", FST);
        write(folder, "graph/disambig_tid.int", "10015\n");
        write(folder, "graph/phones/word_boundary.int", "1 nonword\n");
        for (String name : new String[] {"final.ie", "final.dubm", "final.mat", "global_cmvn.stats",
                "online_cmvn.conf", "splice.conf"}) {
            write(folder, "ivector/" + name, KALDI);
        }
        return folder;
    }

    static void write(Path folder, String relative, String text) throws IOException {
        write(folder, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path folder, String relative, byte[] bytes) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
