package dev.lore.ingest.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.ingest.Chunk;
import dev.lore.ingest.parse.Block;
import dev.lore.ingest.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static Wordpieces wordpieces;
    private static Chunker chunker;

    @BeforeAll
    static void loadTokenizer() {
        wordpieces = Wordpieces.allMiniLmL6V2();
        chunker = new Chunker(wordpieces, 200, 1);
    }

    @AfterAll
    static void closeTokenizer() {
        wordpieces.close();
    }

    private static ParsedDocument document(Block... blocks) {
        return new ParsedDocument("Employee handbook", List.of(blocks), Set.of());
    }

    private static String sentences(String topic, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "Sentence " + i + " explains how the " + topic + " policy applies to request number " + i + ".")
                .reduce((a, b) -> a + " " + b).orElseThrow();
    }

    @Test
    void countsWordpiecesWithClsAndSep() {
        assertThat(wordpieces.count("hello")).isEqualTo(3);
        assertThat(wordpieces.count("unaffable")).isGreaterThan(3);
    }

    @Test
    void noChunkExceedsTheModelWindowMeasuredWithTheTokenizer() {
        var longParagraph = sentences("travel", 120);
        var chunks = chunker.chunk("h:long.md", document(
                new Block.Heading(1, "Travel"), new Block.Heading(2, "Booking flights with a very long heading"),
                new Block.Paragraph(longParagraph)));

        assertThat(chunks).hasSizeGreaterThan(5);
        for (var chunk : chunks) {
            assertThat(wordpieces.count(chunk.embeddingText())).as(chunk.chunkId()).isLessThanOrEqualTo(200);
        }
        assertThat(chunks).extracting(Chunk::ordinal).containsExactlyElementsOf(IntStream.range(0, chunks.size()).boxed().toList());
    }

    @Test
    void singleOverlongSentenceIsHardSplitOnWordpieceBoundaries() {
        var oneSentence = String.join(" ", java.util.Collections.nCopies(400, "supercalifragilistic expialidocious"));
        var chunks = chunker.chunk("h:run-on.md", document(new Block.Paragraph(oneSentence)));

        assertThat(chunks).hasSizeGreaterThan(2);
        chunks.forEach(chunk -> assertThat(wordpieces.count(chunk.embeddingText())).isLessThanOrEqualTo(Chunker.MODEL_WINDOW));
        var rejoined = String.join(" ", chunks.stream().map(Chunk::text).toList());
        assertThat(rejoined.split(" ")).hasSize(800);
    }

    @Test
    void chunksCarryTheirHeadingPath() {
        var chunks = chunker.chunk("h:it.md", document(
                new Block.Heading(1, "IT"), new Block.Paragraph("Intro to IT."),
                new Block.Heading(2, "VPN"), new Block.Paragraph("Use the VPN from home."),
                new Block.Heading(3, "Mac"), new Block.Paragraph("Install the Mac client."),
                new Block.Heading(2, "Email"), new Block.Paragraph("Mail is on Exchange.")));

        assertThat(chunks).extracting(Chunk::headingPath).containsExactly(
                List.of("IT"), List.of("IT", "VPN"), List.of("IT", "VPN", "Mac"), List.of("IT", "Email"));
        assertThat(chunks.get(2).embeddingText()).isEqualTo("Employee handbook\nIT > VPN > Mac\nInstall the Mac client.");
    }

    @Test
    void headingEqualToTheTitleIsNotRepeatedInThePath() {
        var chunks = chunker.chunk("h:a.md", document(new Block.Heading(1, "Employee handbook"), new Block.Paragraph("Welcome.")));

        assertThat(chunks).singleElement().satisfies(chunk -> assertThat(chunk.headingPath()).isEmpty());
    }

    @Test
    void tableRowsRepeatTheirHeadersAndAreNeverSplit() {
        var rows = new ArrayList<List<String>>();
        for (var i = 0; i < 60; i++) {
            rows.add(List.of("Plan " + i, (10 + i) + " EUR", "Includes support level " + i + " and storage of " + i + " GB"));
        }
        var chunks = chunker.chunk("h:prices.md", document(
                new Block.Heading(2, "Prices"), new Block.Table(List.of("Plan", "Price", "Notes"), rows)));

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.getFirst().text()).startsWith("Plan: Plan 0; Price: 10 EUR; Notes: Includes support level 0");
        var lines = chunks.stream().flatMap(chunk -> chunk.text().lines()).toList();
        assertThat(lines).hasSize(60).allMatch(line -> line.matches("Plan: Plan \\d+; Price: \\d+ EUR; Notes: .* GB"));
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.headingPath()).containsExactly("Prices");
            assertThat(wordpieces.count(chunk.embeddingText())).isLessThanOrEqualTo(200);
        });
    }

    @Test
    void consecutiveChunksOfASectionOverlapByOneSentence() {
        var chunks = chunker.chunk("h:leave.md", document(new Block.Heading(2, "Leave"), new Block.Paragraph(sentences("leave", 40))));

        assertThat(chunks).hasSizeGreaterThan(1);
        for (var i = 1; i < chunks.size(); i++) {
            var previous = Sentences.split(chunks.get(i - 1).text());
            assertThat(Sentences.split(chunks.get(i).text()).getFirst()).isEqualTo(previous.getLast());
        }
    }

    @Test
    void noOverlapWhenDisabled() {
        var noOverlap = new Chunker(wordpieces, 200, 0);
        var chunks = noOverlap.chunk("h:leave.md", document(new Block.Paragraph(sentences("leave", 40))));

        var total = chunks.stream().mapToLong(chunk -> Sentences.split(chunk.text()).size()).sum();
        assertThat(total).isEqualTo(40);
    }
}
