package dev.lore.web.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.error.ApiError;
import dev.lore.web.error.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over {@code lore.api.max-body-size} with 413: at once when Content-Length says so, otherwise
 * when the streamed body crosses the limit (before anything is written to the index).
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ObjectMapper json;

    public BodySizeLimitFilter(long limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            new ApiError("payload_too_large", message()).write(response, 413, json);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private String message() {
        return "request body exceeds the limit of " + limit + " bytes (lore.api.max-body-size)";
    }

    private final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long count;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(message());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
