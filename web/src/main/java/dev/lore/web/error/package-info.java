/** API errors: the {@code {"error", "message"}} body and the single mapping from exceptions to HTTP statuses. */
package dev.lore.web.error;
