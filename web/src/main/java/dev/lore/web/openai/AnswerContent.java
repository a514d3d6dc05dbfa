package dev.lore.web.openai;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Citation;
import java.util.List;

/** An answer as chat message content: the text with its [n] markers, then the numbered sources they refer to. */
final class AnswerContent {

    private AnswerContent() {
    }

    static String render(Answer answer) {
        StringBuilder out = new StringBuilder(answer.answer() == null ? "" : answer.answer().strip());
        if (answer.abstained() && out.isEmpty()) {
            out.append("I don't know: the documents you can read don't say.");
        }
        List<Citation> sources = answer.citations();
        if (!sources.isEmpty()) {
            out.append(answer.abstained() ? "\n\nClosest sources:" : "\n\nSources:");
            for (Citation c : sources) {
                out.append("\n[").append(c.n()).append("] ").append(c.title() == null ? c.docId() : c.title())
                        .append(" (").append(c.docId()).append(')');
                if (c.uri() != null && (c.uri().startsWith("https://") || c.uri().startsWith("http://"))) {
                    out.append(" ").append(c.uri());
                }
            }
        }
        return out.toString();
    }
}
