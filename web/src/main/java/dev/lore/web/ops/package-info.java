/** Operations: request ids in every log line, the request body limit, and the filters that carry them. */
package dev.lore.web.ops;
