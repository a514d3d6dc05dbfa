package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.web.Components;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lore search "QUERY"}: hybrid (or BM25, or vector) search over the index folder. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the index folder and prints the best passages.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "what to search for")
    String query;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: lore.index.dir, ./data/index)")
    Path index;

    @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, vector or hybrid (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--k", defaultValue = "10", description = "number of hits (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--groups", split = ",", paramLabel = "g1,g2",
            description = "groups of the reader (default: only documents readable by everyone)")
    List<String> groups = List.of();

    @Option(names = "--json", description = "print a JSON list of hits (docId, chunkId, title, source, score, text, ...)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var request = new SearchRequest(query, SearchMode.parse(mode), k, new HashSet<>(groups));
        var settings = CliSettings.load();
        Path folder = index != null ? index : settings.index().dir();
        List<Hit> hits;
        try (var model = Components.embeddingModel(settings); var knowledge = Components.openIndex(folder, model)) {
            hits = knowledge.search(request);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(hits));
        } else if (hits.isEmpty()) {
            out.println("No passages found.");
        } else {
            int n = 1;
            for (Hit hit : hits) {
                out.printf("%2d. %s  [%s]  score %.4f%n", n++, hit.title(), hit.chunkId(), hit.score());
                out.println("    " + abbreviate(hit.text().replaceAll("\\s+", " "), 240));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
