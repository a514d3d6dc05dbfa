package dev.lore.assistant.passage;

import dev.langchain4j.model.TokenCountEstimator;
import dev.lore.index.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Packs retrieved chunks into numbered passages that fit a token budget counted with the generating model's tokenizer:
 * neighbouring chunks of one document are merged, text is cut only between whole units (never inside a sentence or a
 * table row), and the best-ranked passages go first.
 */
public final class ContextPacker {

    private final TokenCountEstimator tokens;
    private final int maxPassages;

    public ContextPacker(TokenCountEstimator tokens, int maxPassages) {
        this.tokens = tokens;
        if (maxPassages < 1) {
            throw new IllegalArgumentException("maxPassages must be >= 1, was " + maxPassages);
        }
        this.maxPassages = maxPassages;
    }

    /** Passages numbered from 1 whose rendered text (as {@link #render}) costs at most {@code budget} tokens in total. */
    public List<Passage> pack(List<Hit> hits, int budget) {
        var packed = new ArrayList<Passage>();
        int used = 0;
        for (var candidate : merge(hits)) {
            if (packed.size() == maxPassages) {
                break;
            }
            var units = new ArrayList<String>();
            var unitChunks = new ArrayList<String>();
            int n = packed.size() + 1;
            int cost = count(header(n, candidate));
            for (int u = 0; u < candidate.units().size(); u++) {
                var unit = candidate.units().get(u);
                int unitCost = count(unit) + 1;
                if (used + cost + unitCost > budget) {
                    break;
                }
                units.add(unit);
                unitChunks.add(candidate.chunkOf(u));
                cost += unitCost;
            }
            if (!units.isEmpty()) {
                packed.add(new Passage(n, candidate.docId(), candidate.chunkIds(), candidate.title(),
                        candidate.headingPath(), candidate.source(), candidate.uri(), units, unitChunks, candidate.rank()));
                used += cost;
            }
        }
        return List.copyOf(packed);
    }

    /** How a passage appears in a prompt: its header line, then one unit per line. */
    public static String render(Passage passage) {
        return header(passage.n(), passage) + "\n" + passage.text();
    }

    /** Merges hits into unnumbered passage candidates (number 1), one per run of neighbouring chunks of a document. */
    public static List<Passage> merge(List<Hit> hits) {
        var byDoc = new LinkedHashMap<String, List<Ranked>>();
        for (int i = 0; i < hits.size(); i++) {
            var hit = hits.get(i);
            byDoc.computeIfAbsent(hit.docId(), d -> new ArrayList<>()).add(new Ranked(hit, i + 1));
        }
        var candidates = new ArrayList<Passage>();
        for (var docHits : byDoc.values()) {
            var sorted = docHits.stream().sorted(Comparator.comparingInt(r -> r.hit().ordinal())).toList();
            var run = new ArrayList<Ranked>();
            for (var r : sorted) {
                if (!run.isEmpty() && r.hit().ordinal() > run.getLast().hit().ordinal() + 1) {
                    candidates.add(candidate(run));
                    run.clear();
                }
                if (run.isEmpty() || r.hit().ordinal() != run.getLast().hit().ordinal()) {
                    run.add(r);
                }
            }
            candidates.add(candidate(run));
        }
        candidates.sort(Comparator.comparingInt(Passage::rank).thenComparing(Passage::chunkId));
        return candidates;
    }

    private static Passage candidate(List<Ranked> run) {
        var units = new LinkedHashMap<String, String>();
        for (var r : run) {
            for (var unit : Units.split(r.hit().text())) {
                units.putIfAbsent(unit, r.hit().chunkId()); // chunk overlap repeats units: keep them once
            }
        }
        var first = run.getFirst().hit();
        int rank = run.stream().mapToInt(Ranked::rank).min().orElseThrow();
        return new Passage(1, first.docId(), run.stream().map(r -> r.hit().chunkId()).toList(), first.title(),
                first.headingPath(), first.source(), first.uri(), List.copyOf(units.keySet()),
                List.copyOf(units.values()), rank);
    }

    private static String header(int n, Passage passage) {
        var heading = passage.headingPath().isEmpty() ? "" : " > " + String.join(" > ", passage.headingPath());
        return "[" + n + "] " + passage.title() + heading;
    }

    private int count(String text) {
        return tokens.estimateTokenCountInText(text);
    }

    private record Ranked(Hit hit, int rank) {
    }
}
