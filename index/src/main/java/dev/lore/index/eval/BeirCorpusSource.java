package dev.lore.index.eval;

import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.source.Source;
import dev.lore.ingest.source.SourceItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A BEIR corpus as an ingestion source: each document becomes a small HTML page whose {@code <title>} is the BEIR
 * title and whose body is the text, so the real pipeline parses, chunks, embeds and indexes title + text.
 */
final class BeirCorpusSource implements Source {

    static final String EXTENSION = ".html";

    private final BeirDataset dataset;
    private final int maxDocuments;

    /** @param maxDocuments stop after this many documents (0 for all) */
    BeirCorpusSource(BeirDataset dataset, int maxDocuments) {
        if (maxDocuments < 0) {
            throw new IllegalArgumentException("maxDocuments must be >= 0, was " + maxDocuments);
        }
        this.dataset = dataset;
        this.maxDocuments = maxDocuments;
    }

    @Override
    public String name() {
        return dataset.name();
    }

    @Override
    public String location() {
        return dataset.corpusFile().toString();
    }

    @Override
    public Set<String> groups() {
        return Set.of(DocumentInfo.EVERYONE);
    }

    @Override
    public void items(Consumer<SourceItem> sink) throws IOException {
        var listed = new int[1];
        dataset.documents(document -> {
            if (maxDocuments > 0 && listed[0]++ >= maxDocuments) {
                return;
            }
            var html = page(document).getBytes(StandardCharsets.UTF_8);
            sink.accept(new SourceItem(document.id() + EXTENSION, Instant.EPOCH, html.length, () -> html));
        });
    }

    /** The BEIR document id of an indexed document id ({@code source:ID.html}). */
    String beirId(String docId) {
        var prefix = name() + ":";
        var id = docId.startsWith(prefix) ? docId.substring(prefix.length()) : docId;
        return id.endsWith(EXTENSION) ? id.substring(0, id.length() - EXTENSION.length()) : id;
    }

    static String page(BeirDataset.Document document) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(document.title())
                + "</title></head><body><p>" + escape(document.text()) + "</p></body></html>";
    }

    private static String escape(String text) {
        var sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
