package dev.lore.web.slack;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Allows hosts that are named in {@code lore.privacy.allowed-hosts} or resolve only to loopback, private
 * (site-local, link-local, IPv6 unique-local) addresses.
 */
final class AllowListHostGuard implements HostGuard {

    private final Set<String> allowedHosts;

    AllowListHostGuard(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Override
    public void check(URI url, String what) {
        String host = url.getHost();
        if (host == null) {
            throw new IllegalStateException(what + " has no host: " + url);
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPrivate(address)) {
                    throw new IllegalStateException(what + " host " + host + " resolves to public address "
                            + address.getHostAddress() + "; add it to lore.privacy.allowed-hosts to allow it");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(what + " host " + host + " does not resolve", e);
        }
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal;
    }
}
