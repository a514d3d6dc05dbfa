package dev.lore.ingest.embed;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 run in-process through ONNX Runtime, tuned for small CPUs: one single-threaded session per core,
 * each batch sorted by length and padded per sub-batch, mean pooling over the attention mask, L2-normalized; a single
 * text (a query) runs on one extra session that uses every core, for latency.
 *
 * <p>Texts are truncated at {@link MiniLmTokenizer#MAX_WORDPIECES} wordpieces, as sentence-transformers does.
 * LangChain4j's {@code AllMiniLmL6V2EmbeddingModel} gives the same vectors for texts up to 128 wordpieces; its
 * tokenizer.json truncates there, so longer chunks would lose their ends.
 */
public final class OnnxMiniLmEmbeddingModel implements EmbeddingModel, AutoCloseable {

    /** Dimension of all-MiniLM-L6-v2 vectors. */
    public static final int DIMENSION = 384;

    /** Texts per ONNX run: on 2 cores 16 was as fast as 32 and 64 at SciFact lengths, and balances better. */
    static final int DEFAULT_BATCH_SIZE = 16;

    private final MiniLmVariant variant;
    private final MiniLmTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final List<OrtSession> sessions;
    private final BlockingQueue<OrtSession> idle;
    private final OrtSession latency;
    private final boolean needsTokenTypes;
    private final ExecutorService workers;
    private final int batchSize;

    private OnnxMiniLmEmbeddingModel(MiniLmVariant variant, MiniLmTokenizer tokenizer, OrtEnvironment environment,
                                     List<OrtSession> sessions, OrtSession latency, int batchSize) {
        this.variant = variant;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.sessions = List.copyOf(sessions);
        this.idle = new ArrayBlockingQueue<>(sessions.size(), false, sessions);
        this.latency = latency;
        this.needsTokenTypes = sessions.getFirst().getInputNames().contains("token_type_ids");
        this.batchSize = batchSize;
        var threadNumber = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(sessions.size(), sessions.size(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(4096), r -> {
                    var t = new Thread(r, "lore-embed-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Loads the variant with one single-threaded session per available core: the fastest setup measured. */
    public static OnnxMiniLmEmbeddingModel load(MiniLmVariant variant) {
        return load(variant, Runtime.getRuntime().availableProcessors(), 1, DEFAULT_BATCH_SIZE);
    }

    /** Loads the model named by {@code lore.embedding.model} ({@code all-minilm-l6-v2} or {@code all-minilm-l6-v2-q}). */
    public static OnnxMiniLmEmbeddingModel load(String configName) {
        return load(MiniLmVariant.parse(configName));
    }

    /**
     * Loads the variant with a chosen layout.
     *
     * @param sessionCount independent sessions run in parallel (one per core is fastest on 2 cores)
     * @param intraOpThreads threads each session may use inside one run
     * @param batchSize texts per run
     */
    public static OnnxMiniLmEmbeddingModel load(MiniLmVariant variant, int sessionCount, int intraOpThreads,
                                                int batchSize) {
        if (sessionCount < 1 || intraOpThreads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("sessions, intra-op threads and batch size must be >= 1, were "
                    + sessionCount + ", " + intraOpThreads + ", " + batchSize);
        }
        var environment = OrtEnvironment.getEnvironment();
        var graph = readModel(variant);
        var sessions = new ArrayList<OrtSession>();
        OrtSession latency = null;
        try (var options = new OrtSession.SessionOptions();
             var latencyOptions = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            for (int i = 0; i < sessionCount; i++) {
                sessions.add(environment.createSession(graph, options));
            }
            // a single text (a query) runs on all cores; threads sleep between runs instead of spinning, so an idle
            // server does not burn the cores the other sessions and Lucene need
            latencyOptions.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            latencyOptions.setInterOpNumThreads(1);
            latencyOptions.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            latencyOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
            latency = environment.createSession(graph, latencyOptions);
        } catch (OrtException e) {
            sessions.forEach(OnnxMiniLmEmbeddingModel::closeQuietly);
            throw new IllegalStateException("cannot load ONNX model " + variant.modelResource(), e);
        }
        return new OnnxMiniLmEmbeddingModel(variant, MiniLmTokenizer.load(variant), environment, sessions, latency,
                batchSize);
    }

    static byte[] readModel(MiniLmVariant variant) {
        try (var in = OnnxMiniLmEmbeddingModel.class.getResourceAsStream(variant.modelResource())) {
            if (in == null) {
                throw new IllegalStateException("model " + variant.modelResource()
                        + " not on the classpath: add langchain4j-embeddings-" + variant.configName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + variant.modelResource(), e);
        }
    }

    /** The wordpiece tokenizer this model uses; also counts wordpieces for chunking. */
    public MiniLmTokenizer tokenizer() {
        return tokenizer;
    }

    /** Which graph is loaded. */
    public MiniLmVariant variant() {
        return variant;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        var vectors = embedTexts(segments.stream().map(TextSegment::text).toList());
        var embeddings = Arrays.stream(vectors).map(Embedding::new).toList();
        return Response.from(embeddings);
    }

    /** Embeds texts, returning normalized vectors in input order; safe to call from several threads. */
    public float[][] embedTexts(List<String> texts) {
        var ids = texts.stream().map(tokenizer::encode).toList();
        var order = IntStream.range(0, ids.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        // at least two runs per session, so a session that drew short texts takes another run instead of idling
        int perRun = Math.max(1, Math.min(batchSize, ceilDiv(order.length, 2 * sessions.size())));
        if (ids.size() == 1) {
            return run(environment, latency, needsTokenTypes, ids);
        }
        var result = new float[ids.size()][];
        if (order.length <= perRun) {
            runBatch(ids, order, 0, order.length, result);
            return result;
        }
        var pending = new ArrayList<Future<?>>();
        for (int from = 0; from < order.length; from += perRun) {
            int start = from;
            int end = Math.min(order.length, from + perRun);
            pending.add(workers.submit(() -> runBatch(ids, order, start, end, result)));
        }
        for (var future : pending) {
            await(future);
        }
        return result;
    }

    private void runBatch(List<long[]> ids, int[] order, int from, int to, float[][] result) {
        OrtSession session = borrow();
        try {
            var batch = new ArrayList<long[]>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(ids.get(order[i]));
            }
            var vectors = run(environment, session, needsTokenTypes, batch);
            for (int i = from; i < to; i++) {
                result[order[i]] = vectors[i - from];
            }
        } finally {
            idle.add(session);
        }
    }

    /**
     * Runs one padded batch through a session and mean-pools the last hidden state over the attention mask.
     * Package-visible so the raw benchmark can run the graph without the rest of this class.
     */
    static float[][] run(OrtEnvironment environment, OrtSession session, boolean tokenTypes, List<long[]> batch) {
        int rows = batch.size();
        int width = batch.stream().mapToInt(a -> a.length).max().orElse(0);
        var inputIds = LongBuffer.allocate(rows * width);
        var mask = LongBuffer.allocate(rows * width);
        for (var row : batch) {
            for (int j = 0; j < width; j++) {
                inputIds.put(j < row.length ? row[j] : 0L);
                mask.put(j < row.length ? 1L : 0L);
            }
        }
        inputIds.flip();
        mask.flip();
        long[] shape = {rows, width};
        try (var idsTensor = OnnxTensor.createTensor(environment, inputIds, shape);
             var maskTensor = OnnxTensor.createTensor(environment, mask, shape);
             var typesTensor = OnnxTensor.createTensor(environment, LongBuffer.allocate(rows * width), shape)) {
            var inputs = tokenTypes
                    ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
                    : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
            try (var output = session.run(inputs)) {
                var hidden = ((OnnxTensor) output.get(0)).getFloatBuffer();
                return meanPool(hidden, batch, width);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a batch of " + rows + " texts", e);
        }
    }

    private static float[][] meanPool(FloatBuffer hidden, List<long[]> batch, int width) {
        var vectors = new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            int length = batch.get(i).length;
            var sum = new float[DIMENSION];
            int base = i * width * DIMENSION;
            for (int j = 0; j < length; j++) {
                int offset = base + j * DIMENSION;
                for (int d = 0; d < DIMENSION; d++) {
                    sum[d] += hidden.get(offset + d);
                }
            }
            double norm = 0;
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] /= length;
                norm += sum[d] * sum[d];
            }
            float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] *= scale;
            }
            vectors[i] = sum;
        }
        return vectors;
    }

    private OrtSession borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an embedding session", e);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("embedding failed", e.getCause());
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return variant.configName();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        sessions.forEach(OnnxMiniLmEmbeddingModel::closeQuietly);
        closeQuietly(latency);
        tokenizer.close();
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close ONNX session", e);
        }
    }
}
