package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {

    // The worked example of Slack's "Verifying requests from Slack" guide.
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignature at(long epochSecond, String secret) {
        return new SlackSignature(secret, Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void signsLikeSlacksWorkedExample() {
        assertThat(at(1531420618, SECRET).sign(TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsMatchingSignatureWithinFiveMinutes() {
        assertThat(at(1531420618 + 299, SECRET).verify(TIMESTAMP, EXPECTED, BODY)).isTrue();
        assertThat(at(1531420618 - 299, SECRET).verify(TIMESTAMP, EXPECTED, BODY)).isTrue();
    }

    @Test
    void rejectsReplayedOldTimestamp() {
        assertThat(at(1531420618 + 301, SECRET).verify(TIMESTAMP, EXPECTED, BODY)).isFalse();
    }

    @Test
    void rejectsChangedBodyWrongSecretAndMissingParts() {
        byte[] changed = BODY.clone();
        changed[changed.length - 1] = 'd';
        assertThat(at(1531420618, SECRET).verify(TIMESTAMP, EXPECTED, changed)).isFalse();
        assertThat(at(1531420618, "another-secret").verify(TIMESTAMP, EXPECTED, BODY)).isFalse();
        assertThat(at(1531420618, SECRET).verify(null, EXPECTED, BODY)).isFalse();
        assertThat(at(1531420618, SECRET).verify(TIMESTAMP, null, BODY)).isFalse();
        assertThat(at(1531420618, SECRET).verify("not-a-number", EXPECTED, BODY)).isFalse();
    }

    @Test
    void rejectsEverythingWithoutASigningSecret() {
        assertThat(at(1531420618, "").verify(TIMESTAMP, EXPECTED, BODY)).isFalse();
        assertThat(at(1531420618, null).verify(TIMESTAMP, EXPECTED, BODY)).isFalse();
    }
}
