/**
 * Slack-style chat bot: the Events API webhook ({@code POST /slack/events}) and the slash command
 * ({@code POST /slack/commands}). Every request is verified with Slack's v0 signing scheme before its body is parsed;
 * it is acknowledged at once and answered later on a bounded executor, through {@code chat.postMessage} in the
 * message's thread or at the command's {@code response_url}. In a direct message the asker's configured groups apply;
 * in a channel only documents readable by {@code everyone} are used, whoever asks. The same wire format serves
 * Slack-compatible platforms, whose API base URL must pass the privacy guard.
 */
package dev.lore.web.slack;
