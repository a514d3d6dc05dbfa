package dev.lore.index.retrieve;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * LangChain4j's retrieval seam over a {@link KnowledgeIndex}: each query is searched with the caller's groups, so the
 * access filter applies before any content reaches a prompt. Each content's segment metadata carries the hit's
 * {@code docId}, {@code chunkId}, {@code ordinal}, {@code title}, {@code headingPath}, {@code source}, {@code uri},
 * {@code score}, {@code bm25Rank} and {@code vectorRank}.
 */
public final class HybridContentRetriever implements ContentRetriever {

    /** The invocation parameter {@link #groupsFromInvocation()} reads: a collection of group names. */
    public static final String GROUPS_PARAMETER = "lore.groups";

    private final KnowledgeIndex index;
    private final Function<Query, Set<String>> groups;
    private final int k;
    private final SearchMode mode;

    /** Retrieves the top {@code k} chunks in {@code mode} for the groups {@code groups} derives from each query. */
    public HybridContentRetriever(KnowledgeIndex index, Function<Query, Set<String>> groups, int k, SearchMode mode) {
        this.index = Objects.requireNonNull(index, "index");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        this.k = k;
    }

    /** A retriever for one fixed set of caller groups. */
    public static HybridContentRetriever forGroups(KnowledgeIndex index, Set<String> groups, int k, SearchMode mode) {
        var fixed = Set.copyOf(groups);
        return new HybridContentRetriever(index, query -> fixed, k, mode);
    }

    /**
     * Reads the caller's groups from the query's invocation parameter {@value #GROUPS_PARAMETER}; a query without it
     * sees only public documents.
     */
    public static Function<Query, Set<String>> groupsFromInvocation() {
        return query -> {
            var metadata = query.metadata();
            var context = metadata == null ? null : metadata.invocationContext();
            var parameters = context == null ? null : context.invocationParameters();
            if (parameters == null || !parameters.containsKey(GROUPS_PARAMETER)) {
                return Set.of();
            }
            Collection<?> values = parameters.get(GROUPS_PARAMETER);
            return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
        };
    }

    @Override
    public List<Content> retrieve(Query query) {
        if (query.text() == null || query.text().isBlank()) {
            return List.of();
        }
        var hits = index.search(new SearchRequest(query.text(), mode, k, groups.apply(query)));
        return hits.stream().map(HybridContentRetriever::content).toList();
    }

    private static Content content(Hit hit) {
        var metadata = new Metadata()
                .put("docId", hit.docId())
                .put("chunkId", hit.chunkId())
                .put("ordinal", hit.ordinal())
                .put("title", nonNull(hit.title()))
                .put("headingPath", String.join(" > ", hit.headingPath()))
                .put("source", nonNull(hit.source()))
                .put("uri", nonNull(hit.uri()))
                .put("score", hit.score())
                .put("bm25Rank", hit.bm25Rank())
                .put("vectorRank", hit.vectorRank());
        return Content.from(TextSegment.from(hit.text(), metadata), Map.of(ContentMetadata.SCORE, hit.score()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
