package dev.lore.web.slack;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Citation;
import dev.lore.assistant.Question;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test beans for the chat integrations: a delay that wraps the Assistant (a deliberately slow model), and, until the
 * application provides one, a keyword Assistant over two documents.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAssistantConfiguration {

    /** How long every answer is held back; tests set it to simulate a slow model. */
    public static final class AssistantDelay {
        private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

        public void set(Duration value) {
            delay.set(value);
        }

        Duration get() {
            return delay.get();
        }
    }

    @Bean
    AssistantDelay assistantDelay() {
        return new AssistantDelay();
    }

    @Bean
    static BeanPostProcessor slowAssistant(org.springframework.beans.factory.ObjectProvider<AssistantDelay> delay) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof Assistant assistant)) {
                    return bean;
                }
                return (Assistant) (question, onToken) -> {
                    try {
                        Thread.sleep(delay.getObject().get());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return assistant.ask(question, onToken);
                };
            }
        };
    }

    @Bean
    @Primary
    Assistant keywordAssistant() {
        return new KeywordAssistant();
    }

    /** Answers from the visible document sharing the most words with the question; abstains when none shares a word. */
    static final class KeywordAssistant implements Assistant {

        private record Doc(String id, String title, Set<String> groups, String text) {
        }

        private final List<Doc> docs = List.of(
                new Doc("handbook:it/vpn.md", "VPN access", Set.of("everyone"),
                        "To connect to the VPN, install the WireGuard client and import the profile from the IT portal."),
                new Doc("hr:parental-leave.md", "Parental leave", Set.of("hr"),
                        "Parental leave is 26 weeks at full pay for the primary carer."));

        @Override
        public Answer ask(Question question, Consumer<String> onToken) {
            Set<String> words = words(question.text());
            Doc best = null;
            long bestScore = 0;
            for (Doc doc : docs) {
                if (doc.groups().stream().noneMatch(question.groups()::contains)) {
                    continue;
                }
                long score = words(doc.text()).stream().filter(words::contains).count();
                if (score > bestScore) {
                    best = doc;
                    bestScore = score;
                }
            }
            if (best == null) {
                return new Answer("I don't know.", true, List.of(), "keyword", "test", null, null,
                        question.conversationId(), null);
            }
            String text = best.text() + " [1]";
            onToken.accept(text);
            return new Answer(text, false, List.of(new Citation(1, best.id(), best.id() + "#0", best.title(),
                    best.id().substring(0, best.id().indexOf(':')), best.id().substring(best.id().indexOf(':') + 1),
                    best.text())), "keyword", "test", null, null, question.conversationId(), null);
        }

        private static Set<String> words(String text) {
            return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 3)
                    .collect(Collectors.toSet());
        }
    }
}
