package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.ReturnOnInvestment;

/**
 * Cost and return over the period (docs/metrics.md, "Cost and return").
 *
 * @param previousCostPerTicket labour cost per resolved ticket in the previous period; NaN without resolutions
 */
public record CostAndReturn(ReturnOnInvestment current, double previousCostPerTicket) {

    /** Relative change of the cost per ticket, e.g. -0.05 for 5 % cheaper; NaN when either is unknown. */
    public double costPerTicketChange() {
        return current.costPerTicket() / previousCostPerTicket - 1;
    }
}
