package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.index.SearchMode;
import dev.lore.index.eval.BeirDataset;
import dev.lore.index.eval.BeirEvaluation;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.VectorStorage;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lore eval beir DATASET_DIR}: nDCG@10, Recall@100 and MRR@10 per search mode, as trec_eval computes them. */
@Command(name = "beir", mixinStandardHelpOptions = true,
        description = {"Evaluates retrieval on a BEIR dataset (corpus.jsonl, queries.jsonl, qrels/SPLIT.tsv).",
                "Title + text are indexed once through the ingestion pipeline into a work folder keyed by the "
                        + "corpus hash, the model and the index settings, and reused afterwards."})
final class BeirEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "folder in the BEIR layout")
    Path dataset;

    @Option(names = "--split", defaultValue = "test", description = "qrels split (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--mode", defaultValue = "all", description = "bm25, vector, hybrid or all (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON, one object per mode")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/eval",
            description = "where evaluation indexes are cached (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--model", defaultValue = "all-minilm-l6-v2",
            description = "embedding model: all-minilm-l6-v2 or all-minilm-l6-v2-q (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--vectors", defaultValue = "int8",
            description = "HNSW vector storage: int8 or float32 (default: ${DEFAULT-VALUE})")
    String vectors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var modes = mode.equalsIgnoreCase("all")
                ? Arrays.asList(SearchMode.values())
                : List.of(SearchMode.parse(mode));
        var data = new BeirDataset(dataset);
        var options = LuceneIndexOptions.defaults().withVectorStorage(VectorStorage.parse(vectors));
        var out = spec.commandLine().getOut();
        try (var embeddings = OnnxMiniLmEmbeddingModel.load(model)) {
            var results = new BeirEvaluation(embeddings, options, IngestOptions.defaults(), work)
                    .evaluate(data, split, modes);
            out.printf("%s (%s split, %s, %s vectors)%n", data.name(), split, model, vectors);
            results.forEach(r -> out.println(r.line()));
            if (json != null) {
                if (json.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(json.toAbsolutePath().getParent());
                }
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
