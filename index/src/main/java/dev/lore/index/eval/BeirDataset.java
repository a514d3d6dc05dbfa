package dev.lore.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.ingest.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dataset in the BEIR layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/SPLIT.tsv} (query-id, corpus-id, score, with a
 * header line).
 */
public record BeirDataset(Path folder) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One corpus document. */
    public record Document(String id, String title, String text) {
    }

    public BeirDataset {
        for (var required : new String[] {"corpus.jsonl", "queries.jsonl", "qrels"}) {
            if (!Files.exists(folder.resolve(required))) {
                throw new IllegalArgumentException("not a BEIR dataset: " + folder.resolve(required) + " is missing");
            }
        }
    }

    /** The folder's name, e.g. {@code scifact}. */
    public String name() {
        var fileName = folder.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "beir" : fileName.toString();
    }

    /** The corpus as an ingestion source named after the dataset (documents {@code NAME:ID.html}). */
    public Source asSource() {
        return new BeirCorpusSource(this, 0);
    }

    /** The first {@code maxDocuments} documents of the corpus as a source (0 for all). */
    public Source asSource(int maxDocuments) {
        return new BeirCorpusSource(this, maxDocuments);
    }

    /** The corpus file. */
    public Path corpusFile() {
        return folder.resolve("corpus.jsonl");
    }

    /** Streams the corpus documents in file order. */
    public void documents(Consumer<Document> sink) throws IOException {
        try (var lines = Files.newBufferedReader(corpusFile())) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var node = parse(line, corpusFile(), number);
                sink.accept(new Document(required(node, "_id", corpusFile(), number), text(node, "title"),
                        text(node, "text")));
            }
        }
    }

    /** Query id to query text, in file order. */
    public Map<String, String> queries() {
        var file = folder.resolve("queries.jsonl");
        var queries = new LinkedHashMap<String, String>();
        try (var lines = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    var node = parse(line, file, number);
                    queries.put(required(node, "_id", file, number), text(node, "text"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return queries;
    }

    /** Judgments of a split: query id to (document id to relevance grade). */
    public Map<String, Map<String, Integer>> qrels(String split) {
        var file = folder.resolve("qrels").resolve(split + ".tsv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no qrels for split '" + split + "': " + file + " is missing");
        }
        var qrels = new LinkedHashMap<String, Map<String, Integer>>();
        try (var lines = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                var columns = line.strip().split("\t");
                if (line.isBlank() || (number == 1 && columns[0].equalsIgnoreCase("query-id"))) {
                    continue;
                }
                if (columns.length < 3) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected query-id, corpus-id, score");
                }
                try {
                    int grade = Integer.parseInt(columns[columns.length - 1].strip());
                    qrels.computeIfAbsent(columns[0], q -> new LinkedHashMap<>()).put(columns[1], grade);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": score is not an integer: " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return qrels;
    }

    /** SHA-256 of {@code corpus.jsonl}: the index built from it is reused while this is unchanged. */
    public String contentHash() {
        try (var in = new DigestInputStream(Files.newInputStream(corpusFile()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpusFile(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String line, Path file, int number) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ":" + number + ": invalid JSON: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field, Path file, int number) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(file + ":" + number + ": missing " + field);
        }
        return value.asText();
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
