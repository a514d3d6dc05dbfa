package dev.lore.ingest.parse;

import dev.lore.ingest.UnsupportedContentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/** Markdown (CommonMark with GitHub tables) with optional front matter; Liquid/Jekyll template tags are removed. */
final class MarkdownParser {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\s*?(\\R|\\z)", Pattern.DOTALL);
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);
    /** Kramdown attribute lists: {@code {#anchor}}, {@code {: .class}}, {@code {:target="_blank"}}. */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}\\n]*}|\\{#[\\w-]+}");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    ParsedDocument parse(String markdown) {
        var title = "";
        var redirectTo = "";
        Set<String> groups = Set.of();
        var frontMatter = FRONT_MATTER.matcher(markdown);
        if (frontMatter.find()) {
            var header = FrontMatter.parse(frontMatter.group(1));
            title = header.title();
            groups = header.groups();
            redirectTo = header.redirectTo();
            markdown = markdown.substring(frontMatter.end());
        }
        markdown = TEMPLATE_TAG.matcher(markdown).replaceAll("");
        markdown = ATTRIBUTE_LIST.matcher(markdown).replaceAll("");
        var collector = new BlockCollector(Long.MAX_VALUE);
        parser.parse(markdown).accept(new BlockVisitor(collector));
        var blocks = collector.blocks();
        if (blocks.isEmpty() && !redirectTo.isEmpty()) {
            throw new UnsupportedContentException("a redirect to " + redirectTo + " with no text of its own, skipped");
        }
        if (title.isBlank() && !blocks.isEmpty() && blocks.getFirst() instanceof Block.Heading first && first.level() == 1) {
            title = first.text();
        }
        return new ParsedDocument(title, blocks, groups);
    }

    /** Turns CommonMark block nodes into blocks, visiting into lists and quotes. */
    private static final class BlockVisitor extends AbstractVisitor {

        private final BlockCollector collector;

        BlockVisitor(BlockCollector collector) {
            this.collector = collector;
        }

        @Override
        public void visit(Heading heading) {
            collector.heading(heading.getLevel(), inlineText(heading));
        }

        @Override
        public void visit(Paragraph paragraph) {
            collector.paragraph(inlineText(paragraph));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            collector.paragraph(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            collector.paragraph(code.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            collector.paragraph(Jsoup.parseBodyFragment(html.getLiteral()).text());
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                var headers = List.<String>of();
                var rows = new ArrayList<List<String>>();
                for (var section = table.getFirstChild(); section != null; section = section.getNext()) {
                    for (var row = section.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            var cells = new ArrayList<String>();
                            for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                cells.add(inlineText(cell));
                            }
                            if (section instanceof TableHead) {
                                headers = cells;
                            } else {
                                rows.add(cells);
                            }
                        }
                    }
                }
                collector.table(headers, rows);
            } else {
                visitChildren(block);
            }
        }
    }

    static String inlineText(Node node) {
        var sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> sb.append(text.getLiteral());
                case Code code -> sb.append(code.getLiteral());
                case SoftLineBreak ignored -> sb.append(' ');
                case HardLineBreak ignored -> sb.append('\n');
                case HtmlInline ignored -> { }
                default -> appendText(child, sb);
            }
        }
    }
}
