package dev.lore.web.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chat users' e-mail addresses as the platform reported them, kept for a while so that a conversation does not call
 * {@code users.info} (rate limited) for every message; bounded, least recently used forgotten first.
 */
final class RecentEmails implements Function<String, Optional<String>> {

    private record Fetched(Optional<String> email, Instant at) {
    }

    private final Function<String, Optional<String>> lookup;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Fetched> entries;

    RecentEmails(Function<String, Optional<String>> lookup, int capacity, Duration maxAge, Clock clock) {
        this.lookup = lookup;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fetched> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Optional<String> apply(String userId) {
        synchronized (entries) {
            Fetched entry = entries.get(userId);
            if (entry != null && Duration.between(entry.at(), clock.instant()).compareTo(maxAge) < 0) {
                return entry.email();
            }
        }
        Optional<String> email = lookup.apply(userId);
        synchronized (entries) {
            entries.put(userId, new Fetched(email, clock.instant()));
        }
        return email;
    }
}
