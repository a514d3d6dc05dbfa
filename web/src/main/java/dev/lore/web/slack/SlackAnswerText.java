package dev.lore.web.slack;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Citation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an answer in Slack's mrkdwn: text escaped, each {@code [n]} a link to its source, and a short numbered source
 * list; an abstention says so and lists the closest sources.
 */
final class SlackAnswerText {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private final String linkBase;

    /** {@code linkBase} is Lore's public URL: sources without a web address link to its document page. */
    SlackAnswerText(String linkBase) {
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    String render(Answer answer) {
        StringBuilder out = new StringBuilder();
        String text = escape(answer.answer() == null ? "" : answer.answer().strip());
        if (answer.abstained() && text.isEmpty()) {
            text = "I don't know: the documents you can read don't say.";
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder linked = new StringBuilder();
        while (m.find()) {
            Citation c = citation(answer, Integer.parseInt(m.group(1)));
            m.appendReplacement(linked, Matcher.quoteReplacement(
                    c == null ? m.group() : "<" + link(c) + "|[" + c.n() + "]>"));
        }
        m.appendTail(linked);
        out.append(linked);
        List<Citation> sources = answer.abstained() && !answer.closest().isEmpty() ? answer.closest() : answer.citations();
        if (!sources.isEmpty()) {
            out.append(answer.abstained() ? "\n\n*Closest sources:*" : "\n\n*Sources:*");
            for (Citation c : sources) {
                out.append("\n").append(c.n()).append(". <").append(link(c)).append('|')
                        .append(escape(c.title() == null ? c.docId() : c.title()).replace("|", "/")).append('>');
            }
        }
        return out.toString();
    }

    /** Where a citation points: the original web page, or the passage on Lore's document page. */
    String link(Citation c) {
        if (c.uri() != null && (c.uri().startsWith("https://") || c.uri().startsWith("http://"))) {
            return c.uri().replace("|", "%7C").replace(">", "%3E");
        }
        String id = URLEncoder.encode(c.docId(), StandardCharsets.UTF_8);
        String chunk = c.chunkId() == null ? "" : "&chunk=" + URLEncoder.encode(c.chunkId(), StandardCharsets.UTF_8);
        return linkBase + "/document.html?id=" + id + chunk;
    }

    private static Citation citation(Answer answer, int n) {
        return answer.citations().stream().filter(c -> c.n() == n).findFirst().orElse(null);
    }

    /** Slack's three control characters, so document text cannot inject links or mentions. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
