package com.talentsync.core.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, run in-process by LangChain4j's ONNX model: no
 * network, no files outside the jar. The model (about 90 MB of memory, a second to load) is
 * loaded on first use or by {@link #warmUp()}, once, whichever thread comes first.
 *
 * <p>Vectors are scaled to unit length, so a dot product is their cosine, and kept in a bounded
 * least-recently-used cache keyed by the exact text.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** Enough for a screening run's resume chunks plus a few job ads: about 1.5 KB each. */
    public static final int DEFAULT_CACHE_SIZE = 8192;

    static final int DIMENSION = 384;

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);
    /**
     * Runs a batch on the calling thread. LangChain4j's default would start its own pool; the
     * callers here already choose their parallelism (screening splits resumes across threads),
     * and threads hidden in an adapter would fight with them for the two cores.
     */
    private static final Executor CALLER_THREAD = Runnable::run;

    private final VectorCache cache;
    private final Optional<Path> nativeFolder;
    private final Object lock = new Object();
    private volatile EmbeddingModel model;

    public MiniLmEmbedder() {
        this(DEFAULT_CACHE_SIZE);
    }

    public MiniLmEmbedder(int cacheSize) {
        this(cacheSize, Optional.empty());
    }

    /**
     * @param nativeFolder where the tokenizer unpacks its native library on first use (the
     *                     app's data folder, say); empty for its default, {@code ~/.djl.ai}.
     *                     Only the first model load in a process decides it.
     */
    public MiniLmEmbedder(int cacheSize, Optional<Path> nativeFolder) {
        this.cache = new VectorCache(cacheSize);
        this.nativeFolder = Objects.requireNonNull(nativeFolder, "nativeFolder");
    }

    /** Loads the model now (about a second), so that the first real call is fast. */
    public void warmUp() {
        embed("warm up the sentence model");
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        Optional<float[]> cached = cache.get(text);
        if (cached.isPresent()) {
            return cached.get();
        }
        float[] vector = unit(model().embed(text).content().vector());
        cache.put(text, vector);
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    @Override
    public String modelName() {
        return "all-MiniLM-L6-v2";
    }

    /** How many texts are cached now; for tests and diagnostics. */
    public int cachedTexts() {
        return cache.size();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (lock) {
                loaded = model;
                if (loaded == null) {
                    long start = System.nanoTime();
                    keepTokenizerOffline();
                    nativeFolder.ifPresent(MiniLmEmbedder::unpackNativeCodeIn);
                    loaded = new AllMiniLmL6V2EmbeddingModel(CALLER_THREAD);
                    model = loaded;
                    LOG.info("loaded the all-MiniLM-L6-v2 sentence model in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }

    /**
     * The tokenizer library under LangChain4j (DJL) asks the cloud metadata address about the
     * machine it runs on unless told it is offline. TalentSync promises no network for
     * embeddings, so it is told, unless the user set the switch themselves.
     */
    private static void keepTokenizerOffline() {
        if (System.getenv("DJL_OFFLINE") == null && System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getenv("OPT_OUT_TRACKING") == null && System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    private static void unpackNativeCodeIn(Path folder) {
        if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", folder.toAbsolutePath().toString());
        }
    }

    /** {@code vector} scaled to length 1; all zeros stays all zeros. */
    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        if (norm == 0) {
            return vector.clone();
        }
        double scale = 1 / Math.sqrt(norm);
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] * scale);
        }
        return out;
    }
}
