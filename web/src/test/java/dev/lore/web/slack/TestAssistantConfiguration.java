package dev.lore.web.slack;

import dev.lore.assistant.Assistant;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A deliberately slow model for the chat tests: every answer of the application's assistant can be held back. */
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
    static BeanPostProcessor slowAssistant(ObjectProvider<AssistantDelay> delay) {
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
}
