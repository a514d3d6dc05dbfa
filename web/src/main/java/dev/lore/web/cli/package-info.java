/**
 * The {@code lore} command line (picocli): the root command, one class per subcommand, the single mapping from
 * failures to exit codes, and the offline and server-backed paths of the admin commands.
 */
package dev.lore.web.cli;
