/**
 * The server and command-line tool: {@link dev.lore.web.LoreApplication} dispatches between them, {@link
 * dev.lore.web.LoreProperties} holds every {@code lore.*} setting, and {@link dev.lore.web.Components} builds the lower
 * modules' parts the same way for both.
 */
package dev.lore.web;
