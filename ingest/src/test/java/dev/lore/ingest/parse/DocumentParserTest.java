package dev.lore.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.ingest.IngestException;
import dev.lore.ingest.UnsupportedContentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private static final DocumentParser PARSER = new DocumentParser(10_000_000, 1_000_000);

    private static ParsedDocument parse(String name, String content) {
        return PARSER.parse(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdownKeepsHeadingsParagraphsListsAndTablesAndReadsFrontMatter() {
        var document = parse("guide.md", """
                ---
                title: "Travel guide"
                groups: [hr, finance]
                redirect_from: /old/
                ---
                {% alert "Note" %}
                Book through the **travel desk** ([portal]({% page "/tools/travel" %})).
                {% endalert %}

                ## Flights

                - Economy for trips under {{ site.hours }} 6 hours
                - Business above

                | Plan | Price |
                |------|-------|
                | Gold | 30 EUR |
                """);

        assertThat(document.title()).isEqualTo("Travel guide");
        assertThat(document.groups()).containsExactlyInAnyOrder("hr", "finance");
        assertThat(document.blocks()).containsExactly(
                new Block.Paragraph("Book through the travel desk (portal)."),
                new Block.Heading(2, "Flights"),
                new Block.Paragraph("Economy for trips under 6 hours"),
                new Block.Paragraph("Business above"),
                new Block.Table(List.of("Plan", "Price"), List.of(List.of("Gold", "30 EUR"))));
    }

    @Test
    void markdownDropsKramdownAttributeLists() {
        var document = parse("a.md", "## How do supervisors review hours? {#supervisor-review}\n\n[Tock](https://tock){:target=\"_blank\"} shows them.\n{: .note}\n");

        assertThat(document.blocks()).containsExactly(
                new Block.Heading(2, "How do supervisors review hours?"), new Block.Paragraph("Tock shows them."));
    }

    @Test
    void markdownGroupsMayBeABlockList() {
        var document = parse("a.md", "---\ngroups:\n  - hr\n  - 'legal'\n---\n# Title\n\nText.\n");

        assertThat(document.groups()).containsExactlyInAnyOrder("hr", "legal");
        assertThat(document.title()).isEqualTo("Title");
    }

    @Test
    void htmlDropsPageChromeAndKeepsHeadingsAndTables() {
        var document = parse("page.html", """
                <html><head><title>VPN setup</title><style>p{}</style><script>var x;</script></head><body>
                <header><a href="/">Home</a></header><nav><ul><li>Menu item</li></ul></nav>
                <div role="navigation">Breadcrumbs</div>
                <main><h1>VPN</h1><p>Install the client.</p>
                <table><thead><tr><th>OS</th><th>Client</th></tr></thead><tbody><tr><td>Mac</td><td>Tunnelblick</td></tr></tbody></table>
                <aside>Related links</aside><form><input name="q"> Search</form></main>
                <footer>Copyright</footer></body></html>
                """);

        assertThat(document.title()).isEqualTo("VPN setup");
        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "VPN"),
                new Block.Paragraph("Install the client."),
                new Block.Table(List.of("OS", "Client"), List.of(List.of("Mac", "Tunnelblick"))));
    }

    @Test
    void plainTextParagraphsAreSeparatedByBlankLinesAndTitleFallsBackToFileName() {
        var document = parse("notes/cafeteria-hours.txt", "Opens at 8.\nCloses at 15.\n\n\nClosed on Sundays.");

        assertThat(document.title()).isEqualTo("cafeteria-hours");
        assertThat(document.blocks()).containsExactly(
                new Block.Paragraph("Opens at 8. Closes at 15."), new Block.Paragraph("Closed on Sundays."));
    }

    @Test
    void invalidUtf8IsReportedWithItsOffsetNotMangled() {
        var latin1 = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> PARSER.parse("menu.txt", latin1))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("invalid UTF-8 at byte offset 3");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        var small = new DocumentParser(10, 1000);

        assertThatThrownBy(() -> small.parse("a.md", new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> small.parse("a.md", "# a very long document".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("oversized: 22 bytes exceeds the limit of 10");
        assertThatThrownBy(() -> parse("blank.md", "  \n\n ")).hasMessageStartingWith("no text found");
    }

    @Test
    void redirectStubIsSkippedNamingItsTargetWhileAPageWithoutTextStillFails() {
        var redirect = "---\ntitle: VMware Fusion\nredirect_to: https://engineering.example/testing/\nredirect_from:\n  - /vmware/\n---\n";

        assertThatThrownBy(() -> parse("vmware.md", redirect)).isInstanceOf(UnsupportedContentException.class)
                .hasMessageContaining("redirect to https://engineering.example/testing/");
        assertThatThrownBy(() -> parse("stub.md", "---\ntitle: Stub\n---\n{% include note.html %}\n"))
                .isInstanceOf(IngestException.class).isNotInstanceOf(UnsupportedContentException.class)
                .hasMessageStartingWith("no text found");
        assertThat(parse("moved.md", "---\ntitle: Moved\nredirect_to: https://x.example/\n---\nThe page moved.\n").title())
                .isEqualTo("Moved");
    }

    @Test
    void unknownBinaryIsSkippedWithItsType() {
        var zip = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> PARSER.parse("archive.bin", zip))
                .isInstanceOf(UnsupportedContentException.class).hasMessageContaining("application/zip");
    }

    @Test
    void docxKeepsHeadingsParagraphsAndTables() throws Exception {
        var document = PARSER.parse("expenses.docx", GeneratedFiles.docx());

        assertThat(document.title()).isEqualTo("Expense policy");
        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "Expense policy"),
                new Block.Paragraph("Receipts are required for every expense above 25 EUR."),
                new Block.Table(List.of("Plan", "Price"), List.of(List.of("Gold", "30 EUR"), List.of("Silver", "20 EUR"))));
    }

    @Test
    void xlsxSheetsBecomeHeadedTables() throws Exception {
        var document = PARSER.parse("prices.xlsx", GeneratedFiles.xlsx());

        assertThat(document.blocks()).containsSubsequence(
                new Block.Heading(1, "Prices"),
                new Block.Table(List.of("Plan", "Price"), List.of(List.of("Gold", "30 EUR"), List.of("Silver", "20 EUR"))));
    }

    @Test
    void pptxSlidesGiveTheirText() throws Exception {
        var document = PARSER.parse("results.pptx", GeneratedFiles.pptx());

        assertThat(document.blocks()).contains(new Block.Paragraph("Quarterly results: revenue grew by 12 percent."));
    }

    @Test
    void pdfGivesItsText() throws Exception {
        var document = PARSER.parse("policy.pdf", GeneratedFiles.pdf("Remote work is allowed two days a week."));

        assertThat(document.blocks()).contains(new Block.Paragraph("Remote work is allowed two days a week."));
        assertThat(document.title()).isEqualTo("policy");
    }

    @Test
    void odtKeepsHeadingsAndTables() throws Exception {
        var document = PARSER.parse("onboarding.odt", GeneratedFiles.odt());

        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "Onboarding"),
                new Block.Paragraph("New employees receive a laptop on their first day."),
                new Block.Table(List.of("Item", "Owner"), List.of(List.of("Laptop", "IT desk"))));
    }

    @Test
    void encryptedDocumentsAreReportedAsEncrypted() throws Exception {
        var pdf = GeneratedFiles.encryptedPdf();
        var docx = GeneratedFiles.encryptedDocx();

        assertThatThrownBy(() -> PARSER.parse("salaries.pdf", pdf)).hasMessageContaining("encrypted (password-protected)");
        assertThatThrownBy(() -> PARSER.parse("salaries.docx", docx)).hasMessageContaining("encrypted (password-protected)");
    }

    @Test
    void corruptDocumentIsReportedNotThrownRaw() {
        var broken = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> PARSER.parse("broken.pdf", broken))
                .isExactlyInstanceOf(IngestException.class).hasMessageStartingWith("corrupt or unreadable document");
    }

    @Test
    void decompressionBombIsStoppedByTheInflationRatio() throws Exception {
        var bomb = GeneratedFiles.zipBombDocx();
        var generous = new DocumentParser(100_000_000, 100_000_000);

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> generous.parse("bomb.docx", bomb)).isExactlyInstanceOf(IngestException.class)
                .hasMessageStartingWith("decompression bomb");
    }

    @Test
    void extractedTextBeyondTheCharacterLimitIsStopped() throws Exception {
        var bomb = GeneratedFiles.zipBombDocx();

        assertThatThrownBy(() -> PARSER.parse("bomb.docx", bomb)).isExactlyInstanceOf(IngestException.class)
                .hasMessage("extracted text exceeds the limit of 1000000 characters (decompression bomb or oversized document)");
    }
}
