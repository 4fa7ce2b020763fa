package io.deskpulse.events;

import java.util.Locale;

/** Where a ticket came in. Serialized in lower case, as in the event contract. */
public enum Channel {
    PHONE, EMAIL, WEB, CHAT, WECHAT, API;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
