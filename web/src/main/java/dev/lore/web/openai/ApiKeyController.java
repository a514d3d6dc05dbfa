package dev.lore.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lore.web.error.ApiError;
import dev.lore.web.security.UserDirectory;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin management of API keys (the main security chain requires ADMIN under {@code /api/v1/admin/**}). */
@RestController
@RequestMapping("/api/v1/admin/api-keys")
class ApiKeyController {

    private final ApiKeyStore keys;
    private final UserDirectory users;

    ApiKeyController(ApiKeyStore keys, @Lazy UserDirectory users) {
        this.keys = keys;
        this.users = users;
    }

    /** Creates a key acting as a configured user; the response is the only time the key is shown. */
    @PostMapping
    ResponseEntity<?> create(@RequestBody JsonNode body) {
        String user = body.path("user").asText("").strip();
        if (user.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "missing_field", "field 'user' is required");
        }
        if (users.find(user).isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "invalid_field", "field 'user': no configured user '" + user + "'");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.create(user));
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return keys.list().stream()
                .map(k -> Map.<String, Object>of("id", k.id(), "user", k.user(), "created", k.created()))
                .toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> revoke(@PathVariable String id) {
        return keys.revoke(id) ? ResponseEntity.noContent().build()
                : error(HttpStatus.NOT_FOUND, "not_found", "no API key with id '" + id + "'");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, message));
    }
}
