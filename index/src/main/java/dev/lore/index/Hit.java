package dev.lore.index;

import java.util.List;

/**
 * One retrieved chunk with its fused score and its rank in each retriever (1-based; 0 when that retriever did not return it).
 */
public record Hit(String docId, String chunkId, int ordinal, String title, List<String> headingPath, String source,
                  String uri, String text, double score, int bm25Rank, int vectorRank) {

    public Hit {
        headingPath = headingPath == null ? List.of() : List.copyOf(headingPath);
    }
}
