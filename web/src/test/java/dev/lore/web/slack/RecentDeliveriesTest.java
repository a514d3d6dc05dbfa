package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentDeliveriesTest {

    @Test
    void aMessageIsFirstOnceWhicheverKeyRepeats() {
        var deliveries = new RecentDeliveries(100);

        assertThat(deliveries.firstTime("event:E1", "message:C1:1.1")).isTrue();
        assertThat(deliveries.firstTime("event:E1", "message:C1:1.1")).isFalse();
        assertThat(deliveries.firstTime("event:E2", "message:C1:1.1")).as("same message, other event id").isFalse();
        assertThat(deliveries.firstTime(null, "message:C1:2.2")).isTrue();
    }

    @Test
    void forgottenDeliveryCountsAgainAndOldestAreForgottenFirst() {
        var deliveries = new RecentDeliveries(2);
        deliveries.firstTime("a");
        deliveries.forget("a");
        assertThat(deliveries.firstTime("a")).isTrue();

        deliveries.firstTime("b");
        deliveries.firstTime("c");
        assertThat(deliveries.firstTime("a")).as("evicted").isTrue();
    }
}
