package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two users with different groups: restricted text reaches only the group allowed to read it, in every response. */
class AccessFilterIT extends LoreServer {

    private static final String SALARY = "What is the salary band for senior engineers? HRSECRET";

    List<Reply> everyRead(String user, String question, String query) {
        var replies = new ArrayList<Reply>();
        for (String mode : List.of("bm25", "vector", "hybrid")) {
            replies.add(get(user, "/api/v1/search?k=50&mode=" + mode + "&q=" + query));
        }
        replies.add(post(user, "/api/v1/ask", "{\"question\": \"" + question + "\"}"));
        replies.add(post(user, "/api/v1/ask/stream", "{\"question\": \"" + question + "\"}"));
        replies.add(get(user, "/api/v1/documents"));
        replies.add(get(user, "/api/v1/documents?source=hr"));
        return replies;
    }

    @Test
    void restrictedDocumentNeverReachesOutsiders() {
        for (Reply reply : everyRead("alice", SALARY, "salary%20band%20senior%20engineers%20HRSECRET-PINEAPPLE")) {
            assertThat(reply.body()).doesNotContain(HR_SECRET).doesNotContain("hr:salaries.md")
                    .doesNotContain(FINANCE_SECRET);
        }
        for (Reply reply : everyRead("fred", SALARY, "salary%20band%20senior%20engineers%20HRSECRET-PINEAPPLE")) {
            assertThat(reply.body()).doesNotContain(HR_SECRET).doesNotContain("hr:salaries.md");
        }
        for (String user : List.of("alice", "fred")) {
            Reply direct = get(user, "/api/v1/documents/hr:salaries.md");
            assertThat(direct.status()).isEqualTo(404);
            assertThat(direct.body()).doesNotContain(HR_SECRET).doesNotContain("Salary bands");
        }
        assertThat(get("alice", "/api/v1/documents/finance:budget.md").status()).isEqualTo(404);
    }

    @Test
    void groupMembersReadTheirRestrictedDocuments() {
        assertThat(get("harriet", "/api/v1/search?q=salary%20band%20senior%20engineers").body()).contains(HR_SECRET);
        assertThat(post("harriet", "/api/v1/ask", "{\"question\": \"" + SALARY + "\"}").body())
                .contains("hr:salaries.md");
        assertThat(get("harriet", "/api/v1/documents/hr:salaries.md").status()).isEqualTo(200);
        assertThat(get("harriet", "/api/v1/documents/finance:budget.md").status()).isEqualTo(404);
        assertThat(get("fred", "/api/v1/search?q=marketing%20budget").body()).contains(FINANCE_SECRET);
    }
}
