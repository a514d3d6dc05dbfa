package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every endpoint and its error cases on the real server; no failed request changes the index. */
class ApiIT extends LoreServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json(Reply reply) throws Exception {
        return JSON.readTree(reply.body());
    }

    long documents() throws Exception {
        return json(get("admin", "/api/v1/admin/status")).path("documents").asLong();
    }

    @Test
    void askAnswersWithCitationsFromTheCorpus() throws Exception {
        Reply reply = post("alice", "/api/v1/ask", "{\"question\": \"How do I connect to the VPN?\"}");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = json(reply);
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("answer").asText()).containsIgnoringCase("WireGuard");
        assertThat(answer.path("citations").get(0).path("docId").asText()).isEqualTo("handbook:it/vpn.md");
        assertThat(answer.path("mode").asText()).isEqualTo("extractive");
    }

    @Test
    void streamSendsTokensThenCitationsThenDone() throws Exception {
        Reply reply = post("alice", "/api/v1/ask/stream", "{\"question\": \"How do I connect to the VPN?\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^event:(\\w+)$").matcher(reply.body());
        while (m.find()) {
            events.add(m.group(1));
        }
        assertThat(events).isNotEmpty();
        assertThat(events.getLast()).isEqualTo("done");
        int citations = events.indexOf("citations");
        assertThat(citations).isEqualTo(events.size() - 2);
        assertThat(events.subList(0, citations)).isNotEmpty().allMatch("token"::equals);
        String done = reply.body().substring(reply.body().lastIndexOf("event:done"));
        JsonNode answer = JSON.readTree(done.substring(done.indexOf("data:") + 5).strip());
        assertThat(answer.path("citations").get(0).path("docId").asText()).isEqualTo("handbook:it/vpn.md");
    }

    @Test
    void missingQuestionIs400NamingTheField() throws Exception {
        Reply reply = post("alice", "/api/v1/ask", "{\"conversationId\": \"c1\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("error").asText()).isEqualTo("invalid_field");
        assertThat(json(reply).path("message").asText()).contains("question");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        Reply reply = post("alice", "/api/v1/ask", "{\"question\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("error").asText()).isEqualTo("malformed_json");
    }

    @Test
    void searchWithoutQueryIs400NamingTheParameter() throws Exception {
        Reply reply = get("alice", "/api/v1/search");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("message").asText()).contains("'q'");
        assertThat(get("alice", "/api/v1/search?q=vpn&mode=fuzzy").status()).isEqualTo(400);
    }

    @Test
    void searchReturnsHitsAsTheCliPrintsThem() throws Exception {
        Reply reply = get("alice", "/api/v1/search?q=travel%20allowance%20Paris&k=3&mode=bm25");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode first = json(reply).get(0);
        assertThat(first.path("docId").asText()).isEqualTo("handbook:travel.md");
        for (String field : List.of("chunkId", "title", "source", "score", "text")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void oversizedBodyIs413AndChangesNothing() throws Exception {
        long before = documents();
        String big = "{\"title\": \"Big\", \"text\": \"" + "word ".repeat(20_000) + "\"}";
        Reply reply = put("admin", "/api/v1/documents/push:big", big);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(json(reply).path("error").asText()).isEqualTo("payload_too_large");
        assertThat(get("admin", "/api/v1/documents/push:big").status()).isEqualTo(404);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void unknownDocumentIs404() throws Exception {
        assertThat(get("alice", "/api/v1/documents/handbook:nope.md").status()).isEqualTo(404);
        Reply deleted = delete("admin", "/api/v1/documents/handbook:nope.md");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(json(deleted).path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void missingOrWrongCredentialsAre401() throws Exception {
        Reply none = get(null, "/api/v1/search?q=vpn");
        assertThat(none.status()).isEqualTo(401);
        assertThat(json(none).path("error").asText()).isEqualTo("unauthorized");
        Reply wrong = send(null, HttpRequest.newBuilder(uri("/api/v1/search?q=vpn"))
                .header("Authorization", "Basic YWxpY2U6d3Jvbmc="));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(post(null, "/api/v1/ask", "{\"question\": \"vpn?\"}").status()).isEqualTo(401);
    }

    @Test
    void sessionPostsNeedTheCsrfToken() throws Exception {
        var browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        var login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=alice-pw&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        var ask = HttpRequest.newBuilder(uri("/api/v1/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How do I connect to the VPN?\"}"));
        var forged = browser.send(ask.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forged.body()).path("message").asText()).contains("CSRF");

        JsonNode me = JSON.readTree(browser.send(HttpRequest.newBuilder(uri("/api/v1/me")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        assertThat(me.path("name").asText()).isEqualTo("alice");
        var allowed = browser.send(ask.header(me.path("csrfHeader").asText(), me.path("csrfToken").asText()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void writesWithoutIngestOrAdminRoleAre403AndChangeNothing() throws Exception {
        long before = documents();
        Reply reply = put("alice", "/api/v1/documents/push:note", "{\"title\": \"Note\", \"text\": \"Hello\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(json(reply).path("error").asText()).isEqualTo("forbidden");
        assertThat(delete("alice", "/api/v1/documents/handbook:travel.md").status()).isEqualTo(403);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void adminEndpointsNeedTheAdminRole() {
        for (String path : List.of("/api/v1/admin/status", "/api/v1/admin/feedback", "/api/v1/admin/jobs/x")) {
            assertThat(get("alice", path).status()).as(path).isEqualTo(403);
            assertThat(get("ingester", path).status()).as(path).isEqualTo(403);
        }
        assertThat(post("alice", "/api/v1/admin/reindex", "").status()).isEqualTo(403);
        assertThat(post("alice", "/api/v1/admin/sources/handbook/sync", "").status()).isEqualTo(403);
        assertThat(get("admin", "/api/v1/admin/status").status()).isEqualTo(200);
        assertThat(get("admin", "/api/v1/admin/jobs/no-such-job").status()).isEqualTo(404);
        assertThat(post("admin", "/api/v1/admin/sources/nope/sync", "").status()).isEqualTo(404);
    }

    @Test
    void pushedDocumentCanBeReadSearchedAndDeleted() throws Exception {
        Reply put = put("ingester", "/api/v1/documents/push:faq/parking.md",
                "{\"title\": \"Parking\", \"text\": \"Visitors park in garage level minus two, spaces 40 to 48.\", "
                        + "\"groups\": [\"everyone\"], \"url\": \"https://intranet.example/parking\"}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(json(put).path("status").asText()).isEqualTo("added");
        Reply view = get("alice", "/api/v1/documents/push:faq/parking.md");
        assertThat(view.status()).isEqualTo(200);
        assertThat(json(view).path("document").path("title").asText()).isEqualTo("Parking");
        assertThat(json(view).path("chunks").get(0).path("text").asText()).contains("garage level minus two");
        assertThat(get("alice", "/api/v1/documents?source=push").body()).contains("push:faq/parking.md");
        assertThat(get("alice", "/api/v1/search?q=visitor%20parking%20garage").body()).contains("push:faq/parking.md");

        assertThat(delete("ingester", "/api/v1/documents/push:faq/parking.md").status()).isEqualTo(204);
        assertThat(get("alice", "/api/v1/documents/push:faq/parking.md").status()).isEqualTo(404);
        assertThat(get("alice", "/api/v1/search?q=visitor%20parking%20garage").body()).doesNotContain("push:faq/parking.md");
    }

    @Test
    void pushNeedsTextOrHtml() throws Exception {
        Reply reply = put("admin", "/api/v1/documents/push:empty", "{\"title\": \"Empty\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("message").asText()).contains("'text'");
    }

    @Test
    void uploadedFileIsIngested() throws Exception {
        String boundary = "lore-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"canteen.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n<html><head><title>Canteen</title></head><body><h1>Canteen</h1>"
                + "<p>The canteen serves lunch from 11:30 to 14:00 on the ground floor.</p></body></html>\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"groups\"\r\n\r\neveryone\r\n"
                + "--" + boundary + "--\r\n";
        Reply reply = send("admin", HttpRequest.newBuilder(uri("/api/v1/documents/push:canteen.html"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(get("alice", "/api/v1/documents/push:canteen.html").body()).contains("lunch from 11:30");
        assertThat(delete("admin", "/api/v1/documents/push:canteen.html").status()).isEqualTo(204);
    }

    @Test
    void feedbackIsStoredForTheKnowledgeOwners() throws Exception {
        Reply given = post("alice", "/api/v1/feedback",
                "{\"rating\": \"down\", \"comment\": \"outdated profile link\", \"question\": \"vpn?\"}");
        assertThat(given.status()).isEqualTo(201);
        assertThat(post("alice", "/api/v1/feedback", "{\"comment\": \"no rating\"}").status()).isEqualTo(400);
        JsonNode list = json(get("admin", "/api/v1/admin/feedback"));
        assertThat(list.toString()).contains("outdated profile link").contains("\"user\":\"alice\"");
    }

    @Test
    void statusReportsSourcesGenerationAndModel() throws Exception {
        JsonNode status = json(get("admin", "/api/v1/admin/status"));
        assertThat(status.path("documents").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(status.path("generation").asLong()).isPositive();
        assertThat(status.path("mode").asText()).isEqualTo("extractive");
        assertThat(status.path("sources").findValuesAsText("name")).contains("handbook", "hr", "finance");
        assertThat(status.path("sources").get(0).path("lastSync").isNull()).isFalse();
    }

    @Test
    void openApiAndMetricsAreServed() throws Exception {
        Reply api = get("alice", "/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("/api/v1/ask/stream").contains("/api/v1/admin/reindex");
        post("alice", "/api/v1/ask", "{\"question\": \"How do I connect to the VPN?\"}");
        Reply metrics = get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("lore_answers_total").contains("lore_index_chunks")
                .contains("lore_ingest_documents_total").contains("http_server_requests_seconds_bucket");
        assertThat(get("alice", "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(get(null, "/actuator/health").status()).isEqualTo(200);
    }
}
