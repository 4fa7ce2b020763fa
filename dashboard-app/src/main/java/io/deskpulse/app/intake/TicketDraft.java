package io.deskpulse.app.intake;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The intake form's content: a mutable bean for Vaadin's {@code Binder}. */
public class TicketDraft {

    public static final List<String> CUSTOMER_TIERS = List.of("VIP1", "VIP2", "VIP3", "STANDARD");
    public static final String SOURCE = "intake";

    private String customerId = "";
    private String customerTier = "STANDARD";
    private String region = "";
    private String team = "";
    private String category = "";
    private Priority priority = Priority.P3;
    private Channel channel = Channel.PHONE;
    private String subject = "";

    public TicketCreated toEvent(String ticketId, Instant createdAt) {
        return new TicketCreated(UUID.randomUUID(), ticketId, createdAt, SOURCE, customerId.strip(), customerTier,
                region.strip(), team.strip(), category.strip(), priority, channel, subject.strip());
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getCustomerTier() {
        return customerTier;
    }

    public void setCustomerTier(String customerTier) {
        this.customerTier = customerTier;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
