package io.deskpulse.app.executive.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.deskpulse.app.base.ui.Tile;
import io.deskpulse.app.executive.CostAndReturn;
import io.deskpulse.app.executive.Fresh;
import io.deskpulse.warehouse.query.ReturnOnInvestment;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Return on investment against the baseline (docs/metrics.md, "Cost and return"): what the period
 * saved in hours, breach penalties and repeat contacts, and when the investment pays back.
 */
final class ReturnTile extends Tile {

    ReturnTile() {
        super("tile-return", "Return on investment");
        spanning(4);
    }

    void show(Fresh<CostAndReturn> fresh, ZoneId zone) {
        ReturnOnInvestment roi = fresh.value().current();
        ReturnOnInvestment.Baseline baseline = roi.baseline();
        String currency = roi.currency();
        Div figures = new Div(
                row("Hours saved", Figures.hours(roi.hoursSaved()),
                        "worth " + Figures.money(roi.hoursSaved() * baseline.hourlyCost(), currency)),
                row("Breach penalties avoided", Figures.money(roi.breachesAvoided() * baseline.breachPenalty(), currency),
                        fewerOrMore(roi.breachesAvoided(), "breaches")
                                + String.format(Locale.US, " than at the baseline's %.0f %%", baseline.breachRate() * 100)),
                row("Repeat contacts avoided",
                        Figures.money(roi.repeatContactsAvoided() * baseline.repeatContactCost(), currency),
                        fewerOrMore(roi.repeatContactsAvoided(), "repeat contacts") + String.format(Locale.US,
                                " than at the baseline's %.0f %% first-contact resolution",
                                baseline.firstContactRate() * 100)),
                row("Benefit in the period", Figures.money(roi.benefit(), currency),
                        "net " + Figures.money(roi.netMonthlyBenefit(), currency) + " a month after running costs"),
                row("Payback of " + Figures.money(baseline.investment(), currency), Figures.months(roi.paybackMonths()),
                        "at this period's pace"));
        figures.addClassName("dp-figures");
        figures.setId("return-figures");
        setBody(figures);
        setReadAt(fresh.readAt(), zone);
    }

    /** For example {@code 469 fewer breaches}, or {@code 12 more breaches} for a period that did worse. */
    private static String fewerOrMore(double avoided, String what) {
        return String.format(Locale.US, "%,.0f %s %s", Math.abs(avoided), avoided >= 0 ? "fewer" : "more", what);
    }

    private static Div row(String label, String value, String note) {
        Span name = new Span(label);
        name.addClassName("dp-figure-label");
        Span figure = new Span(value);
        figure.addClassName("dp-figure-value");
        Span detail = new Span(note);
        detail.addClassName("dp-figure-note");
        Div row = new Div(name, figure, detail);
        row.addClassName("dp-figure");
        return row;
    }
}
