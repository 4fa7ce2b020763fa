package io.deskpulse.ingestion.simulator;

import static io.deskpulse.events.Priority.P1;
import static io.deskpulse.events.Priority.P2;
import static io.deskpulse.events.Priority.P3;
import static io.deskpulse.events.Priority.P4;

import java.util.List;

/** The categories tickets are filed under: three levels, {@code root/area/problem}, kept as leaves. */
record CategoryTree(List<Category> leaves) {

    static CategoryTree standard() {
        return new CategoryTree(List.of(
                new Category("hardware/printer/jam", 6, P3, 0.35, false, "Printer on floor %d jams on every job"),
                new Category("hardware/printer/toner", 4, P4, 0.5, false, "Toner empty on printer %d"),
                new Category("hardware/printer/offline", 3, P3, 0.3, true, "Printer %d shows offline for everyone"),
                new Category("hardware/laptop/battery", 3, P3, 0.15, false, "Laptop battery drains within %d minutes"),
                new Category("hardware/laptop/screen", 2, P3, 0.05, false, "Laptop screen flickers after %d minutes"),
                new Category("hardware/laptop/keyboard", 2, P4, 0.05, false, "%d keys on my laptop stopped working"),
                new Category("hardware/phone/broken", 2, P3, 0.05, false, "Desk phone in room %d is dead"),
                new Category("hardware/phone/setup", 2, P4, 0.4, false, "Phone set-up for new starter no. %d"),
                new Category("software/email/sync", 6, P3, 0.3, true, "Mailbox stopped syncing on %d devices"),
                new Category("software/email/quota", 3, P4, 0.6, false, "Mailbox over quota by %d MB"),
                new Category("software/office/license", 3, P4, 0.45, false, "Office licence expired for %d users"),
                new Category("software/office/crash", 3, P3, 0.2, false, "Excel crashes on files over %d MB"),
                new Category("software/erp/login", 4, P2, 0.3, true, "ERP login fails for %d users"),
                new Category("software/erp/report", 3, P3, 0.1, false, "ERP report %d shows wrong totals"),
                new Category("access/password/reset", 8, P3, 0.8, false, "Password reset, locked out since %d:00"),
                new Category("access/password/expired", 4, P4, 0.75, false, "Password expired %d days ago"),
                new Category("access/account/locked", 5, P3, 0.7, false, "Account locked after %d failed logins"),
                new Category("access/account/new-user", 3, P4, 0.1, false, "New account for starter no. %d"),
                new Category("access/permissions/shared-drive", 4, P4, 0.5, false, "Access to project %d's drive"),
                new Category("access/permissions/app-role", 2, P3, 0.3, false, "Role missing after %d days away"),
                new Category("network/vpn/connect", 5, P2, 0.35, true, "VPN drops every %d minutes"),
                new Category("network/vpn/slow", 3, P3, 0.2, false, "VPN slow, %d Mbit/s at best"),
                new Category("network/wifi/no-signal", 3, P3, 0.15, false, "No Wi-Fi in meeting room %d"),
                new Category("network/wifi/auth", 2, P3, 0.4, true, "Wi-Fi rejects my login %d times a day"),
                new Category("network/outage/site-down", 1, P1, 0.0, true, "Building %d has no network")));
    }

    List<Category> incidentProne() {
        return leaves.stream().filter(Category::incidentProne).toList();
    }

    double totalWeight() {
        return leaves.stream().mapToDouble(Category::weight).sum();
    }
}
