/**
 * Users, groups and roles: configured users (form login and HTTP Basic), the JWT resource server, the {@link
 * dev.lore.web.security.Caller} every controller filters by, and the sign-in page.
 */
package dev.lore.web.security;
