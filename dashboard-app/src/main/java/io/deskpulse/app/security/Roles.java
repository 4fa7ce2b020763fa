package io.deskpulse.app.security;

/** Role names as used in {@code @RolesAllowed} (Spring Security adds the {@code ROLE_} prefix). */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String MANAGER = "MANAGER";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
