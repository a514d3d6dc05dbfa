package dev.lore.ingest.parse;

import dev.lore.ingest.IngestException;
import dev.lore.ingest.UnsupportedContentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;

/**
 * Reads any supported file into a {@link ParsedDocument}: detects the type from content and name, then uses the
 * Markdown, text, HTML or Tika parser. Thread-safe.
 */
public final class DocumentParser {

    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TIKA_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf", "application/epub+zip",
            "application/x-tika-ooxml", "application/x-tika-ooxml-protected", "application/x-tika-msoffice");
    private static final Set<String> TIKA_TYPE_PREFIXES = Set.of("application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.", "application/vnd.ms-excel.", "application/vnd.ms-powerpoint.",
            "application/vnd.ms-word.");

    /** How long one PDF or Office parse may take unless told otherwise. */
    public static final Duration DEFAULT_TIKA_TIMEOUT = Duration.ofMinutes(2);

    private final long maxBytes;
    private final int maxCharacters;
    private final Duration tikaTimeout;
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MarkdownParser markdown = new MarkdownParser();
    private final TextParser text = new TextParser();
    private final HtmlParser html = new HtmlParser();
    private final TikaParser tika = new TikaParser();

    /**
     * @param maxBytes files larger than this are refused as oversized
     * @param maxCharacters documents whose extracted text is longer are refused (decompression bombs)
     */
    public DocumentParser(long maxBytes, int maxCharacters) {
        this(maxBytes, maxCharacters, DEFAULT_TIKA_TIMEOUT);
    }

    /**
     * @param maxBytes files larger than this are refused as oversized
     * @param maxCharacters documents whose extracted text is longer are refused (decompression bombs)
     * @param tikaTimeout a PDF or Office parse taking longer is abandoned and the document reported as failed
     */
    public DocumentParser(long maxBytes, int maxCharacters, Duration tikaTimeout) {
        if (maxBytes <= 0 || maxCharacters <= 0 || tikaTimeout.isNegative() || tikaTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes
                    + ", maxCharacters=" + maxCharacters + ", tikaTimeout=" + tikaTimeout);
        }
        this.maxBytes = maxBytes;
        this.maxCharacters = maxCharacters;
        this.tikaTimeout = tikaTimeout;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Parses one file.
     *
     * @param fileName name or path of the file, used for type detection and as the fallback title
     * @throws UnsupportedContentException when the content is not a document Lore reads (skip it)
     * @throws IngestException when the document is empty, oversized, corrupt, encrypted or badly encoded
     */
    public ParsedDocument parse(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new IngestException("empty file");
        }
        if (content.length > maxBytes) {
            throw new IngestException("oversized: " + content.length + " bytes exceeds the limit of " + maxBytes);
        }
        var type = detect(fileName, content);
        var extension = extension(fileName);
        ParsedDocument document;
        if (MARKDOWN_EXTENSIONS.contains(extension) || type.equals("text/x-web-markdown") || type.equals("text/markdown")) {
            document = markdown.parse(utf8(content));
        } else if (HTML_TYPES.contains(type)) {
            document = html.parse(Jsoup.parse(new String(content, charset(content))), maxCharacters);
        } else if (type.startsWith("text/")) {
            document = text.parse(utf8(content));
        } else if (TIKA_TYPES.contains(type) || TIKA_TYPE_PREFIXES.stream().anyMatch(type::startsWith)) {
            document = parseWithTika(fileName, content);
        } else {
            throw new UnsupportedContentException("unsupported content type " + type + ", skipped");
        }
        if (document.isEmpty()) {
            throw new IngestException("no text found (" + type + ")");
        }
        return document.withDefaultTitle(baseName(fileName));
    }

    /**
     * Tika runs on a thread of its own: a parser caught in a pathological file (a PDF with a cyclic object graph) can
     * spin for ever and cannot be stopped from outside, so after the timeout the document fails and the batch moves
     * on; the abandoned daemon thread is interrupted and ends when the parser returns.
     */
    private ParsedDocument parseWithTika(String fileName, byte[] content) {
        var task = new FutureTask<>(() -> tika.parse(fileName, content, maxCharacters));
        var thread = Thread.ofPlatform().daemon().name("lore-tika-parse").start(task);
        try {
            return task.get(tikaTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new IngestException("parsing took longer than " + (tikaTimeout.toMillis() >= 1000
                    ? tikaTimeout.toSeconds() + " s" : tikaTimeout.toMillis() + " ms") + " and was abandoned");
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IngestException("cannot parse: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Parses text that arrives already decoded (the push API): HTML when {@code html}, Markdown otherwise. */
    public ParsedDocument parseText(String title, String content, boolean isHtml) {
        if (content.length() > maxCharacters) {
            throw new IngestException("oversized: " + content.length() + " characters exceeds the limit of " + maxCharacters);
        }
        var document = isHtml ? html.parse(Jsoup.parse(content), maxCharacters) : markdown.parse(content);
        if (document.isEmpty()) {
            throw new IngestException("no text found");
        }
        return title == null || title.isBlank() ? document : new ParsedDocument(title, document.blocks(), document.groups());
    }

    private String detect(String fileName, byte[] content) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (var stream = TikaInputStream.get(content)) {
            MediaType type = detector.detect(stream, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new IngestException("cannot detect the content type: " + e.getMessage(), e);
        }
    }

    private static String utf8(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(content);
        try {
            var text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new IngestException("invalid UTF-8 at byte offset " + buffer.position()
                    + " (convert the file to UTF-8)", e);
        } catch (CharacterCodingException e) {
            throw new IngestException("invalid UTF-8 (convert the file to UTF-8)", e);
        }
    }

    /** HTML declares its charset in a meta tag; without one it must be UTF-8. */
    private static java.nio.charset.Charset charset(byte[] content) {
        var head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        var at = head.indexOf("charset=");
        if (at >= 0) {
            var name = head.substring(at + 8).replaceAll("(?s)^[\"']?([a-z0-9_\\-]+).*", "$1");
            java.nio.charset.Charset declared;
            try {
                declared = java.nio.charset.Charset.forName(name);
            } catch (RuntimeException e) {
                throw new IngestException("unknown charset '" + name + "' declared in the page", e);
            }
            if (!declared.equals(StandardCharsets.UTF_8)) {
                return declared;
            }
        }
        utf8(content);
        return StandardCharsets.UTF_8;
    }

    private static String extension(String fileName) {
        var name = baseFileName(fileName);
        var dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseFileName(String fileName) {
        var slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static String baseName(String fileName) {
        var name = baseFileName(fileName);
        var dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
