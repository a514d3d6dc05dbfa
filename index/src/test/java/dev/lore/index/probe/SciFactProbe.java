package dev.lore.index.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.TestCorpus;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.index.lucene.VectorStorage;
import dev.lore.ingest.Chunk;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manual measurement, not part of the suite (its name matches no surefire pattern): index BEIR SciFact with one chunk
 * per document (title + text, as Anserini does) and print nDCG@10 per mode and vector storage, plus search latency.
 * Run: {@code ./mvnw -B -q -o -pl index -am test -Dtest=SciFactProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Dprobe.dataset=/work/shared/eval/scifact -Dprobe.variants=int8,float32 -DargLine="--add-modules jdk.incubator.vector"}
 * (a variant is {@code int8|float32[:k1:b]}); it also writes each mode's run to {@code /tmp/scifact-run-*.tsv} for
 * offline fusion experiments. Document and query vectors are cached in {@code /tmp/scifact-*-vectors.bin}.
 */
class SciFactProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    record Doc(String id, String title, String text) {
    }

    @Test
    void measure() throws Exception {
        var dataset = Path.of(System.getProperty("probe.dataset",
                System.getProperty("lore.shared.dir", "../../shared") + "/eval/scifact"));
        Assumptions.assumeTrue(Files.isDirectory(dataset), "BEIR SciFact not found at " + dataset.toAbsolutePath());
        var docs = new ArrayList<Doc>();
        for (var line : Files.readAllLines(dataset.resolve("corpus.jsonl"))) {
            var node = JSON.readTree(line);
            docs.add(new Doc(node.get("_id").asText(), node.get("title").asText(), node.get("text").asText()));
        }
        var qrels = new HashMap<String, Map<String, Integer>>();
        for (var line : Files.readAllLines(dataset.resolve("qrels/train.tsv")).subList(1, 920)) {
            var f = line.split("\t");
            qrels.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        var queries = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(dataset.resolve("queries.jsonl"))) {
            var node = JSON.readTree(line);
            if (qrels.containsKey(node.get("_id").asText())) {
                queries.put(node.get("_id").asText(), node.get("text").asText());
            }
        }
        var docVectors = vectors(Path.of("/tmp/scifact-doc-vectors.bin"),
                docs.stream().map(d -> d.title() + "\n" + d.text()).toList());
        var queryVectors = vectors(Path.of("/tmp/scifact-query-vectors.bin"), List.copyOf(queries.values()));
        var variants = System.getProperty("probe.variants", "int8,float32").split(",");
        for (var variant : variants) {
            var parts = variant.split(":");
            var options = LuceneIndexOptions.defaults().withVectorStorage(VectorStorage.parse(parts[0]));
            if (parts.length == 3) {
                options = options.withBm25(Float.parseFloat(parts[1]), Float.parseFloat(parts[2]));
            }
            var folder = temp.resolve(variant.replace(':', '_'));
            long start = System.nanoTime();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            try (var index = new LuceneKnowledgeIndex(folder, TestCorpus.MODEL, options)) {
                // -Dprobe.copies=20 adds perturbed copies (about 100k passages) to time searches at that scale
                int copies = Integer.getInteger("probe.copies", 1);
                var noise = new java.util.Random(1);
                for (int copy = 0; copy < copies; copy++) {
                    for (int i = 0; i < docs.size(); i++) {
                        var d = docs.get(i);
                        var id = copy == 0 ? d.id() : d.id() + "~" + copy;
                        var vector = docVectors[i];
                        if (copy > 0) {
                            vector = vector.clone();
                            for (int x = 0; x < vector.length; x++) {
                                vector[x] += 0.02f * (float) noise.nextGaussian();
                            }
                        }
                        var info = new DocumentInfo(id, "scifact", id, d.title(), Set.of(), "h", Instant.EPOCH);
                        index.replace(info, List.of(new EmbeddedChunk(new Chunk(id, 0, d.title(), List.of(), d.text()),
                                vector)));
                    }
                }
                index.commit();
                System.out.printf("%s indexed %d docs in %.1f s wall, %.1f s CPU%n", variant, docs.size() * copies,
                        (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9);
                for (var mode : copies > 1 ? new SearchMode[0] : SearchMode.values()) {
                    double ndcg = 0;
                    int q = 0;
                    var run = new StringBuilder();
                    for (var entry : queries.entrySet()) {
                        var hits = index.search(new SearchRequest(entry.getValue(), mode, 100, Set.of()), queryVectors[q++]);
                        ndcg += ndcg10(hits, qrels.get(entry.getKey()));
                        for (int r = 0; r < hits.size(); r++) {
                            run.append(entry.getKey()).append('\t').append(hits.get(r).docId()).append('\t')
                                    .append(r + 1).append('\t').append(hits.get(r).score()).append('\n');
                        }
                    }
                    Files.writeString(Path.of("/tmp/scifact-run-" + variant.replace(':', '_') + "-" + mode + ".tsv"),
                            run);
                    System.out.printf("%s %-6s nDCG@10 %.4f (%d queries)%n", variant, mode, ndcg / queries.size(),
                            queries.size());
                }
                System.out.println(variant + " segments " + index.segments());
                latency(index, List.copyOf(queries.values()), queryVectors, variant);
                if (Boolean.getBoolean("probe.forceMerge")) {
                    long mergeStart = System.nanoTime();
                    index.optimize();
                    System.out.printf("%s merged to %d segment(s) in %.1f s%n", variant, index.segments(),
                            (System.nanoTime() - mergeStart) / 1e9);
                    latency(index, List.copyOf(queries.values()), queryVectors, variant + "-merged");
                }
            }
        }
    }

    /** Interleaves the three modes query by query (k 10, excluding query embedding), so machine load hits all alike. */
    private static void latency(LuceneKnowledgeIndex index, List<String> queries, float[][] vectors, String variant) {
        var modes = SearchMode.values();
        var nanos = new long[modes.length][];
        for (int m = 0; m < modes.length; m++) {
            nanos[m] = new long[queries.size() * 2];
        }
        for (int round = 0; round < 3; round++) {
            for (int q = 0; q < queries.size(); q++) {
                for (int m = 0; m < modes.length; m++) {
                    var request = new SearchRequest(queries.get(q), modes[m], 10, Set.of());
                    long t0 = System.nanoTime();
                    index.search(request, vectors[q]);
                    long t = System.nanoTime() - t0;
                    if (round > 0) {
                        nanos[m][(round - 1) * queries.size() + q] = t;
                    }
                }
            }
        }
        var p50 = new double[modes.length];
        for (int m = 0; m < modes.length; m++) {
            Arrays.sort(nanos[m]);
            p50[m] = nanos[m][nanos[m].length / 2] / 1e6;
            System.out.printf("%s %-6s p50 %.3f ms p99 %.3f ms%n", variant, modes[m], p50[m],
                    nanos[m][nanos[m].length * 99 / 100] / 1e6);
        }
        System.out.printf("%s hybrid / (bm25 + vector) at p50: %.2f%n", variant, p50[2] / (p50[0] + p50[1]));
    }

    /** nDCG@10 as trec_eval computes it: linear gains, log2(rank + 1) discount, ideal from all judged documents. */
    static double ndcg10(List<Hit> hits, Map<String, Integer> relevant) {
        var seen = new LinkedHashSet<String>();
        for (var hit : hits) {
            seen.add(hit.docId());
        }
        double dcg = 0;
        int rank = 0;
        for (var docId : seen) {
            if (++rank > 10) {
                break;
            }
            dcg += relevant.getOrDefault(docId, 0) / (Math.log(rank + 1) / Math.log(2));
        }
        var gains = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double ideal = 0;
        for (int i = 0; i < Math.min(10, gains.size()); i++) {
            ideal += gains.get(i) / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static float[][] vectors(Path cache, List<String> texts) throws IOException {
        if (Files.exists(cache)) {
            try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int dim = in.readInt();
                if (n == texts.size()) {
                    var vectors = new float[n][dim];
                    for (var v : vectors) {
                        for (int d = 0; d < dim; d++) {
                            v[d] = in.readFloat();
                        }
                    }
                    return vectors;
                }
            }
        }
        var vectors = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += 64) {
            var batch = texts.subList(from, Math.min(texts.size(), from + 64)).stream().map(TextSegment::from).toList();
            var embedded = TestCorpus.MODEL.embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) {
                vectors[from + i] = embedded.get(i).vector();
            }
        }
        try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(vectors.length);
            out.writeInt(vectors[0].length);
            for (var v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
        System.out.println("embedded " + texts.size() + " texts into " + cache);
        return vectors;
    }
}
