package dev.lore.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    @Test
    void metaCharsetFollowedByMoreLinesIsRead() {
        var html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Incident Response</title>
                </head>
                <body><main><h1>Incident Response</h1><p>Acknowledge a SEV1 incident within 15 minutes.</p></main></body>
                </html>
                """;
        var parsed = new DocumentParser(1_000_000, 1_000_000).parse("incident-response.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.toString()).contains("15 minutes");
    }
}
