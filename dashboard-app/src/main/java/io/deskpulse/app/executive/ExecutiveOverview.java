package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.Period;
import java.util.List;

/**
 * Everything the executive page shows for one window, each part with the instant it was read.
 *
 * @param previous the period the changes are measured against
 */
public record ExecutiveOverview(TimeWindow window, Period period, Period previous,
        Fresh<List<MetricAttainment>> attainment,
        Fresh<AttainmentTrend> trend, Fresh<CustomerSatisfaction> satisfaction, Fresh<TicketVolume> volume,
        Fresh<BacklogTrend> backlog, Fresh<CostAndReturn> costAndReturn) {}
