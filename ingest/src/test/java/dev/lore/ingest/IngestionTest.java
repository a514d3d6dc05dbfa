package dev.lore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lore.ingest.source.FolderSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

    private static EmbeddingModel model;

    @TempDir
    Path folder;
    private InMemoryDocumentStore store;
    private Ingestion ingestion;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2EmbeddingModel();
    }

    @BeforeEach
    void setUp() throws IOException {
        store = new InMemoryDocumentStore();
        ingestion = new Ingestion(store, model, IngestOptions.defaults().withBatchSize(8).withParserThreads(2),
                IngestProgress.none());
        write("it/vpn.md", "---\ntitle: VPN\n---\n# VPN\n\nConnect with WireGuard before opening the intranet.\n");
        write("hr/leave.md", "# Leave\n\nEmployees get 30 days of paid leave per year.\n\n## Parental leave\n\n16 weeks.\n");
        write("notes.txt", "The cafeteria opens at 8.\n\nIt closes at 15.\n");
    }

    @AfterEach
    void closeIngestion() {
        ingestion.close();
    }

    private void write(String relative, String content) throws IOException {
        var file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private FolderSource source() {
        return new FolderSource("handbook", Set.of("everyone"), folder, List.of(), List.of());
    }

    @Test
    void firstIngestAddsEveryDocumentWithNormalizedVectors() {
        var report = ingestion.sync(source());

        assertThat(report.documents()).isEqualTo(new IngestReport.Documents(3, 0, 0, 0, 0, 0));
        assertThat(report.errors()).isEmpty();
        assertThat(store.documents.keySet()).containsExactlyInAnyOrder("handbook:it/vpn.md", "handbook:hr/leave.md", "handbook:notes.txt");
        assertThat(report.chunks()).isEqualTo(store.chunks.values().stream().mapToLong(List::size).sum());
        var vector = store.chunks.get("handbook:it/vpn.md").getFirst().vector();
        assertThat(vector).hasSize(384);
        var norm = 0.0;
        for (var v : vector) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(store.documents.get("handbook:it/vpn.md").title()).isEqualTo("VPN");
        assertThat(store.commits).isPositive();
    }

    @Test
    void progressEndsWithTheFinalCounts() {
        var updates = new java.util.ArrayList<String>();
        IngestProgress progress = (source, listed, done, chunks, finished) ->
                updates.add(source + " " + listed + " " + done + " " + chunks + " " + finished);
        IngestReport report;
        try (var withProgress = new Ingestion(store, model, IngestOptions.defaults(), progress)) {
            report = withProgress.sync(source());
        }

        assertThat(updates).last().isEqualTo("handbook 3 3 " + report.chunks() + " true");
        assertThat(updates.subList(0, updates.size() - 1)).allMatch(update -> update.endsWith("false"));
    }

    @Test
    void secondIngestOfUnchangedFolderChangesNothing() {
        ingestion.sync(source());

        var second = ingestion.sync(source());

        assertThat(second.documents()).isEqualTo(new IngestReport.Documents(0, 0, 3, 0, 0, 0));
        assertThat(second.chunks()).isZero();
    }

    @Test
    void editingOneFileReportsOneUpdate() throws IOException {
        ingestion.sync(source());
        write("it/vpn.md", "# VPN\n\nConnect with OpenVPN now.\n");

        var report = ingestion.sync(source());

        assertThat(report.documents()).isEqualTo(new IngestReport.Documents(0, 1, 2, 0, 0, 0));
        assertThat(store.texts()).anyMatch(t -> t.contains("OpenVPN")).noneMatch(t -> t.contains("WireGuard"));
    }

    @Test
    void deletingOneFileReportsOneDeleteAndItsTextIsGone() throws IOException {
        ingestion.sync(source());
        Files.delete(folder.resolve("notes.txt"));

        var report = ingestion.sync(source());

        assertThat(report.documents()).isEqualTo(new IngestReport.Documents(0, 0, 2, 1, 0, 0));
        assertThat(store.texts()).noneMatch(t -> t.contains("cafeteria"));
    }

    @Test
    void changingTheSourceGroupsReingestsItsDocuments() {
        ingestion.sync(source());

        var report = ingestion.sync(new FolderSource("handbook", Set.of("hr"), folder, List.of(), List.of()));

        assertThat(report.documents().updated()).isEqualTo(3);
        assertThat(store.documents.values()).allSatisfy(d -> assertThat(d.groups()).containsExactly("hr"));
    }

    @Test
    void badFilesAreReportedAndTheGoodOnesStillIngested() throws IOException {
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("empty.md"), new byte[0]);
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII));
        Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("big.md", "# Big\n\n" + "word ".repeat(100));

        IngestReport report;
        try (var small = new Ingestion(store, model, IngestOptions.defaults().withMaxBytes(200), IngestProgress.none())) {
            report = small.sync(source());
        }

        assertThat(report.documents().added()).isEqualTo(3);
        assertThat(report.documents().failed()).isEqualTo(4);
        assertThat(report.documents().skipped()).isEqualTo(1);
        assertThat(report.errors()).extracting(IngestReport.Problem::path, IngestReport.Problem::message)
                .satisfiesExactlyInAnyOrder(
                        e -> assertThat(e.toList()).containsExactly("big.md", "oversized: 507 bytes exceeds the limit of 200"),
                        e -> assertThat(e.toList().get(0)).isEqualTo("broken.pdf"),
                        e -> assertThat(e.toList()).containsExactly("empty.md", "empty file"),
                        e -> assertThat(e.toList().get(1).toString()).startsWith("invalid UTF-8"));
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("image.png");
            assertThat(s.message()).contains("image/png");
        });
        assertThat(report.succeeded()).isFalse();
    }

    @Test
    void officeDocumentWhoseParseOutlastsTheTimeoutFailsWhileTheRestIsIngested() throws Exception {
        try (var in = IngestionTest.class.getResourceAsStream("/fixtures/guide.docx")) {
            Files.write(folder.resolve("guide.docx"), in.readAllBytes());
        }
        IngestReport report;
        try (var impatient = new Ingestion(store, model, IngestOptions.defaults().withParseTimeout(Duration.ofNanos(1)),
                IngestProgress.none())) {
            report = impatient.sync(source());
        }

        assertThat(report.documents().added()).isEqualTo(3);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("guide.docx");
            assertThat(error.message()).contains("longer than").contains("abandoned");
        });
        assertThat(store.documents.keySet()).doesNotContain("handbook:guide.docx").contains("handbook:it/vpn.md");
    }

    @Test
    void pushedDocumentIsParsedChunkedEmbeddedAndReplacedById() {
        var first = ingestion.push(PushedDocument.ofHtml("wiki:42", "wiki", "https://wiki/42", null, Set.of("finance"),
                "<html><head><title>Budget</title></head><body><nav>Menu</nav><h1>Budget</h1><p>The travel budget is 5000 EUR.</p></body></html>"));
        var again = ingestion.push(PushedDocument.ofText("wiki:42", "wiki", "https://wiki/42", "Budget", Set.of("finance"),
                "The travel budget is 6000 EUR."));

        assertThat(first.documents().added()).isEqualTo(1);
        assertThat(again.documents().updated()).isEqualTo(1);
        assertThat(store.documents.get("wiki:42").groups()).containsExactly("finance");
        assertThat(store.texts()).containsExactly("The travel budget is 6000 EUR.");
    }

    @Test
    void batchOfRealFixturesIngestsTheGoodFilesAndReportsEachBadOneWithPathAndReason() throws Exception {
        var fixtures = Path.of(IngestionTest.class.getResource("/fixtures/README.md").toURI()).getParent();
        var source = new FolderSource("fixtures", Set.of("everyone"), fixtures, List.of(), List.of("README.md"));

        var report = ingestion.sync(source);

        assertThat(store.documents.keySet()).containsExactlyInAnyOrder("fixtures:report.pdf", "fixtures:guide.docx",
                "fixtures:slides.pptx", "fixtures:inventory.xlsx", "fixtures:notes.odt", "fixtures:page.html",
                "fixtures:liquid.md", "fixtures:plain.txt");
        assertThat(report.documents().added()).isEqualTo(8);
        assertThat(report.errors()).extracting(IngestReport.Problem::path).containsExactly("bomb.docx", "corrupt.docx",
                "corrupt.pdf", "empty.txt", "encrypted.docx", "encrypted.pdf", "invalid-utf8.txt");
        assertThat(report.errors()).allSatisfy(error -> {
            assertThat(error.source()).isEqualTo("fixtures");
            assertThat(error.message()).isNotBlank();
        });
        assertThat(report.skipped()).extracting(IngestReport.Problem::path).containsExactly("unknown.bin");
        assertThat(store.texts()).anyMatch(text -> text.contains("Bed: Bed B; Crop: Tomatoes; Planted: April"))
                .anyMatch(text -> text.contains("Item: Wool Blanket; Quantity: 45; Warehouse: Kiel"));
        assertThat(store.chunks.get("fixtures:guide.docx")).anySatisfy(chunk ->
                assertThat(chunk.chunk().embeddingText()).startsWith("Greenhouse Operations Guide\nPlant Inventory\n"));
    }

    @Test
    void failedListingDeletesNothingAndIsReported() {
        ingestion.sync(source());
        var broken = new dev.lore.ingest.source.Source() {
            @Override
            public String name() {
                return "handbook";
            }

            @Override
            public String location() {
                return "smb://fileserver/handbook";
            }

            @Override
            public Set<String> groups() {
                return Set.of("everyone");
            }

            @Override
            public void items(java.util.function.Consumer<dev.lore.ingest.source.SourceItem> sink) throws IOException {
                throw new IOException("connection reset");
            }
        };

        var report = ingestion.sync(broken);

        assertThat(report.documents().deleted()).isZero();
        assertThat(store.documents).hasSize(3);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("smb://fileserver/handbook");
            assertThat(error.message()).isEqualTo("listing incomplete, nothing deleted: connection reset");
        });
        assertThat(report.succeeded()).isFalse();
    }

    @Test
    void pushedFileIsDetectedAndParsedLikeAFolderFile() throws Exception {
        var pdf = IngestionTest.class.getResourceAsStream("/fixtures/report.pdf").readAllBytes();

        var report = ingestion.push(PushedDocument.ofFile("upload:report", "upload", "", null, Set.of("ops"), pdf, "report.pdf"));

        assertThat(report.documents().added()).isEqualTo(1);
        assertThat(store.documents.get("upload:report").groups()).containsExactly("ops");
        assertThat(String.join("\n", store.texts())).contains("North Beacon");
    }
}
