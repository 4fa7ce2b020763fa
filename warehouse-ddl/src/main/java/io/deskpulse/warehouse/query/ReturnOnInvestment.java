package io.deskpulse.warehouse.query;

import java.time.Duration;

/**
 * What the desk costs and what it gained over a period, against the baseline of {@code roi_baseline}
 * (docs/metrics.md, "Cost and return"). Plain arithmetic over sums the warehouse returns.
 *
 * @param resolved tickets resolved in the period
 * @param workMinutes minutes of work logged
 * @param labourCost work minutes at each region's hourly rate
 * @param clocksWithOutcome SLA clocks met or breached
 * @param breached of those, breached
 * @param resolutions resolutions counted by the satisfaction cells
 * @param firstContactResolutions of those, first-contact and not reopened
 */
public record ReturnOnInvestment(Period period, String currency, long resolved, long workMinutes, double labourCost,
        long clocksWithOutcome, long breached, long resolutions, long firstContactResolutions, Baseline baseline) {

    /** The desk before DeskPulse, and the investment. */
    public record Baseline(double minutesPerTicket, double breachRate, double breachPenalty, double firstContactRate,
            double repeatContactCost, double investment, double monthlyRunCost, double hourlyCost) {}

    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** Labour cost per resolved ticket; NaN with no resolution. */
    public double costPerTicket() {
        return resolved == 0 ? Double.NaN : labourCost / resolved;
    }

    /** Hours not spent compared with the baseline minutes per ticket (never negative). */
    public double hoursSaved() {
        return Math.max(0, baseline.minutesPerTicket() * resolved - workMinutes) / 60;
    }

    /** Breaches that the baseline breach rate would have had and the period did not. */
    public double breachesAvoided() {
        return baseline.breachRate() * clocksWithOutcome - breached;
    }

    /** Repeat contacts saved by resolving more tickets at first contact than the baseline. */
    public double repeatContactsAvoided() {
        return firstContactResolutions - baseline.firstContactRate() * resolutions;
    }

    /** Hours saved, breach penalties avoided and repeat contacts avoided, in money. */
    public double benefit() {
        return hoursSaved() * baseline.hourlyCost() + breachesAvoided() * baseline.breachPenalty()
                + repeatContactsAvoided() * baseline.repeatContactCost();
    }

    /** The benefit per month of the period, minus the product's running cost. */
    public double netMonthlyBenefit() {
        double months = Duration.between(period.from(), period.to()).toSeconds() / 86_400.0 / DAYS_PER_MONTH;
        return benefit() / months - baseline.monthlyRunCost();
    }

    /** Months until the investment is paid back at this period's pace; infinite when it never is. */
    public double paybackMonths() {
        double net = netMonthlyBenefit();
        return net <= 0 ? Double.POSITIVE_INFINITY : baseline.investment() / net;
    }
}
