package dev.lore.web.search;

import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.web.LoreProperties;
import dev.lore.web.security.Caller;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=&k=&mode=}: hits visible to the caller, as {@code lore search --json} prints them. */
@RestController
class SearchController {

    private final KnowledgeIndex index;
    private final int defaultK;

    SearchController(KnowledgeIndex index, LoreProperties properties) {
        this.index = index;
        this.defaultK = properties.api().defaultK();
    }

    @GetMapping("/api/v1/search")
    List<Hit> search(@RequestParam String q, @RequestParam(required = false) Integer k,
                     @RequestParam(defaultValue = "hybrid") String mode, Authentication authentication) {
        if (q.isBlank()) {
            throw new IllegalArgumentException("parameter 'q' must not be blank");
        }
        var request = new SearchRequest(q, SearchMode.parse(mode), k == null ? defaultK : k,
                Caller.of(authentication).groups());
        return index.search(request);
    }
}
