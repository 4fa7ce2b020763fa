package io.deskpulse.app.ticket.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The actions on a ticket: reply, internal note, pending customer, on hold, resolve for whoever
 * handles tickets; reassign, priority and escalate for managers. Each asks for what it needs in a
 * small dialog, publishes through {@link TicketService} (which checks scope and role again: the
 * menu only spares the viewer a refusal) and says how it went. Offered as a menu button on the
 * ticket page and as a menu on the rows of a grid, opened by a click on the row (with "Open
 * ticket" first): a grid's menu belongs to the grid, not to its rows, so the grid may reload under
 * it while it is open, which a menu button in each row would not survive.
 */
public final class TicketActions {

    /** What an action does on success: the queue reloads, the detail page re-reads the ticket. */
    public interface Done {
        void after(String ticketId);
    }

    private interface Action {
        CompletableFuture<Void> run() throws OutOfScopeException, WarehouseUnavailableException;
    }

    private record Entry(String id, String label, Runnable click) {}

    private final TicketService tickets;
    private final Viewer viewer;
    private final Done done;

    public TicketActions(TicketService tickets, Viewer viewer, Done done) {
        this.tickets = tickets;
        this.viewer = viewer;
        this.done = done;
    }

    /** A menu button with the actions on one ticket. */
    public MenuBar menuFor(String ticketId, String priority) {
        MenuBar bar = new MenuBar();
        bar.setId("actions-" + ticketId);
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        SubMenu menu = bar.addItem("Actions").getSubMenu();
        for (Entry entry : entries(ticketId, priority)) {
            menu.addItem(entry.label(), event -> entry.click().run()).setId(entry.id());
        }
        return bar;
    }

    /** The actions as a menu on each row of {@code grid}, opened by a click on the row. */
    public <T> void addTo(Grid<T> grid, Function<T, String> ticketId, Function<T, String> priority) {
        GridContextMenu<T> menu = grid.addContextMenu();
        menu.setOpenOnClick(true);
        menu.setDynamicContentHandler(row -> {
            menu.removeAll();
            if (row == null) {
                return false;
            }
            String id = ticketId.apply(row);
            menu.addItem("Open ticket", event -> UI.getCurrent().navigate(TicketView.class, id))
                    .setId("action-open-" + id);
            for (Entry entry : entries(id, priority.apply(row))) {
                menu.addItem(entry.label(), event -> entry.click().run()).setId(entry.id());
            }
            return true;
        });
    }

    private List<Entry> entries(String ticketId, String priority) {
        List<Entry> entries = new ArrayList<>();
        if (viewer.mayHandle()) {
            entries.add(new Entry("action-reply-" + ticketId, "Reply to customer",
                    () -> run(ticketId, "Reply sent", () -> tickets.reply(viewer, ticketId, true))));
            entries.add(new Entry("action-note-" + ticketId, "Internal note",
                    () -> run(ticketId, "Note added", () -> tickets.reply(viewer, ticketId, false))));
            entries.add(new Entry("action-pending-" + ticketId, "Pending customer...",
                    () -> setAside(ticketId, TicketStatus.PENDING_CUSTOMER)));
            entries.add(new Entry("action-hold-" + ticketId, "On hold...", () -> setAside(ticketId, TicketStatus.ON_HOLD)));
            entries.add(new Entry("action-resolve-" + ticketId, "Resolve...", () -> resolve(ticketId)));
        }
        if (viewer.mayDirect()) {
            entries.add(new Entry("action-reassign-" + ticketId, "Reassign...", () -> reassign(ticketId)));
            entries.add(new Entry("action-priority-" + ticketId, "Change priority...",
                    () -> changePriority(ticketId, priority)));
            entries.add(new Entry("action-escalate-" + ticketId, "Escalate",
                    () -> run(ticketId, "Escalated", () -> tickets.escalate(viewer, ticketId))));
        }
        return entries;
    }

    private void setAside(String ticketId, TicketStatus status) {
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
            run(ticketId, title, () -> tickets.setAside(viewer, ticketId, status, reason.getValue()));
            return true;
        });
    }

    private void resolve(String ticketId) {
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
            run(ticketId, "Resolved", () -> tickets.resolve(viewer, ticketId, code.getValue(), firstContact.getValue()));
            return true;
        });
    }

    private void reassign(String ticketId) {
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
            run(ticketId, "Reassigned to " + agent.getValue().agentId(),
                    () -> tickets.reassign(viewer, ticketId, agent.getValue().agentId()));
            return true;
        });
    }

    private void changePriority(String ticketId, String current) {
        ComboBox<Priority> priority = new ComboBox<>("Priority", Priority.values());
        priority.setId("action-new-priority");
        priority.setValue(Priority.valueOf(current));
        confirm("Priority of " + ticketId, priority, () -> {
            if (priority.isEmpty()) {
                priority.setInvalid(true);
                return false;
            }
            run(ticketId, "Priority set to " + priority.getValue(),
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

    private void run(String ticketId, String success, Action action) {
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
