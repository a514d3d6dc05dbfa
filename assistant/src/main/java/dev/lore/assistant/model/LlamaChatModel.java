package dev.lore.assistant.model;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.lore.assistant.AssistantException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process GGUF model through llama.cpp (de.kherud:llama) as a LangChain4j chat model, streaming included, with
 * its own tokenizer for counting. The chat template stored in the GGUF is applied first and the resulting string is
 * generated from (passing messages straight to generation sends an empty prompt in binding 4.2.0). One generation runs
 * at a time; cancel a stream through its {@link StreamingHandle}.
 */
public final class LlamaChatModel implements ChatModel, StreamingChatModel, TokenCountEstimator, AutoCloseable {

    private final LlamaModel model;
    private final String name;
    private final double temperature;
    private final int maxAnswerTokens;
    private final int contextSize;
    private final ReentrantLock lock = new ReentrantLock();

    /** Loads the model; fails with the path in the message when the file is missing or not a loadable GGUF. */
    public LlamaChatModel(Path gguf, String name, int contextSize, int threads, double temperature, int maxAnswerTokens) {
        if (!Files.isRegularFile(gguf)) {
            throw new AssistantException("model file not found: " + gguf.toAbsolutePath());
        }
        NativeLibrary.prepare();
        try {
            this.model = new LlamaModel(new ModelParameters().setModel(gguf.toAbsolutePath().toString())
                    .setCtxSize(contextSize).setThreads(threads).setThreadsBatch(threads).disableLog());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new AssistantException("cannot load GGUF model " + gguf.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        this.name = name;
        this.contextSize = contextSize;
        this.temperature = temperature;
        this.maxAnswerTokens = maxAnswerTokens;
    }

    /** The model's context window in tokens. */
    public int contextSize() {
        return contextSize;
    }

    /** The prompt string the GGUF's chat template makes of the messages (ends with the assistant turn's opening). */
    public String applyTemplate(List<ChatMessage> messages) {
        String system = "";
        var turns = new ArrayList<Pair<String, String>>();
        for (var m : messages) {
            switch (m) {
                case SystemMessage s -> system = system.isEmpty() ? s.text() : system + "\n" + s.text();
                case UserMessage u -> turns.add(new Pair<>("user", CharacterTokenEstimator.text(u)));
                case AiMessage a -> turns.add(new Pair<>("assistant", a.text() == null ? "" : a.text()));
                default -> throw new AssistantException("unsupported message type for llama: " + m.type());
            }
        }
        return model.applyTemplate(new InferenceParameters("").setMessages(system, turns));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        var text = new StringBuilder();
        var result = new ChatResponse[1];
        var error = new Throwable[1];
        doChat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                text.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                result[0] = response;
            }

            @Override
            public void onError(Throwable t) {
                error[0] = t;
            }
        });
        if (error[0] != null) {
            throw error[0] instanceof RuntimeException r ? r : new AssistantException(error[0].getMessage(), error[0]);
        }
        return result[0];
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        var prompt = applyTemplate(request.messages());
        var params = new InferenceParameters(prompt).setCachePrompt(true)
                .setNPredict(request.maxOutputTokens() != null ? request.maxOutputTokens() : maxAnswerTokens)
                .setTemperature((float) (request.temperature() != null ? request.temperature() : temperature));
        if (request.stopSequences() != null && !request.stopSequences().isEmpty()) {
            params.setStopStrings(request.stopSequences().toArray(String[]::new));
        }
        var handle = new CancelFlag();
        var text = new StringBuilder();
        int tokens = 0;
        lock.lock();
        try {
            var it = model.generate(params).iterator();
            while (it.hasNext()) {
                if (handle.isCancelled()) {
                    it.cancel();
                    break;
                }
                var piece = it.next().text;
                if (piece.isEmpty()) {
                    continue;
                }
                tokens++;
                text.append(piece);
                handler.onPartialResponse(new PartialResponse(piece), new PartialResponseContext(handle));
                if (handle.isCancelled()) {
                    it.cancel();
                    break;
                }
            }
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        } finally {
            lock.unlock();
        }
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(text.toString())).modelName(name)
                .tokenUsage(new TokenUsage(model.encode(prompt).length, tokens))
                .finishReason(handle.isCancelled() ? FinishReason.OTHER : FinishReason.STOP).build());
    }

    @Override
    public int estimateTokenCountInText(String text) {
        return model.encode(text).length;
    }

    @Override
    public int estimateTokenCountInMessage(ChatMessage message) {
        return 4 + estimateTokenCountInText(CharacterTokenEstimator.text(message));
    }

    @Override
    public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
        var list = new ArrayList<ChatMessage>();
        messages.forEach(list::add);
        return model.encode(applyTemplate(list)).length;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return ChatRequestParameters.builder().modelName(name).temperature(temperature).maxOutputTokens(maxAnswerTokens).build();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public dev.langchain4j.model.ModelProvider provider() {
        return dev.langchain4j.model.ModelProvider.OTHER;
    }

    @Override
    public java.util.Set<dev.langchain4j.model.chat.Capability> supportedCapabilities() {
        return java.util.Set.of();
    }

    @Override
    public void close() {
        model.close();
    }

}
