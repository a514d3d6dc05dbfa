package dev.lore.web.openai;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Citation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An answer as chat message content: the text with its [n] markers, then the numbered sources they refer to, each with
 * a link to the original or to the passage on Lore's document page; an abstention lists the closest sources.
 */
final class AnswerContent {

    private final String linkBase;

    /** {@code linkBase} is Lore's public URL, e.g. {@code https://lore.intranet}. */
    AnswerContent(String linkBase) {
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    String render(Answer answer) {
        StringBuilder out = new StringBuilder(answer.answer() == null ? "" : answer.answer().strip());
        if (answer.abstained() && out.isEmpty()) {
            out.append("I don't know: the documents you can read don't say.");
        }
        List<Citation> sources = answer.abstained() && !answer.closest().isEmpty() ? answer.closest() : answer.citations();
        if (!sources.isEmpty()) {
            out.append(answer.abstained() ? "\n\nClosest sources:" : "\n\nSources:");
            for (Citation c : sources) {
                out.append("\n[").append(c.n()).append("] ").append(c.title() == null ? c.docId() : c.title())
                        .append(" (").append(c.docId()).append(") ").append(link(c));
            }
        }
        return out.toString();
    }

    private String link(Citation c) {
        if (c.uri() != null && (c.uri().startsWith("https://") || c.uri().startsWith("http://"))) {
            return c.uri();
        }
        String chunk = c.chunkId() == null ? "" : "&chunk=" + URLEncoder.encode(c.chunkId(), StandardCharsets.UTF_8);
        return linkBase + "/document.html?id=" + URLEncoder.encode(c.docId(), StandardCharsets.UTF_8) + chunk;
    }
}
