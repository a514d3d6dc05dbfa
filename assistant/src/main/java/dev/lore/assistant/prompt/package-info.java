/** The grounded prompt: numbered passages fenced as quoted data, the question, and the citation rules. */
package dev.lore.assistant.prompt;
