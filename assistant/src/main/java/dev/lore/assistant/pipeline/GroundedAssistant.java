package dev.lore.assistant.pipeline;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.AssistantException;
import dev.lore.assistant.Citation;
import dev.lore.assistant.Question;
import dev.lore.assistant.cite.CitationVerifier;
import dev.lore.assistant.cite.VerifiedAnswer;
import dev.lore.assistant.extract.ExtractiveAnswerer;
import dev.lore.assistant.model.CancelFlag;
import dev.lore.assistant.model.CharacterTokenEstimator;
import dev.lore.assistant.model.Generator;
import dev.lore.assistant.passage.ContextPacker;
import dev.lore.assistant.passage.Passage;
import dev.lore.assistant.prompt.GroundedPrompt;
import dev.lore.assistant.support.Evidence;
import dev.lore.assistant.support.SupportScorer;
import dev.lore.assistant.support.UnknownTerms;
import dev.lore.assistant.conversation.ConversationMemory;
import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.ingest.DocumentInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer pipeline: condense a follow-up, retrieve with the caller's groups, abstain on weak evidence, pack passages
 * for the generating model's window, generate (or extract), verify citations, and route to the fallback model when the
 * small one should not answer alone. Build it with {@link dev.lore.assistant.AssistantFactory}.
 */
public final class GroundedAssistant implements Assistant, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroundedAssistant.class);
    /** Token budget for the extractive mode's passages (no model window to respect). */
    private static final int EXTRACTIVE_BUDGET = 3000;
    private static final int CLOSEST_SOURCES = 3;

    private final KnowledgeIndex index;
    private final Generator primary;
    private final Generator fallback;
    private final AssistantConfig config;
    private final ConversationMemory memory;
    private final QueryTransformer condenser;
    private final SupportScorer scorer;
    private final CitationVerifier verifier;
    private final Router router;

    /**
     * @param primary the generating model, or null for extractive answers
     * @param fallback the larger model, or null
     */
    public GroundedAssistant(KnowledgeIndex index, Generator primary, Generator fallback, AssistantConfig config,
                             ConversationMemory memory, QueryTransformer condenser, SupportScorer scorer,
                             CitationVerifier verifier) {
        this.index = index;
        this.primary = primary;
        this.fallback = fallback;
        this.config = config;
        this.memory = memory;
        this.condenser = condenser;
        this.scorer = scorer;
        this.verifier = verifier;
        this.router = new Router(config.longQuestionWords(), config.evidenceThreshold());
    }

    /** The name of the model that answers first ("extractive" without one). */
    public String modelName() {
        return primary == null ? "extractive" : primary.name();
    }

    /** {@code extractive} or {@code generative}. */
    public String mode() {
        return primary == null ? "extractive" : "generative";
    }

    /**
     * The retrieval evidence for a standalone question and groups: the best unit's relevance (what the abstention
     * threshold is compared with), with the units ranked; for calibration and diagnostics.
     */
    public Evidence evidence(String question, java.util.Set<String> groups) {
        var all = new TreeSet<>(groups);
        all.add(DocumentInfo.EVERYONE);
        var hits = retrieve(question, all);
        var candidates = new ContextPacker(new CharacterTokenEstimator(), config.maxPassages()).pack(hits, EXTRACTIVE_BUDGET);
        return Evidence.assess(question, candidates, scorer, UnknownTerms.find(question, all, index));
    }

    private List<Hit> retrieve(String query, java.util.Set<String> groups) {
        var vector = scorer.embedAll(List.of(query)).getFirst();
        return index.search(new SearchRequest(query, SearchMode.HYBRID, config.topK(), groups), vector);
    }

    /**
     * Answers a question. If {@code onToken} throws {@link CancellationException} (a client went away), generation
     * stops and the exception propagates.
     */
    @Override
    public Answer ask(Question question, Consumer<String> onToken) {
        var timings = new LinkedHashMap<String, Long>();
        long start = System.nanoTime();
        var groups = new TreeSet<>(question.groups());
        groups.add(DocumentInfo.EVERYONE);
        var key = question.conversationId() == null ? null : question.conversationId() + "|" + String.join(",", groups);
        var history = key == null ? List.<ChatMessage>of() : memory.history(key);

        long t = System.nanoTime();
        var standalone = history.isEmpty() ? question.text() : condenser.transform(Query.from(question.text(),
                Metadata.from(UserMessage.from(question.text()), key, history))).iterator().next().text();
        timings.put("condenseMs", ms(t));

        t = System.nanoTime();
        List<Hit> hits = retrieve(standalone, groups);
        timings.put("retrieveMs", ms(t));

        t = System.nanoTime();
        var candidates = new ContextPacker(new CharacterTokenEstimator(), config.maxPassages()).pack(hits, EXTRACTIVE_BUDGET);
        var evidence = Evidence.assess(standalone, candidates, scorer, UnknownTerms.find(standalone, groups, index));
        timings.put("evidenceMs", ms(t));

        Answer answer;
        if (evidence.best() < config.evidenceThreshold()) {
            answer = abstain(question, evidence, candidates, modelName(), "weak-evidence", List.of(), timings);
            onToken.accept(answer.answer());
        } else if (primary == null) {
            answer = extractive(question, evidence, candidates, onToken, timings);
        } else {
            answer = generate(question, standalone, hits, evidence, candidates, onToken, timings);
        }
        timings.put("totalMs", ms(start));
        answer = withTimings(answer, timings);
        if (key != null) {
            memory.add(key, standalone, answer.answer());
        }
        logAnswer(question, answer);
        return answer;
    }

    private Answer extractive(Question question, Evidence evidence, List<Passage> passages, Consumer<String> onToken,
                              Map<String, Long> timings) {
        long t = System.nanoTime();
        var text = new ExtractiveAnswerer().answer(evidence);
        var verified = verifier.verify(text, passages);
        timings.put("verifyMs", ms(t));
        if (verified.abstained()) {
            var answer = abstain(question, evidence, passages, "extractive", "no-supported-claim", verified.flagged(), timings);
            onToken.accept(answer.answer());
            return answer;
        }
        onToken.accept(verified.text());
        return new Answer(verified.text(), false, verified.citations(), "extractive", "extractive", "extractive",
                verified.flagged(), question.conversationId(), timings);
    }

    private Answer generate(Question question, String standalone, List<Hit> hits, Evidence evidence,
                            List<Passage> candidates, Consumer<String> onToken, Map<String, Long> timings) {
        var reason = fallback == null ? null : router.before(standalone, evidence.best()).orElse(null);
        var generator = reason == null ? primary : fallback;
        var attempt = attempt(generator, standalone, hits, onToken, timings);
        var route = reason == null ? "primary" : "fallback:" + reason;
        if (fallback != null && generator != fallback && (attempt.verified().abstained() || !attempt.verified().flagged().isEmpty())) {
            onToken.accept("\n\n");
            generator = fallback;
            route = "fallback:" + Router.CITATION_CHECK_FAILED;
            attempt = attempt(generator, standalone, hits, onToken, timings);
        }
        var verified = attempt.verified();
        if (verified.abstained()) {
            return abstain(question, evidence, candidates, generator.name(), route, verified.flagged(), timings);
        }
        return new Answer(verified.text(), false, verified.citations(), generator.name(), "generative", route,
                verified.flagged(), question.conversationId(), timings);
    }

    private Attempt attempt(Generator generator, String question, List<Hit> hits, Consumer<String> onToken,
                            Map<String, Long> timings) {
        long t = System.nanoTime();
        int budget = generator.contextSize() - generator.maxAnswerTokens()
                - generator.tokens().estimateTokenCountInText(GroundedPrompt.skeleton(question)) - 64;
        var passages = new ContextPacker(generator.tokens(), config.maxPassages()).pack(hits, Math.max(budget, 0));
        var messages = GroundedPrompt.messages(question, passages);
        timings.merge("packMs", ms(t), Long::sum);

        t = System.nanoTime();
        var raw = stream(generator, messages, onToken, timings, t);
        timings.merge("generateMs", ms(t), Long::sum);

        t = System.nanoTime();
        var verified = verifier.verify(raw, passages);
        timings.merge("verifyMs", ms(t), Long::sum);
        return new Attempt(passages, verified);
    }

    private String stream(Generator generator, List<ChatMessage> messages, Consumer<String> onToken,
                          Map<String, Long> timings, long started) {
        var done = new CompletableFuture<ChatResponse>();
        var text = new StringBuilder();
        var cancelled = new RuntimeException[1];
        var first = new boolean[] {true};
        int[] tokens = {0};
        generator.streaming().chat(ChatRequest.builder().messages(messages).maxOutputTokens(generator.maxAnswerTokens()).build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        if (first[0]) {
                            first[0] = false;
                            timings.putIfAbsent("firstTokenMs", ms(started));
                        }
                        tokens[0]++;
                        text.append(partial.text());
                        try {
                            if (Thread.currentThread().isInterrupted()) {
                                throw new CancellationException("interrupted");
                            }
                            onToken.accept(partial.text());
                        } catch (RuntimeException e) {
                            cancelled[0] = e;
                            context.streamingHandle().cancel();
                        }
                    }

                    @Override
                    public void onPartialResponse(String partial) {
                        onPartialResponse(new PartialResponse(partial), new PartialResponseContext(new CancelFlag()));
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        try {
            var response = done.get(generator.provider().equals("llama") ? 3600 : 600, TimeUnit.SECONDS);
            if (cancelled[0] != null) {
                throw cancelled[0];
            }
            timings.merge("outputTokens", (long) tokens[0], Long::sum);
            var full = response.aiMessage() == null ? null : response.aiMessage().text();
            return full != null && !full.isEmpty() ? full : text.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while generating");
        } catch (ExecutionException e) {
            if (cancelled[0] != null) {
                throw cancelled[0];
            }
            throw new AssistantException("model " + generator.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssistantException("model " + generator.name() + " did not answer in time", e);
        }
    }

    private Answer abstain(Question question, Evidence evidence, List<Passage> passages, String model, String route,
                           List<String> flagged, Map<String, Long> timings) {
        var closest = new ArrayList<Citation>();
        var seen = new HashSet<String>();
        for (var scored : evidence.ranked()) {
            if (closest.size() == CLOSEST_SOURCES) {
                break;
            }
            var p = scored.passage();
            if (!seen.contains(p.docId()) && evidence.sharesWords(scored) && seen.add(p.docId())) {
                closest.add(new Citation(closest.size() + 1, p.docId(), p.chunkOf(scored.unit()), p.title(), p.source(),
                        p.uri(), scored.text()));
            }
        }
        var text = new StringBuilder(CitationVerifier.abstention());
        if (!closest.isEmpty()) {
            text.append(" The closest sources are: ");
            for (int i = 0; i < closest.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(closest.get(i).title());
            }
            text.append('.');
        }
        return new Answer(text.toString(), true, List.of(), model, mode(), route, flagged, question.conversationId(),
                timings, closest);
    }

    private static Answer withTimings(Answer a, Map<String, Long> timings) {
        return new Answer(a.answer(), a.abstained(), a.citations(), a.model(), a.mode(), a.route(), a.flagged(),
                a.conversationId(), timings, a.closest());
    }

    private void logAnswer(Question question, Answer answer) {
        if (config.logQuestions()) {
            log.info("question='{}' answer='{}' abstained={} citations={} model={} route={} totalMs={}",
                    question.text(), answer.answer(), answer.abstained(), answer.citations().size(), answer.model(),
                    answer.route(), answer.timings().get("totalMs"));
        } else {
            log.info("question ({} chars) abstained={} citations={} flagged={} model={} route={} totalMs={}",
                    question.text().length(), answer.abstained(), answer.citations().size(), answer.flagged().size(),
                    answer.model(), answer.route(), answer.timings().get("totalMs"));
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Override
    public void close() {
        try (var p = primary; var f = fallback) {
            // closes both models, the fallback first
        }
    }

    private record Attempt(List<Passage> passages, VerifiedAnswer verified) {
    }

}
