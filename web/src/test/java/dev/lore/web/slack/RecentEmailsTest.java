package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentEmailsTest {

    private final List<String> lookups = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void asksThePlatformOncePerUserUntilTheEntryIsOld() {
        var emails = new RecentEmails(id -> {
            lookups.add(id);
            return Optional.of(id + "@example.test");
        }, 10, Duration.ofHours(1), clock);

        assertThat(emails.apply("U1")).hasValue("U1@example.test");
        assertThat(emails.apply("U1")).hasValue("U1@example.test");
        now = now.plus(Duration.ofMinutes(61));
        emails.apply("U1");

        assertThat(lookups).containsExactly("U1", "U1");
    }
}
