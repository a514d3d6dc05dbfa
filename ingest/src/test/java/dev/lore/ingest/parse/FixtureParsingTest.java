package dev.lore.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.ingest.IngestException;
import dev.lore.ingest.UnsupportedContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each parser on real files made by LibreOffice, qpdf and hand (see fixtures/README.md). */
class FixtureParsingTest {

    private static final DocumentParser PARSER = new DocumentParser(50_000_000, 10_000_000);

    static byte[] fixture(String name) {
        try (var in = FixtureParsingTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedDocument parse(String name) {
        return PARSER.parse(name, fixture(name));
    }

    private static String allText(ParsedDocument document) {
        return document.blocks().stream().map(block -> switch (block) {
            case Block.Heading h -> h.text();
            case Block.Paragraph p -> p.text();
            case Block.Table t -> t.headers() + " " + t.rows();
        }).collect(Collectors.joining("\n"));
    }

    @Test
    void pdfGivesItsParagraphsAndTableText() {
        var text = allText(parse("report.pdf"));

        assertThat(text).contains("Harbour Lights Maintenance Report",
                "The harbour authority inspected every navigation light along the eastern breakwater during the spring survey.",
                "Two lamps were replaced after the storm season, and the remaining lamps passed the brightness test.",
                "North Beacon", "Pier 4", "1200", "South Beacon");
    }

    @Test
    void docxKeepsHeadingLevelsParagraphsAndTheTable() {
        var document = parse("guide.docx");

        assertThat(document.title()).isEqualTo("Greenhouse Operations Guide");
        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "Greenhouse Operations Guide"),
                new Block.Paragraph("This guide explains how the rooftop greenhouse is run by the facilities team."),
                new Block.Heading(2, "Watering Schedule"),
                new Block.Paragraph("Seedlings are watered twice a day, at seven in the morning and at five in the afternoon."),
                new Block.Heading(2, "Plant Inventory"),
                new Block.Paragraph("The inventory below lists every bed and its current crop."),
                new Block.Table(List.of("Bed", "Crop", "Planted"),
                        List.of(List.of("Bed A", "Basil", "March"), List.of("Bed B", "Tomatoes", "April"))));
    }

    @Test
    void pptxGivesSlideTitlesAndBullets() {
        var text = allText(parse("slides.pptx"));

        assertThat(text).contains("Orchard Expansion Plan", "Plant forty apple trees on the south slope",
                "Install drip irrigation before June", "Harvest Timeline", "First pears ripen in late August",
                "Cider pressing starts in October");
    }

    @Test
    void xlsxSheetBecomesATableWithItsHeaderRow() {
        var document = parse("inventory.xlsx");

        assertThat(document.blocks()).containsSubsequence(
                new Block.Heading(1, "Inventory"),
                new Block.Table(List.of("Item", "Quantity", "Warehouse"), List.of(
                        List.of("Copper Kettle", "12", "Hamburg"), List.of("Oak Stool", "30", "Bremen"),
                        List.of("Wool Blanket", "45", "Kiel"))));
    }

    @Test
    void odtKeepsHeadingParagraphAndTable() {
        var document = parse("notes.odt");

        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "Library Opening Notes"),
                new Block.Paragraph("The community library reopens on Monday with longer evening hours for students."),
                new Block.Table(List.of("Day", "Opens", "Closes"),
                        List.of(List.of("Monday", "09:00", "21:00"), List.of("Saturday", "10:00", "16:00"))));
    }

    @Test
    void htmlPageLosesItsChromeAndKeepsTheArticle() {
        var document = parse("page.html");

        assertThat(document.title()).isEqualTo("Ferry Timetable Changes");
        assertThat(document.blocks()).containsExactly(
                new Block.Heading(1, "Ferry Timetable Changes"),
                new Block.Paragraph("From the first of May the island ferry leaves the mainland every ninety minutes."),
                new Block.Heading(2, "Weekend Departures"),
                new Block.Paragraph("On Sundays the last ferry back to the mainland departs at 22:15."),
                new Block.Table(List.of("Route", "Departure", "Duration"), List.of(
                        List.of("Harbour to Island", "08:30", "45 minutes"), List.of("Island to Harbour", "17:10", "50 minutes"))));
        assertThat(allText(document)).doesNotContain("SHOULD-NOT-APPEAR", "font-family", "trackingId");
    }

    @Test
    void markdownWithLiquidTagsKeepsTextAndDropsTemplates() {
        var document = parse("liquid.md");

        assertThat(document.title()).isEqualTo("Bicycle Parking Rules");
        assertThat(document.blocks()).containsExactly(
                new Block.Paragraph("Bicycles may be parked in the courtyard racks between 06:00 and 22:00."),
                new Block.Heading(2, "Winter Storage"),
                new Block.Paragraph("During winter, bicycles can be stored in basement room B12 for free."));
    }

    @Test
    void plainTextKeepsItsLines() {
        assertThat(allText(parse("plain.txt")))
                .isEqualTo("Plain notes about the canteen. Lunch is served from 11:30 to 14:00 every weekday.");
    }

    @Test
    void badFilesFailWithAReasonEach() {
        assertThatThrownBy(() -> parse("encrypted.pdf")).isExactlyInstanceOf(IngestException.class)
                .hasMessage("encrypted (password-protected) document");
        assertThatThrownBy(() -> parse("encrypted.docx")).isExactlyInstanceOf(IngestException.class)
                .hasMessage("encrypted (password-protected) document");
        assertThatThrownBy(() -> parse("corrupt.pdf")).isExactlyInstanceOf(IngestException.class)
                .hasMessageStartingWith("corrupt or unreadable document").hasMessageContaining("trailer");
        assertThatThrownBy(() -> parse("corrupt.docx")).isExactlyInstanceOf(IngestException.class)
                .hasMessageStartingWith("corrupt or unreadable document");
        assertThatThrownBy(() -> parse("empty.txt")).hasMessage("empty file");
        assertThatThrownBy(() -> parse("invalid-utf8.txt")).hasMessageStartingWith("invalid UTF-8 at byte offset 55");
        assertThatThrownBy(() -> parse("bomb.docx")).isExactlyInstanceOf(IngestException.class)
                .hasMessageStartingWith("decompression bomb");
        assertThatThrownBy(() -> parse("unknown.bin")).isInstanceOf(UnsupportedContentException.class)
                .hasMessageContaining("application/octet-stream");
    }
}
