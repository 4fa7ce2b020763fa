package io.deskpulse.app.api;

/** The system behind an API token; its events carry the source {@code api:<name>}. */
public record ApiClient(String name) {

    public String source() {
        return "api:" + name;
    }
}
