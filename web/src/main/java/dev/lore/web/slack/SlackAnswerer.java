package dev.lore.web.slack;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Question;
import dev.lore.web.BoundedExecutor;
import java.net.URI;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers chat questions in the background on a bounded, named executor, so that the webhook acknowledges at once
 * however slow the model (or the asker's e-mail lookup) is, and delivers each answer to the chat platform.
 */
final class SlackAnswerer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAnswerer.class);

    private final Assistant assistant;
    private final SlackGroups groups;
    private final ChatApi chat;
    private final SlackAnswerText text;
    private final BoundedExecutor executor;

    SlackAnswerer(Assistant assistant, SlackGroups groups, ChatApi chat, SlackAnswerText text, int threads, int queue) {
        this.assistant = assistant;
        this.groups = groups;
        this.chat = chat;
        this.text = text;
        this.executor = new BoundedExecutor("lore-slack-", threads, queue);
    }

    /** Queues a question whose answer goes to the thread {@code threadTs} of {@code channel}; false when full. */
    boolean answerInThread(String channel, String threadTs, ChatQuestion question) {
        return submit(question, reply -> chat.postMessage(channel, threadTs, reply), "channel " + channel);
    }

    /** Queues a slash command whose answer goes to its {@code response_url}; false when full. */
    boolean answerAt(URI responseUrl, ChatQuestion question) {
        return submit(question, reply -> chat.respond(responseUrl, reply), "a response_url");
    }

    /** Queues a fixed reply (a usage hint) to a thread; false when full. */
    boolean replyInThread(String channel, String threadTs, String reply) {
        return run(() -> chat.postMessage(channel, threadTs, reply), "channel " + channel);
    }

    private boolean submit(ChatQuestion asked, Consumer<String> deliver, String where) {
        return run(() -> {
            String reply;
            try {
                var question = new Question(asked.text(), groups.groupsFor(asked.userId(), asked.directMessage()),
                        asked.conversationId());
                long start = System.nanoTime();
                Answer answer = assistant.ask(question, token -> { });
                reply = text.render(answer);
                log.info("chat answer to {} (direct message: {}) abstained={} citations={} ms={}", where,
                        asked.directMessage(), answer.abstained(), answer.citations().size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("answering a chat question for {} failed", where, e);
                reply = "Sorry, Lore could not answer that just now. Please try again later.";
            }
            deliver.accept(reply);
        }, where);
    }

    private boolean run(Runnable task, String where) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("delivering a chat answer to {} failed: {}", where, e.getMessage());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("chat question for {} refused: {} questions already waiting", where, executor.waiting());
            return false;
        }
    }

    /** Lets questions in flight finish, for a bounded time. */
    @Override
    public void close() {
        executor.close();
    }
}
