package dev.lore.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.TestCorpus;
import dev.lore.ingest.Chunk;
import dev.lore.ingest.EmbeddedChunk;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access filter runs inside the HNSW search: a tiny allowed set is still found, which a post-filter would miss. */
class FilteredVectorSearchTest {

    private static final int DIMENSIONS = 384;

    @TempDir
    Path folder;

    @Test
    void oneAllowedChunkAmongFiveHundredIsStillFoundByVectorSearch() {
        var random = new Random(42);
        var query = randomUnitVector(random);
        try (var index = new LuceneKnowledgeIndex(folder, TestCorpus.MODEL)) {
            for (int i = 0; i < 500; i++) {
                // every restricted chunk lies closer to the query than the one allowed chunk
                var vector = i == 250 ? randomUnitVector(random) : near(query, random);
                var group = i == 250 ? "board" : "staff";
                var docId = "doc-" + i;
                index.replace(TestCorpus.info(docId, "wiki", Set.of(group), "h" + i),
                        List.of(new EmbeddedChunk(new Chunk(docId, 0, "t", List.of(), "text " + i), vector)));
            }
            index.commit();

            var board = index.search(new SearchRequest("anything", SearchMode.VECTOR, 10, Set.of("board")), query);
            var hybrid = index.search(new SearchRequest("anything", SearchMode.HYBRID, 10, Set.of("board")), query);
            var staff = index.search(new SearchRequest("anything", SearchMode.VECTOR, 10, Set.of("staff")), query);

            assertThat(board).extracting(Hit::docId).containsExactly("doc-250");
            assertThat(hybrid).extracting(Hit::docId).containsExactly("doc-250");
            assertThat(staff).hasSize(10).extracting(Hit::docId).doesNotContain("doc-250");
        }
    }

    private static float[] randomUnitVector(Random random) {
        var v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return ChunkSchema.normalized(v);
    }

    private static float[] near(float[] target, Random random) {
        var v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = target[i] + 0.05f * (float) random.nextGaussian();
        }
        return ChunkSchema.normalized(v);
    }
}
