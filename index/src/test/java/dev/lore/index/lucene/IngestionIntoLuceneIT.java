package dev.lore.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.IngestReport;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.source.FolderSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion pipeline against the real Lucene index: incremental sync, and recovery from kill -9. */
class IngestionIntoLuceneIT {

    private static final int DOCUMENTS = 60;
    private static EmbeddingModel model;

    @TempDir
    Path work;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2EmbeddingModel();
    }

    private static IngestOptions options() {
        return IngestOptions.defaults().withBatchSize(8).withCommitEvery(5);
    }

    private static FolderSource source(Path folder) {
        return new FolderSource("handbook", Set.of("everyone"), folder, List.of(), List.of());
    }

    private static IngestReport sync(Path folder, Path indexFolder) {
        try (var index = new LuceneKnowledgeIndex(indexFolder, model);
             var ingestion = new Ingestion(index, model, options(), IngestProgress.none())) {
            return ingestion.sync(source(folder));
        }
    }

    private Path corpus() throws IOException {
        var folder = work.resolve("corpus");
        for (var i = 0; i < DOCUMENTS; i++) {
            var file = folder.resolve("team-" + (i % 6) + "/page-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Page " + i + "\n\nTeam " + (i % 6) + " keeps topic " + i + " in the wiki. "
                    + "Ask the desk about item " + i + " before Friday.\n\n## Details\n\n"
                    + "The details of topic " + i + " are reviewed every quarter by the owners of the page.\n");
        }
        return folder;
    }

    /** Everything a search could return, per document: metadata and chunk ids, heading paths and texts. */
    private static Map<String, String> snapshot(Path indexFolder) {
        var snapshot = new TreeMap<String, String>();
        var chunkCount = 0L;
        try (var index = new LuceneKnowledgeIndex(indexFolder, model)) {
            for (DocumentInfo document : index.documents(null, Set.of())) {
                var chunks = index.chunks(document.docId(), document.groups()).stream()
                        .map(hit -> hit.chunkId() + "|" + hit.headingPath() + "|" + hit.text()).toList();
                chunkCount += chunks.size();
                snapshot.put(document.docId(), document.title() + "|" + document.contentHash() + "|"
                        + document.sortedGroups() + "|" + chunks);
            }
            assertThat(index.stats().chunks()).as("no duplicate or orphan chunks").isEqualTo(chunkCount);
        }
        return snapshot;
    }

    @Test
    void incrementalSyncAddsUpdatesDeletesAndSkipsUnchanged() throws IOException {
        var folder = corpus();
        var indexFolder = work.resolve("index");

        assertThat(sync(folder, indexFolder).documents().added()).isEqualTo(DOCUMENTS);
        assertThat(sync(folder, indexFolder).documents().unchanged()).isEqualTo(DOCUMENTS);
        Files.writeString(folder.resolve("team-1/page-1.md"), "# Page 1\n\nThe fire drill is on Tuesday.\n");
        Files.delete(folder.resolve("team-2/page-2.md"));

        var report = sync(folder, indexFolder);

        assertThat(report.documents()).isEqualTo(new IngestReport.Documents(0, 1, DOCUMENTS - 2, 1, 0, 0));
        try (var index = new LuceneKnowledgeIndex(indexFolder, model)) {
            var fireDrill = index.search(new SearchRequest("fire drill Tuesday", SearchMode.BM25, 3, Set.of()));
            assertThat(fireDrill).first().extracting(hit -> hit.docId()).isEqualTo("handbook:team-1/page-1.md");
            var gone = index.search(new SearchRequest("topic 2 in the wiki item 2", SearchMode.BM25, 100, Set.of()));
            assertThat(gone).noneMatch(hit -> hit.docId().equals("handbook:team-2/page-2.md"));
        }
    }

    @Test
    void ingestKilledWithSigkillAndRunAgainEndsWithTheIndexOfAnUninterruptedRun() throws Exception {
        var folder = corpus();
        var crashed = work.resolve("crashed");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildIngestion.class.getName(),
                folder.toString(), crashed.toString()).redirectErrorStream(true).start();
        var killedMidway = false;
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (var line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("done ") && Integer.parseInt(line.substring(5)) >= 10) {
                    child.destroyForcibly();
                    killedMidway = true;
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killedMidway).as("the child was killed before it finished").isTrue();

        var rerun = sync(folder, crashed);
        sync(folder, work.resolve("reference"));

        assertThat(rerun.errors()).isEmpty();
        assertThat(rerun.documents().unchanged()).as("committed before the crash").isPositive();
        assertThat(snapshot(crashed)).hasSize(DOCUMENTS).isEqualTo(snapshot(work.resolve("reference")));
    }

    /** Ingests a folder in a separate JVM, printing progress so the test can kill it midway. */
    static final class ChildIngestion {

        public static void main(String[] args) {
            var embedding = new AllMiniLmL6V2EmbeddingModel();
            IngestProgress progress = (source, listed, done, chunks, finished) -> System.out.println("done " + done);
            try (var index = new LuceneKnowledgeIndex(Path.of(args[1]), embedding);
                 var ingestion = new Ingestion(index, embedding, options().withBatchSize(2), progress)) {
                ingestion.sync(source(Path.of(args[0])));
            }
            System.out.println("finished");
        }
    }
}
