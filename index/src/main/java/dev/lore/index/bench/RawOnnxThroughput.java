package dev.lore.index.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.lore.ingest.embed.MiniLmTokenizer;
import dev.lore.ingest.embed.MiniLmVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ceiling for embedding throughput: the MiniLM ONNX graph run directly through ONNX Runtime on pre-tokenized
 * texts sorted by length across the whole corpus, in the fastest session layout measured on this machine. Tokenizing
 * is done before the clock starts; only the graph runs and mean pooling are timed.
 */
final class RawOnnxThroughput {

    private static final Logger log = LoggerFactory.getLogger(RawOnnxThroughput.class);
    private static final int BATCH = 16;
    private static final int DIMENSION = 384;

    /** A session layout: parallel sessions, and threads inside each. */
    record Layout(int sessions, int intraOpThreads) {
    }

    private RawOnnxThroughput() {
    }

    /** Texts per second over all texts, in the faster of one session per core or one session using all cores. */
    static double chunksPerSecond(MiniLmVariant variant, List<String> texts) {
        List<long[]> ids;
        try (var tokenizer = MiniLmTokenizer.load(variant)) {
            ids = texts.stream().map(tokenizer::encode).sorted(Comparator.comparingInt(a -> a.length)).toList();
        }
        byte[] graph = readGraph(variant);
        int cores = Runtime.getRuntime().availableProcessors();
        var layouts = cores > 1 ? List.of(new Layout(cores, 1), new Layout(1, cores)) : List.of(new Layout(1, 1));
        var best = layouts.getFirst();
        if (layouts.size() > 1) {
            // a sample spread over the length-sorted texts, so both layouts see every length
            int step = Math.max(1, ids.size() / 64);
            var sample = IntStream.range(0, ids.size()).filter(i -> i % step == 0).mapToObj(ids::get).toList();
            double bestRate = 0;
            for (var layout : layouts) {
                double rate = run(graph, layout, sample);
                log.info("raw ONNX {} session(s) x {} thread(s): {} texts/s on a sample of {}",
                        layout.sessions(), layout.intraOpThreads(), Math.round(rate * 10) / 10.0, sample.size());
                if (rate > bestRate) {
                    bestRate = rate;
                    best = layout;
                }
            }
        }
        return run(graph, best, ids);
    }

    private static double run(byte[] graph, Layout layout, List<long[]> sortedIds) {
        var environment = OrtEnvironment.getEnvironment();
        var sessions = new ArrayList<OrtSession>();
        var threadNumber = new AtomicInteger();
        try (var options = new OrtSession.SessionOptions();
             var pool = Executors.newFixedThreadPool(layout.sessions(),
                     r -> new Thread(r, "lore-bench-raw-" + threadNumber.incrementAndGet()))) {
            options.setIntraOpNumThreads(layout.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            for (int i = 0; i < layout.sessions(); i++) {
                sessions.add(environment.createSession(graph, options));
            }
            boolean tokenTypes = sessions.getFirst().getInputNames().contains("token_type_ids");
            runBatch(environment, sessions.getFirst(), tokenTypes, sortedIds.subList(0, Math.min(BATCH, sortedIds.size())));
            var next = new AtomicInteger();
            long start = System.nanoTime();
            var futures = sessions.stream().map(session -> pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(BATCH)) < sortedIds.size()) {
                    runBatch(environment, session, tokenTypes,
                            sortedIds.subList(from, Math.min(sortedIds.size(), from + BATCH)));
                }
                return null;
            })).toList();
            for (var future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return sortedIds.size() / seconds;
        } catch (OrtException | ExecutionException e) {
            throw new IllegalStateException("raw ONNX Runtime run failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            for (var session : sessions) {
                try {
                    session.close();
                } catch (OrtException ignored) {
                    // closing after the measurement; nothing to report
                }
            }
        }
    }

    private static void runBatch(OrtEnvironment environment, OrtSession session, boolean tokenTypes, List<long[]> batch)
            throws OrtException {
        int rows = batch.size();
        int width = batch.getLast().length;
        var inputIds = LongBuffer.allocate(rows * width);
        var mask = LongBuffer.allocate(rows * width);
        for (var row : batch) {
            for (int j = 0; j < width; j++) {
                inputIds.put(j < row.length ? row[j] : 0L);
                mask.put(j < row.length ? 1L : 0L);
            }
        }
        long[] shape = {rows, width};
        try (var idsTensor = OnnxTensor.createTensor(environment, inputIds.flip(), shape);
             var maskTensor = OnnxTensor.createTensor(environment, mask.flip(), shape);
             var typesTensor = OnnxTensor.createTensor(environment, LongBuffer.allocate(rows * width), shape)) {
            var inputs = tokenTypes
                    ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
                    : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
            try (var output = session.run(inputs)) {
                var hidden = ((OnnxTensor) output.get(0)).getFloatBuffer();
                var pooled = new float[DIMENSION];
                for (int i = 0; i < rows; i++) {
                    int length = batch.get(i).length;
                    for (int j = 0; j < length; j++) {
                        int offset = (i * width + j) * DIMENSION;
                        for (int d = 0; d < DIMENSION; d++) {
                            pooled[d] += hidden.get(offset + d);
                        }
                    }
                }
            }
        }
    }

    private static byte[] readGraph(MiniLmVariant variant) {
        try (var in = RawOnnxThroughput.class.getResourceAsStream(variant.modelResource())) {
            if (in == null) {
                throw new IllegalStateException("model " + variant.modelResource() + " not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + variant.modelResource(), e);
        }
    }
}
