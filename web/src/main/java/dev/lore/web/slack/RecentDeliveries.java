package dev.lore.web.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the most recent deliveries (event ids and message keys) so a retried or duplicated event is answered once;
 * bounded, the oldest forgotten first.
 */
final class RecentDeliveries {

    private final Map<String, Boolean> seen;

    RecentDeliveries(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time any of these keys is offered; records all of them. Null keys are ignored. */
    synchronized boolean firstTime(String... keys) {
        boolean first = true;
        for (String key : keys) {
            if (key != null && seen.containsKey(key)) {
                first = false;
            }
        }
        for (String key : keys) {
            if (key != null) {
                seen.put(key, Boolean.TRUE);
            }
        }
        return first;
    }

    /** Forgets keys, so that a delivery that could not be handled is handled when it is retried. */
    synchronized void forget(String... keys) {
        for (String key : keys) {
            if (key != null) {
                seen.remove(key);
            }
        }
    }
}
