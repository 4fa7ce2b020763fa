package io.deskpulse.app.executive.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.deskpulse.app.base.ui.Tile;
import io.deskpulse.app.chart.Chart;
import io.deskpulse.app.chart.ChartColor;
import io.deskpulse.app.chart.GaugeChart;
import io.deskpulse.app.chart.ValueFormat;
import io.deskpulse.app.executive.CustomerSatisfaction;
import io.deskpulse.app.executive.Fresh;
import io.deskpulse.app.executive.SatisfactionScores;
import java.time.ZoneId;

/** CSAT and NPS on two dials, each with its change since the previous period. */
final class SatisfactionTile extends Tile {

    private final Chart csat = new Chart("CSAT: share of survey answers of 4 or 5");
    private final Chart nps = new Chart("Net promoter score");
    private final Span csatChange = new Span();
    private final Span npsChange = new Span();
    private final Span answers = new Span();

    SatisfactionTile() {
        super("tile-satisfaction", "Customer satisfaction");
        spanning(4);
        csat.setHeight("190px");
        nps.setHeight("190px");
        answers.addClassName("dp-kpi-caption");
        Div dials = new Div(dial(csat, csatChange), dial(nps, npsChange));
        dials.addClassName("dp-dials");
        setBody(dials, answers);
    }

    void show(Fresh<CustomerSatisfaction> fresh, ZoneId zone) {
        SatisfactionScores now = fresh.value().current();
        SatisfactionScores before = fresh.value().previous();
        csat.setOptions(new GaugeChart("CSAT", now.csat() * 100, 0, 100, ValueFormat.PERCENT, ChartColor.SUCCESS));
        nps.setOptions(new GaugeChart("NPS", now.nps(), -100, 100, ValueFormat.COUNT, ChartColor.PRIMARY));
        double csatPoints = (now.csat() - before.csat()) * 100;
        double npsPoints = now.nps() - before.nps();
        show(csatChange, Figures.points(csatPoints) + " vs previous", Tone.of(csatPoints, false));
        show(npsChange, Figures.score(npsPoints) + " vs previous", Tone.of(npsPoints, false));
        answers.setText(Figures.count(now.surveysAnswered()) + " survey answers, " + Figures.count(now.npsAnswered())
                + " with a recommendation score");
        setReadAt(fresh.readAt(), zone);
    }

    private static Div dial(Chart chart, Span change) {
        change.addClassName("dp-delta");
        Div dial = new Div(chart, change);
        dial.addClassName("dp-dial");
        return dial;
    }

    private static void show(Span change, String text, Tone tone) {
        change.setText(text);
        for (Tone any : Tone.values()) {
            change.removeClassName(any.className());
        }
        change.addClassName(tone.className());
    }
}
