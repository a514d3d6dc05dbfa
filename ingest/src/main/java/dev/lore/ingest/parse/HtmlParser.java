package dev.lore.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** HTML pages (and Tika's XHTML output) to blocks: page chrome is dropped, headings, paragraphs and tables kept. */
final class HtmlParser {

    private static final String CHROME = "nav, aside, footer, script, style, noscript, template, form, iframe, svg,"
            + " button, [role=navigation], [role=banner], [role=contentinfo], [role=search], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "dd", "dt", "pre", "blockquote", "section",
            "article", "main", "ul", "ol", "dl", "figure", "figcaption", "address", "br", "hr", "caption", "body",
            "header", "details", "summary");

    /** Extracts the blocks of a parsed page; {@code maxCharacters} bounds the extracted text. */
    ParsedDocument parse(Document page, long maxCharacters) {
        page.select(CHROME).remove();
        // Page headers are chrome, but an article's own header carries its title.
        page.select("header").stream().filter(h -> h.closest("article, main") == null).forEach(Element::remove);
        var collector = new BlockCollector(maxCharacters);
        page.body().filter(new BlockFilter(collector));
        var title = page.title();
        if (title.isBlank()) {
            var h1 = page.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        return new ParsedDocument(title, collector.blocks(), Set.of());
    }

    /** Walks the page in order, flushing running text at every block boundary. */
    private static final class BlockFilter implements NodeFilter {

        private final BlockCollector collector;
        private final StringBuilder text = new StringBuilder();

        BlockFilter(BlockCollector collector) {
            this.collector = collector;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                collector.count(textNode.getWholeText().length());
                text.append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            var tag = element.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                flush();
                collector.heading(tag.charAt(1) - '0', element.text());
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("table")) {
                flush();
                table(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void flush() {
            if (!text.isEmpty()) {
                collector.paragraph(text.toString());
                text.setLength(0);
            }
        }

        private void table(Element table) {
            var headers = List.<String>of();
            var rows = new ArrayList<List<String>>();
            for (var row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue;
                }
                var cells = row.children().stream()
                        .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                        .map(Element::text)
                        .toList();
                var isHeader = row.children().stream().allMatch(cell -> cell.nameIs("th")) || row.parent() != null
                        && row.parent().nameIs("thead");
                if (isHeader && headers.isEmpty() && rows.isEmpty()) {
                    headers = cells;
                } else {
                    rows.add(cells);
                }
            }
            collector.table(headers, rows);
        }
    }
}
