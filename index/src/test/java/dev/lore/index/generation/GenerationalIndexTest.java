package dev.lore.index.generation;

import static dev.lore.index.TestCorpus.MODEL;
import static dev.lore.index.TestCorpus.chunks;
import static dev.lore.index.TestCorpus.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationalIndexTest {

    private static final Set<String> PUBLIC = Set.of(DocumentInfo.EVERYONE);
    private static List<EmbeddedChunk> vpn;
    private static List<EmbeddedChunk> lunch;

    @TempDir
    Path root;

    @BeforeAll
    static void embed() {
        vpn = chunks("handbook:vpn.md", "To connect to the VPN, install the WireGuard client.");
        lunch = chunks("handbook:lunch.md", "The canteen serves lunch from noon to two pm.");
    }

    private GenerationalIndex open() {
        return GenerationalIndex.lucene(root, MODEL, LuceneIndexOptions.defaults());
    }

    private static void addVpn(dev.lore.ingest.DocumentStore store) {
        store.replace(info("handbook:vpn.md", "handbook", PUBLIC, "v1"), vpn);
    }

    private static void addLunch(dev.lore.ingest.DocumentStore store) {
        store.replace(info("handbook:lunch.md", "handbook", PUBLIC, "l1"), lunch);
    }

    @Test
    void openingEmptyFolderCreatesFirstGeneration() throws Exception {
        try (var index = open()) {
            assertThat(index.generation()).isEqualTo(1);
            assertThat(index.stats().generation()).isEqualTo(1);
        }
        assertThat(root.resolve("gen-1")).isDirectory();
        assertThat(Files.readString(root.resolve(GenerationPointer.FILE)).trim()).isEqualTo("gen-1");
    }

    @Test
    void swapServesRebuiltGenerationAndDeletesTheOldOne() {
        try (var index = open()) {
            addVpn(index);
            index.commit();

            var rebuild = index.beginRebuild();
            addLunch(rebuild.index());
            assertThat(index.documentIds("handbook")).containsExactly("handbook:vpn.md");
            index.swapTo(rebuild);

            assertThat(index.generation()).isEqualTo(2);
            assertThat(index.stats().generation()).isEqualTo(2);
            assertThat(index.documentIds("handbook")).containsExactly("handbook:lunch.md");
            assertThat(root.resolve("gen-1")).doesNotExist();
        }
        try (var reopened = open()) {
            assertThat(reopened.generation()).isEqualTo(2);
            assertThat(reopened.documentIds("handbook")).containsExactly("handbook:lunch.md");
        }
    }

    @Test
    void writesDuringRebuildReachTheNewGeneration() {
        try (var index = open()) {
            var rebuild = index.beginRebuild();
            addVpn(index);
            index.swapTo(rebuild);

            assertThat(index.contentHash("handbook:vpn.md")).contains("v1");
        }
    }

    @Test
    void searchesNeverFailWhileGenerationsSwap() throws Exception {
        var failures = new AtomicInteger();
        var searches = new AtomicInteger();
        var firstFailure = new AtomicReference<Throwable>();
        var stop = new AtomicBoolean();
        var request = new SearchRequest("VPN WireGuard lunch", SearchMode.HYBRID, 5, PUBLIC);
        var vector = MODEL.embed(request.query()).content().vector();
        var executor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("searcher-", 0).factory());
        try (var index = open()) {
            addVpn(index);
            index.commit();
            Runnable searcher = () -> {
                while (!stop.get()) {
                    try {
                        var hits = index.search(request, vector);
                        if (hits.isEmpty()) {
                            throw new AssertionError("no hits during swap");
                        }
                        searches.incrementAndGet();
                    } catch (Throwable e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            };
            executor.submit(searcher);
            executor.submit(searcher);
            for (int swap = 0; swap < 5; swap++) {
                var rebuild = index.beginRebuild();
                addVpn(rebuild.index());
                addLunch(rebuild.index());
                Thread.sleep(30);
                index.swapTo(rebuild);
                Thread.sleep(30);
            }
            stop.set(true);
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            assertThat(firstFailure.get()).isNull();
            assertThat(failures.get()).isZero();
            assertThat(searches.get()).isGreaterThan(10);
            assertThat(index.generation()).isEqualTo(6);
            assertThat(index.search(request, vector)).extracting(Hit::docId)
                    .containsExactlyInAnyOrder("handbook:vpn.md", "handbook:lunch.md");
        } finally {
            executor.shutdownNow();
        }
        try (var list = Files.list(root)) {
            assertThat(list.filter(Files::isDirectory).map(p -> p.getFileName().toString())).containsExactly("gen-6");
        }
    }

    @Test
    void abandonedRebuildIsDeletedAndServedGenerationKept() {
        try (var index = open()) {
            addVpn(index);
            var rebuild = index.beginRebuild();
            addLunch(rebuild.index());
            index.abort(rebuild);

            assertThat(rebuild.folder()).doesNotExist();
            assertThat(index.generation()).isEqualTo(1);
            assertThat(index.documentIds("handbook")).containsExactly("handbook:vpn.md");
        }
    }

    @Test
    void rebuildLeftBehindByACrashIsCleanedUpOnOpen() {
        try (var index = open()) {
            addVpn(index);
            index.commit();
            var rebuild = index.beginRebuild();
            addLunch(rebuild.index());
            rebuild.index().commit();
            // the server dies here: close without swapping
        }
        assertThat(root.resolve("gen-2")).isDirectory();
        try (var index = open()) {
            assertThat(index.generation()).isEqualTo(1);
            assertThat(index.documentIds("handbook")).containsExactly("handbook:vpn.md");
        }
        assertThat(root.resolve("gen-2")).doesNotExist();
    }

    @Test
    void onlyOneRebuildAtATime() {
        try (var index = open()) {
            index.beginRebuild();
            assertThatThrownBy(index::beginRebuild).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running");
        }
    }

    @Test
    void plainIndexInTheRootBecomesTheFirstGeneration() {
        try (var plain = new LuceneKnowledgeIndex(root, MODEL)) {
            addVpn(plain);
        }
        try (var index = open()) {
            assertThat(index.generation()).isEqualTo(1);
            assertThat(index.contentHash("handbook:vpn.md")).contains("v1");
        }
    }
}
