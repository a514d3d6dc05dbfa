package dev.lore.web.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature: {@code v0=} and the hex HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} with the signing
 * secret, accepted only within the allowed clock skew so that a captured request cannot be replayed later.
 */
final class SlackSignature {

    private final byte[] secret;
    private final Duration maxSkew;
    private final Clock clock;

    SlackSignature(String signingSecret, Duration maxSkew, Clock clock) {
        this.secret = signingSecret == null ? new byte[0] : signingSecret.getBytes(StandardCharsets.UTF_8);
        this.maxSkew = maxSkew;
        this.clock = clock;
    }

    /** True when the signature matches the raw body and the timestamp is fresh; false for anything missing. */
    boolean verify(String timestamp, String signature, byte[] body) {
        if (secret.length == 0 || timestamp == null || signature == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > maxSkew.toSeconds()) {
            return false;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code v0=...} signature of a body sent at the given timestamp. */
    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
