package dev.lore.ingest.parse;

import dev.lore.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Office documents and PDF through Apache Tika: Tika's XHTML output keeps headings and tables (a spreadsheet's
 * sheets become headed tables), and is then read like any HTML page.
 */
final class TikaParser {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final HtmlParser html = new HtmlParser();

    ParsedDocument parse(String fileName, byte[] content, int maxCharacters) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var xhtml = new ToXMLContentHandler();
        var limited = new WriteOutContentHandler(xhtml, maxCharacters);
        var context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
        try (var stream = TikaInputStream.get(content)) {
            parser.parse(stream, limited, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException("encrypted (password-protected) document", e);
        } catch (ZeroByteFileException e) {
            throw new IngestException("empty file", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            throw translate(e, maxCharacters);
        }
        var page = Jsoup.parse(xhtml.toString());
        var document = html.parse(page, maxCharacters);
        var title = metadata.get(TikaCoreProperties.TITLE);
        return title == null || title.isBlank() ? document : new ParsedDocument(title, document.blocks(), document.groups());
    }

    private static IngestException translate(Exception e, int maxCharacters) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException("extracted text exceeds the limit of " + maxCharacters
                    + " characters (decompression bomb or oversized document)", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException
                    || t.getClass().getSimpleName().contains("InvalidPassword")) {
                return new IngestException("encrypted (password-protected) document", e);
            }
            var message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // POI refuses to inflate a part beyond its allocation limit before the ratio check sees it.
            if (message.contains("bomb") || t instanceof org.apache.poi.util.RecordFormatException
                    && message.contains("tried to allocate")) {
                return new IngestException("decompression bomb: " + t.getMessage(), e);
            }
        }
        var root = e;
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IngestException("corrupt or unreadable document: " + detail, root);
    }

    /** Embedded files (images, attached documents) are not parsed: they are a bomb vector and rarely text. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
