/**
 * Who may see what: Spring Security with Vaadin's {@code VaadinSecurityConfigurer} (form login
 * through the Vaadin login view, view access from {@code @RolesAllowed}), the four roles, and the
 * in-memory demo users.
 */
package io.deskpulse.app.security;
