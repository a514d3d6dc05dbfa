package dev.lore.index.lucene;

import static dev.lore.index.TestCorpus.MODEL;
import static dev.lore.index.TestCorpus.chunks;
import static dev.lore.index.TestCorpus.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.index.Hit;
import dev.lore.index.IndexLockedException;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.ingest.DocumentInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneKnowledgeIndexTest {

    private static final Set<String> PUBLIC = Set.of(DocumentInfo.EVERYONE);
    private static final Set<String> HR = Set.of("hr");

    @TempDir
    Path folder;

    private LuceneKnowledgeIndex index;

    @BeforeEach
    void open() {
        index = new LuceneKnowledgeIndex(folder, MODEL);
        index.replace(info("handbook:vpn.md", "handbook", PUBLIC, "h1"), chunks("handbook:vpn.md",
                "To connect to the VPN, install the WireGuard client and import the profile from the IT portal.",
                "If the VPN drops, restart the client and check your network connection."));
        index.replace(info("handbook:lunch.md", "handbook", PUBLIC, "h2"), chunks("handbook:lunch.md",
                "The canteen serves lunch from noon to two pm; vegetarian dishes are available every day."));
        index.replace(info("hr:salaries.md", "hr", HR, "h3"), chunks("hr:salaries.md",
                "Salary bands for 2026: engineers earn between 60000 and 95000 EUR depending on seniority."));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Hit> search(String query, SearchMode mode, Set<String> groups) {
        return index.search(new SearchRequest(query, mode, 10, groups));
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void restrictedDocumentNeverReturnedToOutsider(SearchMode mode) {
        var outsider = search("salary bands engineers earn EUR", mode, Set.of("finance"));
        var insider = search("salary bands engineers earn EUR", mode, HR);

        assertThat(outsider).extracting(Hit::docId).doesNotContain("hr:salaries.md");
        assertThat(insider).extracting(Hit::docId).first().isEqualTo("hr:salaries.md");
    }

    @Test
    void restrictedDocumentHiddenFromDocumentListingsAndChunks() {
        assertThat(index.document("hr:salaries.md", PUBLIC)).isEmpty();
        assertThat(index.chunks("hr:salaries.md", PUBLIC)).isEmpty();
        assertThat(index.documents(null, PUBLIC)).extracting(DocumentInfo::docId)
                .containsExactly("handbook:lunch.md", "handbook:vpn.md");
        assertThat(index.documents(null, HR)).extracting(DocumentInfo::docId)
                .containsExactly("handbook:lunch.md", "handbook:vpn.md", "hr:salaries.md");
        assertThat(index.documents("hr", HR)).extracting(DocumentInfo::docId).containsExactly("hr:salaries.md");
    }

    @Test
    void hybridHitsCarryFusedScoreAndBothRanks() {
        var hits = search("install the WireGuard client to connect", SearchMode.HYBRID, PUBLIC);

        var top = hits.getFirst();
        assertThat(top.chunkId()).isEqualTo("handbook:vpn.md#0");
        assertThat(top.bm25Rank()).isEqualTo(1);
        assertThat(top.vectorRank()).isEqualTo(1);
        assertThat(top.score()).isEqualTo(2.0 / 3);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isEqualTo(
                (hit.bm25Rank() == 0 ? 0 : 1.0 / (2 + hit.bm25Rank()))
                        + (hit.vectorRank() == 0 ? 0 : 1.0 / (2 + hit.vectorRank()))));
        assertThat(top.title()).isEqualTo("Title of handbook:vpn.md");
        assertThat(top.headingPath()).containsExactly("Section 0");
        assertThat(top.source()).isEqualTo("handbook");
        assertThat(top.uri()).isEqualTo("handbook/handbook:vpn.md");
        assertThat(top.text()).startsWith("To connect to the VPN");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void singleModeHitsCarryOnlyTheirOwnRank() {
        assertThat(search("VPN client", SearchMode.BM25, PUBLIC))
                .allSatisfy(hit -> assertThat(hit.vectorRank()).isZero())
                .extracting(Hit::bm25Rank).startsWith(1, 2);
        assertThat(search("VPN client", SearchMode.VECTOR, PUBLIC))
                .allSatisfy(hit -> assertThat(hit.bm25Rank()).isZero())
                .extracting(Hit::vectorRank).startsWith(1, 2, 3);
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void tiedScoresBreakByChunkIdNotByIndexingOrder(SearchMode mode) {
        var text = "Badge readers at the loading dock accept the blue visitor badge.";
        var same = chunks("x", text).getFirst().vector();
        for (var docId : List.of("dock:c.md", "dock:a.md", "dock:b.md")) {
            index.replace(info(docId, "dock", PUBLIC, docId), List.of(new dev.lore.ingest.EmbeddedChunk(
                    new dev.lore.ingest.Chunk(docId, 0, "Dock", List.of(), text), same)));
        }

        var hits = search("blue visitor badge loading dock", mode, PUBLIC);

        assertThat(hits).extracting(Hit::chunkId).startsWith("dock:a.md#0", "dock:b.md#0", "dock:c.md#0");
    }

    @Test
    void replaceRemovesOldChunks() {
        index.replace(info("handbook:vpn.md", "handbook", PUBLIC, "h1-v2"), chunks("handbook:vpn.md",
                "The VPN was retired; use the zero trust access portal instead."));

        var hits = search("VPN", SearchMode.HYBRID, PUBLIC);

        assertThat(hits).filteredOn(hit -> hit.docId().equals("handbook:vpn.md")).extracting(Hit::chunkId)
                .containsExactly("handbook:vpn.md#0");
        assertThat(index.chunks("handbook:vpn.md", PUBLIC)).extracting(Hit::text)
                .containsExactly("The VPN was retired; use the zero trust access portal instead.");
        assertThat(search("WireGuard", SearchMode.BM25, PUBLIC)).isEmpty();
        assertThat(index.contentHash("handbook:vpn.md")).contains("h1-v2");
        assertThat(index.stats().chunks()).isEqualTo(3);
    }

    @Test
    void deleteRemovesAllChunksAndTextIsNoLongerFound() {
        assertThat(index.delete("handbook:vpn.md")).isTrue();
        assertThat(index.delete("handbook:vpn.md")).isFalse();

        assertThat(search("WireGuard VPN client", SearchMode.BM25, PUBLIC)).isEmpty();
        assertThat(search("WireGuard VPN client", SearchMode.HYBRID, PUBLIC)).extracting(Hit::docId)
                .doesNotContain("handbook:vpn.md");
        assertThat(index.chunks("handbook:vpn.md", PUBLIC)).isEmpty();
        assertThat(index.contentHash("handbook:vpn.md")).isEmpty();
        assertThat(index.documentIds("handbook")).containsExactly("handbook:lunch.md");
        assertThat(index.stats()).extracting(s -> s.documents(), s -> s.chunks()).containsExactly(2L, 2L);
    }

    @Test
    void writesAreVisibleToSearchesWithoutReopening() {
        index.replace(info("handbook:parking.md", "handbook", PUBLIC, "h4"), chunks("handbook:parking.md",
                "Parking permits for the underground garage are issued by the facilities team."));

        assertThat(search("underground garage parking permits", SearchMode.HYBRID, PUBLIC)).extracting(Hit::docId)
                .first().isEqualTo("handbook:parking.md");
    }

    @Test
    void incrementalSyncSeesItsOwnWritesImmediately() {
        index.replace(info("handbook:new.md", "handbook", PUBLIC, "n1"), chunks("handbook:new.md", "New page."));
        index.delete("handbook:lunch.md");

        assertThat(index.contentHash("handbook:new.md")).contains("n1");
        assertThat(index.contentHash("handbook:lunch.md")).isEmpty();
        assertThat(index.documentIds("handbook")).containsExactly("handbook:new.md", "handbook:vpn.md");
        assertThat(index.documentIds("hr")).containsExactly("hr:salaries.md");
    }

    @Test
    void documentWithoutChunksIsKnownButNeverFound() {
        index.replace(info("handbook:empty.md", "handbook", PUBLIC, "e1"), List.of());

        assertThat(index.contentHash("handbook:empty.md")).contains("e1");
        assertThat(index.document("handbook:empty.md", PUBLIC)).get().extracting(DocumentInfo::title)
                .isEqualTo("Title of handbook:empty.md");
        assertThat(index.chunks("handbook:empty.md", PUBLIC)).isEmpty();
        assertThat(search("Title of handbook empty", SearchMode.HYBRID, PUBLIC)).extracting(Hit::docId)
                .doesNotContain("handbook:empty.md");
        assertThat(index.stats().documents()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is \"AND\" (C++)?", "title:vpn AND -lunch OR", "*", "\\", "[1 TO 2]", "a~2^3 !",
            "\"unbalanced", "{}/:&&||", "the and of"})
    void querySyntaxCharactersDoNotThrow(String query) {
        for (var mode : SearchMode.values()) {
            assertThatCode(() -> search(query, mode, PUBLIC)).doesNotThrowAnyException();
        }
    }

    @Test
    void stopWordOnlyQueryStillSearchesVectors() {
        assertThat(search("the and of", SearchMode.BM25, PUBLIC)).isEmpty();
        assertThat(search("the and of", SearchMode.HYBRID, PUBLIC)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.bm25Rank()).isZero());
    }

    @Test
    void committedDocumentsSurviveReopen() {
        index.close();
        index = new LuceneKnowledgeIndex(folder, MODEL);

        assertThat(index.stats()).extracting(s -> s.documents(), s -> s.chunks()).containsExactly(3L, 4L);
        assertThat(index.document("handbook:vpn.md", PUBLIC)).get().extracting(DocumentInfo::contentHash,
                DocumentInfo::source, DocumentInfo::uri, DocumentInfo::modified)
                .containsExactly("h1", "handbook", "handbook/handbook:vpn.md",
                        java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void optimizeMergesToOneSegmentWithSameHits() {
        index.replace(info("handbook:parking.md", "handbook", PUBLIC, "h4"), chunks("handbook:parking.md",
                "Parking permits are issued by facilities."));
        search("parking", SearchMode.BM25, PUBLIC);
        index.replace(info("handbook:garden.md", "handbook", PUBLIC, "h5"), chunks("handbook:garden.md",
                "The roof garden is open to staff in summer."));
        var bm25 = search("VPN canteen salary garden", SearchMode.BM25, HR);
        var hybrid = search("VPN canteen salary garden", SearchMode.HYBRID, HR);
        assertThat(index.segments()).isGreaterThan(1);

        index.optimize();

        assertThat(index.segments()).isEqualTo(1);
        assertThat(search("VPN canteen salary garden", SearchMode.BM25, HR)).isEqualTo(bm25);
        assertThat(search("VPN canteen salary garden", SearchMode.HYBRID, HR)).isEqualTo(hybrid);
    }

    @Test
    void secondOpenOfSameFolderIsRefusedWhileLocked() {
        assertThatThrownBy(() -> new LuceneKnowledgeIndex(folder, MODEL)).isInstanceOf(IndexLockedException.class)
                .hasMessageContaining(folder.toString());
    }

    @Test
    void precomputedQueryVectorGivesSameHitsAsQueryText() {
        var request = new SearchRequest("VPN keeps dropping", SearchMode.HYBRID, 5, PUBLIC);
        var vector = MODEL.embed(request.query()).content().vector();

        assertThat(index.search(request, vector)).isEqualTo(index.search(request));
    }

    @Test
    void float32VectorsGiveSameTopHitAsInt8() {
        index.close();
        index = new LuceneKnowledgeIndex(folder.resolve("float"), MODEL,
                LuceneIndexOptions.defaults().withVectorStorage(VectorStorage.FLOAT32));
        index.replace(info("handbook:vpn.md", "handbook", PUBLIC, "h1"), chunks("handbook:vpn.md",
                "To connect to the VPN, install the WireGuard client."));
        index.replace(info("handbook:lunch.md", "handbook", PUBLIC, "h2"), chunks("handbook:lunch.md",
                "The canteen serves lunch from noon."));

        assertThat(search("VPN setup", SearchMode.VECTOR, PUBLIC)).extracting(Hit::docId).first()
                .isEqualTo("handbook:vpn.md");
    }
}
