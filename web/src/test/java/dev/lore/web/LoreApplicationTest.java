package dev.lore.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoreApplicationTest {

    @Test
    void serverStartsWithoutArgumentsWithServeOrWithOnlySpringSettings() {
        assertThat(LoreApplication.isServe(new String[0])).isTrue();
        assertThat(LoreApplication.isServe(new String[] {"serve", "--server.port=9090"})).isTrue();
        assertThat(LoreApplication.isServe(new String[] {"--server.port=9090", "--lore.index.dir=/tmp/x"})).isTrue();
        assertThat(LoreApplication.isServe(new String[] {"serve", "--help"})).isFalse();
        assertThat(LoreApplication.isServe(new String[] {"search", "vpn"})).isFalse();
        assertThat(LoreApplication.isServe(new String[] {"--help"})).isFalse();
    }
}
