/** Administration over HTTP: background jobs (reindex into a new generation, source sync) and the status report. */
package dev.lore.web.admin;
