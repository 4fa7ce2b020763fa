package io.deskpulse.app.ticket.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.TicketService;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.warehouse.query.TicketQueries.AgentHome;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The actions on one ticket as a compact menu: reply, internal note, pending customer, on hold,
 * resolve for whoever handles tickets; reassign, priority and escalate for managers. Each asks for
 * what it needs in a small dialog, publishes through {@link TicketService} (which checks scope and
 * role again: the menu only spares the viewer a refusal) and says how it went.
 */
public final class TicketActions extends MenuBar {

    /** What an action does on success: the queue reloads, the detail page re-reads the ticket. */
    public interface Done {
        void after(String ticketId);
    }

    private interface Action {
        CompletableFuture<Void> run() throws OutOfScopeException, WarehouseUnavailableException;
    }

    private final transient TicketService tickets;
    private final Viewer viewer;
    private final String ticketId;
    private final Done done;

    public TicketActions(TicketService tickets, Viewer viewer, String ticketId, String priority, Done done) {
        this.tickets = tickets;
        this.viewer = viewer;
        this.ticketId = ticketId;
        this.done = done;
        setId("actions-" + ticketId);
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        SubMenu menu = addItem("Actions").getSubMenu();
        if (viewer.mayHandle()) {
            item(menu, "Reply to customer", "reply", () -> run("Reply sent", () -> tickets.reply(viewer, ticketId, true)));
            item(menu, "Internal note", "note", () -> run("Note added", () -> tickets.reply(viewer, ticketId, false)));
            item(menu, "Pending customer...", "pending", () -> setAside(TicketStatus.PENDING_CUSTOMER));
            item(menu, "On hold...", "hold", () -> setAside(TicketStatus.ON_HOLD));
            item(menu, "Resolve...", "resolve", this::resolve);
        }
        if (viewer.mayDirect()) {
            item(menu, "Reassign...", "reassign", this::reassign);
            item(menu, "Change priority...", "priority", () -> changePriority(priority));
            item(menu, "Escalate", "escalate", () -> run("Escalated", () -> tickets.escalate(viewer, ticketId)));
        }
    }

    private void item(SubMenu menu, String text, String id, Runnable click) {
        MenuItem item = menu.addItem(text, event -> click.run());
        item.setId("action-" + id + "-" + ticketId);
    }

    private void setAside(TicketStatus status) {
        ComboBox<String> reason = new ComboBox<>("Reason", TicketService.SET_ASIDE_REASONS);
        reason.setId("action-reason");
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(e -> reason.setValue(e.getDetail()));
        reason.setRequired(true);
        String title = status == TicketStatus.PENDING_CUSTOMER ? "Pending customer" : "On hold";
        confirm(title + ": " + ticketId, reason, () -> {
            if (reason.isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why: the SLA clock records it with the pause");
                return false;
            }
            run(title, () -> tickets.setAside(viewer, ticketId, status, reason.getValue()));
            return true;
        });
    }

    private void resolve() {
        TextField code = new TextField("Resolution code");
        code.setId("action-resolution-code");
        code.setValue("solved");
        Checkbox firstContact = new Checkbox("Solved at first contact");
        firstContact.setId("action-first-contact");
        confirm("Resolve " + ticketId, new VerticalLayout(code, firstContact), () -> {
            if (code.isEmpty()) {
                code.setInvalid(true);
                code.setErrorMessage("A resolution code is required");
                return false;
            }
            run("Resolved", () -> tickets.resolve(viewer, ticketId, code.getValue(), firstContact.getValue()));
            return true;
        });
    }

    private void reassign() {
        List<AgentHome> agents;
        try {
            agents = tickets.assignees(viewer);
        } catch (WarehouseUnavailableException e) {
            show("Agents cannot be listed right now: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
            return;
        }
        ComboBox<AgentHome> agent = new ComboBox<>("Agent", agents);
        agent.setId("action-agent");
        agent.setItemLabelGenerator(a -> a.agentId() + " (" + a.team() + ")");
        confirm("Reassign " + ticketId, agent, () -> {
            if (agent.isEmpty()) {
                agent.setInvalid(true);
                agent.setErrorMessage("Choose an agent");
                return false;
            }
            run("Reassigned to " + agent.getValue().agentId(),
                    () -> tickets.reassign(viewer, ticketId, agent.getValue().agentId()));
            return true;
        });
    }

    private void changePriority(String current) {
        ComboBox<Priority> priority = new ComboBox<>("Priority", Priority.values());
        priority.setId("action-new-priority");
        priority.setValue(Priority.valueOf(current));
        confirm("Priority of " + ticketId, priority, () -> {
            if (priority.isEmpty()) {
                priority.setInvalid(true);
                return false;
            }
            run("Priority set to " + priority.getValue(),
                    () -> tickets.changePriority(viewer, ticketId, priority.getValue()));
            return true;
        });
    }

    /** A dialog with {@code content}; {@code ok} returns false to keep it open (a field is invalid). */
    private void confirm(String title, Component content, BooleanSupplier ok) {
        Dialog dialog = new Dialog(title);
        dialog.setId("action-dialog");
        dialog.add(content);
        Button confirm = new Button("Confirm", click -> {
            if (ok.getAsBoolean()) {
                dialog.close();
            }
        });
        confirm.setId("action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(String success, Action action) {
        UI ui = UI.getCurrent();
        CompletableFuture<Void> sent;
        try {
            sent = action.run();
        } catch (OutOfScopeException e) {
            show(e.getMessage(), NotificationVariant.LUMO_ERROR);
            return;
        } catch (WarehouseUnavailableException e) {
            show("Not sent: the warehouse cannot be read right now. Try again.", NotificationVariant.LUMO_ERROR);
            return;
        } catch (IllegalArgumentException e) {
            show("Not sent: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
            return;
        }
        sent.whenComplete((ok, error) -> ui.access(() -> {
            if (error == null) {
                show(success + ": " + ticketId, NotificationVariant.LUMO_SUCCESS);
                done.after(ticketId);
            } else {
                show("Not sent, the event broker did not confirm it: try again.", NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setId("action-outcome");
    }
}
