package dev.lore.assistant.support;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how well one text supports another: lexical coverage of the claim's content terms plus cosine similarity of
 * MiniLM embeddings, averaged into one score in [0, 1]. A claim that mentions a number its evidence does not contain
 * scores 0, because small models most often get numbers wrong. Embeddings are cached (bounded, least recently used),
 * since the same corpus sentences recur across questions.
 */
public final class SupportScorer {

    private static final int CACHE_SIZE = 20_000;
    /** Units embedded per call at most (the ones sharing the most content words with the claim). */
    static final int MAX_EMBEDDED = 16;
    /**
     * Units embedded at most when several passages are scored at once (about 4 ms each on two cores); on
     * sample/qa.jsonl and sample/qa-holdout.jsonl 12 gave the same answers as 16, 8 lost one.
     */
    static final int MAX_EMBEDDED_ACROSS = 12;

    private final EmbeddingModel embeddings;
    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public SupportScorer(EmbeddingModel embeddings) {
        this.embeddings = embeddings;
    }

    /**
     * Support of {@code claim} by each of {@code evidence}, in the same order; {@code context} adds terms (title,
     * headings) to every piece of evidence. A number in the claim missing from a piece of evidence makes its score 0.
     */
    public List<Double> support(String claim, List<String> evidence, String context) {
        return score(claim, evidence, context, true);
    }

    /** How well each of {@code evidence} answers {@code question}: the same measure without the number rule. */
    public List<Double> relevance(String question, List<String> evidence, String context) {
        return score(question, evidence, context, false);
    }

    /**
     * {@link #relevance} of several pieces of evidence, each with its own context (a passage's units with its title and
     * headings), in one embedding batch.
     */
    public List<List<Double>> relevance(String question, List<List<String>> evidence, List<String> contexts) {
        return scoreAll(question, evidence, contexts, false, MAX_EMBEDDED_ACROSS);
    }

    private List<Double> score(String claim, List<String> evidence, String context, boolean numbersMustMatch) {
        return scoreAll(claim, List.of(evidence), Collections.singletonList(context), numbersMustMatch, MAX_EMBEDDED)
                .getFirst();
    }

    private List<List<Double>> scoreAll(String claim, List<List<String>> groups, List<String> contexts,
                                        boolean numbersMustMatch, int maxEmbedded) {
        var claimTerms = Terms.of(claim);
        var claimNumbers = Terms.numbers(claim);
        var lexical = new ArrayList<double[]>(groups.size());
        var eligible = new ArrayList<Candidate>();
        for (int g = 0; g < groups.size(); g++) {
            var evidence = groups.get(g);
            var context = contexts.get(g);
            var contextTerms = Terms.of(context == null ? "" : context);
            var scores = new double[evidence.size()];
            for (int i = 0; i < evidence.size(); i++) {
                var text = evidence.get(i);
                if (numbersMustMatch && !Terms.numbers(text).containsAll(claimNumbers)) {
                    scores[i] = -1;
                    continue;
                }
                var terms = Terms.of(text);
                terms.addAll(contextTerms);
                scores[i] = Terms.coverage(claimTerms, terms);
                if (scores[i] > 0) {
                    eligible.add(new Candidate(g, i, scores[i]));
                }
            }
            lexical.add(scores);
        }
        // Embedding is the cost of this class. A unit sharing no content word with the claim scores at most 0.5 on
        // cosine alone, below both thresholds, so only the units with the most shared words are embedded.
        eligible.sort(Comparator.comparingDouble((Candidate c) -> -c.lexical()).thenComparingInt(Candidate::group)
                .thenComparingInt(Candidate::unit));
        var chosen = eligible.subList(0, Math.min(eligible.size(), maxEmbedded));
        var texts = new ArrayList<String>(chosen.size() + 1);
        texts.add(claim);
        chosen.forEach(c -> texts.add(groups.get(c.group()).get(c.unit())));
        var vectors = embedAll(texts);
        var cosines = new ArrayList<double[]>(groups.size());
        lexical.forEach(l -> cosines.add(new double[l.length]));
        for (int k = 0; k < chosen.size(); k++) {
            var c = chosen.get(k);
            cosines.get(c.group())[c.unit()] = cosine(vectors.getFirst(), vectors.get(k + 1));
        }
        var out = new ArrayList<List<Double>>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            var scores = lexical.get(g);
            var combined = new ArrayList<Double>(scores.length);
            for (int i = 0; i < scores.length; i++) {
                combined.add(scores[i] < 0 ? 0.0 : combine(scores[i], cosines.get(g)[i]));
            }
            out.add(combined);
        }
        return out;
    }

    private record Candidate(int group, int unit, double lexical) {
    }

    /** The combined score from lexical coverage and cosine similarity. */
    static double combine(double lexical, double cosine) {
        return 0.5 * lexical + 0.5 * Math.max(0, cosine);
    }

    /** Whether a claim has anything to support: at least one content term or number. */
    public static boolean isClaim(String text) {
        return !Terms.of(text).isEmpty() || !Terms.numbers(text).isEmpty();
    }

    /** Embeddings of the texts, computed once per distinct text. */
    public List<float[]> embedAll(List<String> texts) {
        var missing = new ArrayList<String>();
        synchronized (cache) {
            for (var t : texts) {
                if (!cache.containsKey(t) && !missing.contains(t)) {
                    missing.add(t);
                }
            }
        }
        if (!missing.isEmpty()) {
            var computed = embeddings.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            synchronized (cache) {
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), computed.get(i).vector());
                }
            }
        }
        var out = new ArrayList<float[]>(texts.size());
        synchronized (cache) {
            for (var t : texts) {
                var v = cache.get(t);
                out.add(v != null ? v : embeddings.embed(t).content().vector());
            }
        }
        return out;
    }

    /** Cosine similarity (the vectors need not be normalized). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Content terms of a text (see {@link Terms#of}). */
    public static Set<String> terms(String text) {
        return Terms.of(text);
    }
}
