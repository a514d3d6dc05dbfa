/**
 * The privacy guard: configured endpoints must resolve to loopback, private or link-local addresses, or be explicitly
 * allowed, or the application refuses to start.
 */
package dev.lore.assistant.privacy;
