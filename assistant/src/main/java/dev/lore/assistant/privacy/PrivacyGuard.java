package dev.lore.assistant.privacy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses endpoints outside the company network: a host must resolve only to loopback, private (RFC 1918, IPv6 unique
 * local) or link-local addresses, or be listed in {@code lore.privacy.allowed-hosts} (exact names, or {@code *.suffix}
 * patterns). Used at start-up for model endpoints and chat platform API base URLs.
 */
public final class PrivacyGuard {

    private final Set<String> allowedHosts;

    public PrivacyGuard(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts == null ? Set.of() : allowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Checks the host of a URL; {@code what} names the setting in the error message. */
    public void checkUrl(String url, String what) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new PrivacyException(what + " is not a valid URL: '" + url + "'");
        }
        if (uri.getHost() == null) {
            throw new PrivacyException(what + " has no host: '" + url + "'");
        }
        checkHost(uri.getHost(), what);
    }

    /** Checks one host name or address literal. */
    public void checkHost(String host, String what) {
        var name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (isAllowed(name)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new PrivacyException(what + ": host '" + host + "' does not resolve and is not in lore.privacy.allowed-hosts");
        }
        var outside = Arrays.stream(addresses).filter(a -> !isInternal(a)).findFirst();
        if (outside.isPresent()) {
            throw new PrivacyException(what + ": host '" + host + "' resolves to public address "
                    + outside.get().getHostAddress() + "; only loopback, private and link-local addresses are allowed"
                    + " unless the host is listed in lore.privacy.allowed-hosts");
        }
    }

    private boolean isAllowed(String host) {
        return allowedHosts.contains(host) || allowedHosts.stream()
                .anyMatch(p -> p.startsWith("*.") && host.endsWith(p.substring(1)));
    }

    /** Whether an address is loopback, private or link-local. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        // IPv6 unique local addresses (fc00::/7) are the IPv6 private range; Java's isSiteLocalAddress only knows fec0::/10.
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
