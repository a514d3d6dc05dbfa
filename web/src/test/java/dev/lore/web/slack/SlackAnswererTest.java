package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.Answer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlackAnswererTest {

    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final ChatApi chat = new ChatApi() {
        @Override
        public void postMessage(String channel, String threadTs, String text) {
            posted.add(channel + " " + threadTs + " " + text);
        }

        @Override
        public void respond(URI responseUrl, String text) {
            posted.add(responseUrl + " " + text);
        }

        @Override
        public Optional<String> email(String userId) {
            return Optional.empty();
        }
    };
    private final SlackGroups groups = new SlackGroups(List.of(), name -> Optional.empty(), id -> Optional.empty());

    @Test
    void refusesQuestionsWhenThreadAndQueueAreFullAndFinishesQueuedOnesOnClose() throws Exception {
        var release = new CountDownLatch(1);
        var answerer = new SlackAnswerer((question, onToken) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Answer("Yes [1].", false, List.of(), "m", "m", null, null, null, null);
        }, groups, chat, new SlackAnswerText("http://lore"), 1, 1);
        var question = new ChatQuestion("VPN?", "U1", false, null);

        assertThat(answerer.answerInThread("C1", "1.1", question)).isTrue();
        Thread.sleep(200);
        assertThat(answerer.answerInThread("C1", "2.2", question)).as("queued").isTrue();
        assertThat(answerer.answerInThread("C1", "3.3", question)).as("refused").isFalse();

        release.countDown();
        answerer.close();
        assertThat(posted).containsExactly("C1 1.1 Yes [1].", "C1 2.2 Yes [1].");
    }

    @Test
    void failingAssistantStillGetsAnApologyPosted() {
        var answerer = new SlackAnswerer((question, onToken) -> {
            throw new IllegalStateException("model crashed");
        }, groups, chat, new SlackAnswerText("http://lore"), 1, 1);

        answerer.answerAt(URI.create("http://127.0.0.1/hooks/1"), new ChatQuestion("VPN?", "U1", false, null));
        answerer.close();

        assertThat(posted).singleElement().asString().startsWith("http://127.0.0.1/hooks/1 Sorry");
    }
}
