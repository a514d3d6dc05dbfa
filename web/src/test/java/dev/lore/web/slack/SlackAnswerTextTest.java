package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackAnswerTextTest {

    private final SlackAnswerText text = new SlackAnswerText("https://lore.intranet/");

    @Test
    void markersBecomeLinksFollowedByTheSourceList() {
        var answer = new Answer("Install WireGuard [1] and import the profile [2].", false, List.of(
                new Citation(1, "handbook:it/vpn.md", "handbook:it/vpn.md#0", "VPN", "handbook", "it/vpn.md", "q"),
                new Citation(2, "wiki:https://wiki/x", "wiki:https://wiki/x#3", "Profiles", "wiki", "https://wiki/x", "q")),
                "extractive", "extractive", null, null, null, null);

        assertThat(text.render(answer)).isEqualTo("""
                Install WireGuard <https://lore.intranet/document.html?id=handbook%3Ait%2Fvpn.md&chunk=handbook%3Ait%2Fvpn.md%230|[1]> \
                and import the profile <https://wiki/x|[2]>.

                *Sources:*
                1. <https://lore.intranet/document.html?id=handbook%3Ait%2Fvpn.md&chunk=handbook%3Ait%2Fvpn.md%230|VPN>
                2. <https://wiki/x|Profiles>""");
    }

    @Test
    void documentTextCannotInjectLinksOrMentions() {
        var answer = new Answer("Ask <!channel> or <https://evil|click> & co", false, List.of(), "m", "m", null, null,
                null, null);

        assertThat(text.render(answer)).isEqualTo("Ask &lt;!channel&gt; or &lt;https://evil|click&gt; &amp; co");
    }

    @Test
    void abstentionSaysSoAndListsTheClosestSources() {
        var closest = new Citation(1, "handbook:it/wifi.md", "handbook:it/wifi.md#2", "Wi-Fi", "handbook", "it/wifi.md",
                "q");
        var answer = new Answer("I don't know.", true, List.of(), "extractive", "extractive", null, null, null, null,
                List.of(closest));

        assertThat(text.render(answer)).isEqualTo("I don't know.\n\n*Closest sources:*\n"
                + "1. <https://lore.intranet/document.html?id=handbook%3Ait%2Fwifi.md&chunk=handbook%3Ait%2Fwifi.md%232|Wi-Fi>");
    }

    @Test
    void markerWithoutCitationStaysText() {
        var answer = new Answer("Nothing to see [7].", false, List.of(), "m", "m", null, null, null, null);

        assertThat(text.render(answer)).isEqualTo("Nothing to see [7].");
    }
}
