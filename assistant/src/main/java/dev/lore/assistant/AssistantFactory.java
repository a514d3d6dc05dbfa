package dev.lore.assistant;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.assistant.cite.CitationVerifier;
import dev.lore.assistant.conversation.ConversationMemory;
import dev.lore.assistant.conversation.ModelCondenser;
import dev.lore.assistant.conversation.RuleBasedCondenser;
import dev.lore.assistant.model.Generator;
import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.assistant.privacy.PrivacyGuard;
import dev.lore.assistant.support.SupportScorer;
import dev.lore.index.KnowledgeIndex;
import java.time.Clock;

/**
 * Builds the assistant from its configuration, the same way for the CLI and the server:
 * {@code AssistantFactory.create(AssistantConfig.from(env::getProperty), index, embeddingModel)}. Checks every model
 * endpoint against the privacy guard first and refuses to build (naming the host) when one is outside the network.
 */
public final class AssistantFactory {

    private static final int MAX_CONVERSATIONS = 10_000;

    private AssistantFactory() {
    }

    /** The assistant over {@code index}; close it to free in-process models. */
    public static GroundedAssistant create(AssistantConfig config, KnowledgeIndex index, EmbeddingModel embeddings) {
        checkPrivacy(config);
        Generator primary = null;
        Generator fallback = null;
        try {
            primary = config.model().generative() ? Generator.open(config.model()) : null;
            fallback = config.fallback() != null ? Generator.open(config.fallback()) : null;
        } catch (RuntimeException e) {
            if (primary != null) {
                primary.close();
            }
            throw e;
        }
        var scorer = new SupportScorer(embeddings);
        var condenser = primary == null ? new RuleBasedCondenser() : new ModelCondenser(primary.chat());
        return new GroundedAssistant(index, primary, fallback, config,
                new ConversationMemory(config.memoryTurns(), config.memoryAge(), MAX_CONVERSATIONS, Clock.systemUTC(),
                        config.memoryDir()),
                condenser, scorer, new CitationVerifier(scorer, config.supportThreshold()));
    }

    /** Refuses model endpoints outside the company network (see {@link PrivacyGuard}). */
    public static void checkPrivacy(AssistantConfig config) {
        var guard = new PrivacyGuard(config.allowedHosts());
        check(guard, config.model(), "lore.model.base-url");
        if (config.fallback() != null) {
            check(guard, config.fallback(), "lore.model.fallback.base-url");
        }
    }

    private static void check(PrivacyGuard guard, ModelSettings model, String key) {
        if (model.baseUrl() != null && model.generative() && !ModelSettings.LLAMA.equals(model.provider())) {
            guard.checkUrl(model.baseUrl(), key);
        }
    }
}
