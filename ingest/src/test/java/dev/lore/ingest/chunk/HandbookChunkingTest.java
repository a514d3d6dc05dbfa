package dev.lore.ingest.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.ingest.SharedFolder;
import dev.lore.ingest.UnsupportedContentException;
import dev.lore.ingest.parse.DocumentParser;
import dev.lore.ingest.source.FolderSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real 18F handbook (Jekyll Markdown with Liquid tags) parses and chunks within the model window. */
class HandbookChunkingTest {

    @Test
    void everyHandbookPageParsesWithoutTemplateTagsAndChunksFitTheWindow() throws IOException {
        var pages = SharedFolder.find("corpora/18f-handbook/pages");
        Assumptions.assumeTrue(pages.isPresent(), "needs the 18F handbook in ../shared/corpora");
        var parser = new DocumentParser(10_000_000, 10_000_000);
        var failures = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        var chunkCount = new int[1];
        try (var wordpieces = Wordpieces.allMiniLmL6V2()) {
            var chunker = new Chunker(wordpieces, 200, 1);
            new FolderSource("handbook", Set.of(), pages.get(), List.of("**/*.md"), List.of()).items(item -> {
                try {
                    var document = parser.parse(item.path(), item.content().read());
                    assertThat(document.title()).as(item.path()).isNotBlank();
                    for (var chunk : chunker.chunk("handbook:" + item.path(), document)) {
                        chunkCount[0]++;
                        assertThat(chunk.text()).as(chunk.chunkId()).doesNotContain("{%", "%}", "{{", "{:");
                        assertThat(wordpieces.count(chunk.embeddingText())).as(chunk.chunkId()).isLessThanOrEqualTo(200);
                    }
                } catch (UnsupportedContentException e) {
                    skipped.add(item.path() + ": " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    failures.add(item.path() + ": " + e.getMessage());
                }
            });
        }
        // Redirect stubs hold only front matter: they are skipped naming their target, everything else parses.
        assertThat(failures).isEmpty();
        assertThat(skipped).isNotEmpty().hasSizeLessThan(20).allMatch(skip -> skip.contains("a redirect to "));
        assertThat(chunkCount[0]).isGreaterThan(1000);
    }
}
