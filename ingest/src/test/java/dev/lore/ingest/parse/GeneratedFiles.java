package dev.lore.ingest.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small office and PDF files built in memory with POI and PDFBox (Tika's own dependencies). */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var style = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            style.setStyleId("Heading1");
            style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading 1");
            document.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
            var heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Expense policy");
            document.createParagraph().createRun().setText("Receipts are required for every expense above 25 EUR.");
            var table = document.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Plan");
            table.getRow(0).getCell(1).setText("Price");
            table.getRow(1).getCell(0).setText("Gold");
            table.getRow(1).getCell(1).setText("30 EUR");
            table.getRow(2).getCell(0).setText("Silver");
            table.getRow(2).getCell(1).setText("20 EUR");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Prices");
            String[][] cells = {{"Plan", "Price"}, {"Gold", "30 EUR"}, {"Silver", "20 EUR"}};
            for (var r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (var c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx() throws IOException {
        try (var show = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
            var slide = show.createSlide();
            var box = slide.createTextBox();
            box.setText("Quarterly results: revenue grew by 12 percent.");
            show.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text) throws IOException {
        try (var document = pdfDocument(text); var out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (var document = pdfDocument("Secret salaries."); var out = new ByteArrayOutputStream()) {
            var policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDDocument pdfDocument(String text) throws IOException {
        var document = new PDDocument();
        var page = new PDPage();
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    static byte[] encryptedDocx() throws Exception {
        var plain = docx();
        var info = new EncryptionInfo(EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            try (var stream = encryptor.getDataStream(fs)) {
                stream.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A minimal OpenDocument text file: one heading, one paragraph, one table. */
    static byte[] odt() throws IOException {
        var content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="1">Onboarding</text:h>
                    <text:p>New employees receive a laptop on their first day.</text:p>
                    <table:table table:name="Equipment">
                      <table:table-column table:number-columns-repeated="2"/>
                      <table:table-row><table:table-cell><text:p>Item</text:p></table:table-cell><table:table-cell><text:p>Owner</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>Laptop</text:p></table:table-cell><table:table-cell><text:p>IT desk</text:p></table:table-cell></table:table-row>
                    </table:table>
                  </office:text></office:body>
                </office:document-content>
                """;
        var manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.strip().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A DOCX whose document.xml inflates from kilobytes to many megabytes: a decompression bomb. */
    static byte[] zipBombDocx() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var source = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx()));
             var zip = new ZipOutputStream(out)) {
            for (var entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                var bytes = source.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    var xml = new String(bytes, StandardCharsets.UTF_8);
                    var padding = "<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>";
                    xml = xml.replace("<w:body>", "<w:body>" + padding.repeat(5_000));
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
            }
        }
        return out.toByteArray();
    }
}
