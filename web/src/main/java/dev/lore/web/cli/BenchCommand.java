package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.index.bench.RetrievalBenchmark;
import dev.lore.index.eval.BeirDataset;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lore bench}: raw embedding vs end-to-end ingestion throughput, and search latency per mode. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one run on a BEIR corpus: raw ONNX Runtime embedding throughput on the corpus' "
                + "chunks, end-to-end ingestion throughput and its ratio to it, peak heap, and single-threaded search "
                + "latency (p50, p99) per mode, without and with query embedding."})
final class BenchCommand implements Callable<Integer> {

    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "eval", "scifact");

    @Option(names = "--corpus", paramLabel = "DATASET_DIR",
            description = "BEIR dataset folder (default: ../shared/eval/scifact when present)")
    Path corpus;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the measurements as JSON")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench",
            description = "where the temporary benchmark index is built (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--model", defaultValue = "all-minilm-l6-v2",
            description = "embedding model: all-minilm-l6-v2 or all-minilm-l6-v2-q (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--max-documents", paramLabel = "N", defaultValue = "0",
            description = "ingest only the first N documents of the corpus (default: all)")
    int maxDocuments;

    @Option(names = "--generation", description = "instead: time answer generation (time to first token, tokens/s) and "
            + "the answer pipeline's own overhead on the index, with the configured model or --gguf")
    boolean generation;

    @Option(names = "--gguf", paramLabel = "FILE", description = "with --generation: the GGUF model to answer with")
    Path gguf;

    @Option(names = "--index", paramLabel = "DIR", description = "with --generation: index folder (default: lore.index.dir)")
    Path index;

    @Option(names = "--questions", paramLabel = "QA_FILE",
            description = "with --generation: questions (JSON lines; default: sample/qa.jsonl, answerable public ones)")
    Path questions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "with --generation: questions timed")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (generation) {
            return GenerationBenchRun.run(index, gguf, questions, limit, json, spec.commandLine().getOut());
        }
        var folder = corpus != null ? corpus : DEFAULT_CORPUS;
        if (!Files.isRegularFile(folder.resolve("corpus.jsonl"))) {
            throw new IllegalArgumentException("no BEIR corpus at " + folder.toAbsolutePath().normalize()
                    + ": give one with --corpus DATASET_DIR");
        }
        var out = spec.commandLine().getOut();
        try (var embeddings = OnnxMiniLmEmbeddingModel.load(model)) {
            var report = new RetrievalBenchmark(embeddings, LuceneIndexOptions.defaults(), IngestOptions.defaults(),
                    work).run(new BeirDataset(folder), maxDocuments);
            out.print(report.summary());
            out.printf("heap limit (-Xmx) %d MB, %d cores%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    Runtime.getRuntime().availableProcessors());
            if (json != null) {
                if (json.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(json.toAbsolutePath().getParent());
                }
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
