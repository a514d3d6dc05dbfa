/** Questions and answers over HTTP: the whole answer as JSON, or streamed as server-sent events. */
package dev.lore.web.ask;
