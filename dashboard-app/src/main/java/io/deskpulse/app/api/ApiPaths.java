package io.deskpulse.app.api;

/** Where the API lives; version 1 of the paths. */
final class ApiPaths {

    static final String ROOT = "/api";
    static final String V1 = ROOT + "/v1";
    static final String OPENAPI = V1 + "/openapi.json";
    static final String EVENT_SCHEMA = V1 + "/schema/ticket-event.json";

    private ApiPaths() {}
}
