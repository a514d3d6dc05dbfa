package dev.lore.web.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/** The body of every API error: a short machine-readable {@code error} and a {@code message} naming the bad value. */
public record ApiError(String error, String message) {

    /** Writes this error as the response, for filters that run before Spring MVC. */
    public void write(HttpServletResponse response, int status, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), this);
    }
}
