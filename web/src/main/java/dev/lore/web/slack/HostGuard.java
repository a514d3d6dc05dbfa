package dev.lore.web.slack;

import java.net.URI;

/** Refuses to send answers to a host outside the company network unless it is explicitly allowed. */
interface HostGuard {

    /** Throws when the URL's host is not loopback, private or allowed; {@code what} names the setting in the message. */
    void check(URI url, String what);
}
