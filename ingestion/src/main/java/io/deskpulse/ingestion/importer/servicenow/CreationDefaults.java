package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.ingestion.importer.profile.BoundProfile;
import io.deskpulse.ingestion.importer.profile.FieldValues;
import io.deskpulse.ingestion.importer.profile.Need;
import io.deskpulse.ingestion.importer.profile.ProfileException;
import io.deskpulse.ingestion.importer.sheet.SheetRow;

/**
 * The profile's defaults for what a ticket is created with, typed: used when a value is unknown on
 * every row of an incident. Read through the profile like a blank row, so a default that the
 * ticket could not use (a priority {@code P9}) stops the import before it starts.
 */
record CreationDefaults(Priority priority, Channel channel, String region, String category, String customerTier) {

    static CreationDefaults of(BoundProfile bound) {
        FieldValues blank = bound.read(new SheetRow(0, new String[0]));
        CreationDefaults defaults = new CreationDefaults(
                blank.priority("priority", Need.OR_DEFAULT),
                blank.channel("channel", Need.OR_DEFAULT),
                blank.text("region", Need.OR_DEFAULT),
                blank.text("category", Need.OR_DEFAULT),
                blank.text("customerTier", Need.OR_DEFAULT));
        if (!blank.problems().isEmpty()) {
            var problem = blank.problems().getFirst();
            throw new ProfileException("profile " + bound.profile().name() + ": the default of " + problem.column()
                    + " cannot be used: " + problem.reason());
        }
        return defaults;
    }
}
