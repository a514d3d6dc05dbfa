package dev.lore.web.documents;

import jakarta.validation.constraints.Size;
import java.util.Set;

/** JSON body of {@code PUT /api/v1/documents/{id}}: exactly one of {@code text} (Markdown or plain) or {@code html}. */
record PushRequest(@Size(max = 500) String title, String text, String html, @Size(max = 100) String source,
                   @Size(max = 2000) String url, Set<@Size(max = 100) String> groups) {
}
