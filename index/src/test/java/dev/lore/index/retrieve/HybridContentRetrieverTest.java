package dev.lore.index.retrieve;

import static dev.lore.index.TestCorpus.MODEL;
import static dev.lore.index.TestCorpus.chunks;
import static dev.lore.index.TestCorpus.info;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.lore.index.SearchMode;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.DocumentInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridContentRetrieverTest {

    @TempDir
    Path folder;

    private LuceneKnowledgeIndex index;

    @BeforeEach
    void open() {
        index = new LuceneKnowledgeIndex(folder, MODEL);
        index.replace(info("handbook:vpn.md", "handbook", Set.of(DocumentInfo.EVERYONE), "h1"),
                chunks("handbook:vpn.md", "To connect to the VPN, install the WireGuard client."));
        index.replace(info("hr:salaries.md", "hr", Set.of("hr"), "h2"),
                chunks("hr:salaries.md", "Salary bands: engineers earn between 60000 and 95000 EUR."));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void contentCarriesCitationMetadata() {
        var retriever = HybridContentRetriever.forGroups(index, Set.of(), 3, SearchMode.HYBRID);

        var top = retriever.retrieve(Query.from("how to install the VPN client")).getFirst();

        var metadata = top.textSegment().metadata();
        assertThat(top.textSegment().text()).isEqualTo("To connect to the VPN, install the WireGuard client.");
        assertThat(metadata.getString("docId")).isEqualTo("handbook:vpn.md");
        assertThat(metadata.getString("chunkId")).isEqualTo("handbook:vpn.md#0");
        assertThat(metadata.getString("title")).isEqualTo("Title of handbook:vpn.md");
        assertThat(metadata.getString("source")).isEqualTo("handbook");
        assertThat(metadata.getString("uri")).isEqualTo("handbook/handbook:vpn.md");
        assertThat(metadata.getInteger("bm25Rank")).isEqualTo(1);
        assertThat(metadata.getInteger("vectorRank")).isEqualTo(1);
        assertThat(metadata.getDouble("score")).isEqualTo(2.0 / 3);
        assertThat(top.metadata()).containsEntry(ContentMetadata.SCORE, 2.0 / 3);
    }

    @Test
    void restrictedContentOnlyReachesCallersWithTheGroup() {
        var retriever = new HybridContentRetriever(index, HybridContentRetriever.groupsFromInvocation(), 5,
                SearchMode.HYBRID);
        var question = "what do engineers earn";

        var anonymous = retriever.retrieve(Query.from(question));
        var hr = retriever.retrieve(Query.from(question, Metadata.builder()
                .chatMessage(UserMessage.from(question))
                .invocationContext(InvocationContext.builder()
                        .invocationParameters(InvocationParameters.from(HybridContentRetriever.GROUPS_PARAMETER,
                                List.of("hr")))
                        .build())
                .build()));

        assertThat(anonymous).map(HybridContentRetrieverTest::docId).containsExactly("handbook:vpn.md");
        assertThat(hr).map(HybridContentRetrieverTest::docId).first().isEqualTo("hr:salaries.md");
    }

    private static String docId(Content content) {
        return content.textSegment().metadata().getString("docId");
    }
}
