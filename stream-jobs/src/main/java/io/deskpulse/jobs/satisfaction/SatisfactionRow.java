package io.deskpulse.jobs.satisfaction;

import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The {@code satisfaction_daily} table: one row per cell version. */
public final class SatisfactionRow implements WarehouseTable<CellTotal<SatisfactionCell, SatisfactionMeasures>> {

    public static final SatisfactionRow TABLE = new SatisfactionRow();

    private SatisfactionRow() {}

    @Override
    public String name() {
        return "satisfaction_daily";
    }

    @Override
    public List<String> columns() {
        return List.of("region", "day", "team", "agent", "category", "channel", "resolutions",
                "first_contact_resolutions", "reopened_resolutions", "surveys_sent", "surveys_answered",
                "csat_1", "csat_2", "csat_3", "csat_4", "csat_5", "nps_answered", "nps_promoters", "nps_passives",
                "nps_detractors", "version");
    }

    @Override
    public void bind(PreparedStatement insert, CellTotal<SatisfactionCell, SatisfactionMeasures> row)
            throws SQLException {
        SatisfactionCell c = row.cell();
        SatisfactionMeasures m = row.totals();
        insert.setString(1, c.region());
        insert.setObject(2, LocalDate.ofEpochDay(c.day()));
        insert.setString(3, c.team());
        insert.setString(4, c.agent());
        insert.setString(5, c.category());
        insert.setString(6, c.channel());
        long[] counts = {m.resolutions(), m.firstContactResolutions(), m.reopenedResolutions(), m.surveysSent(),
            m.surveysAnswered(), m.csat1(), m.csat2(), m.csat3(), m.csat4(), m.csat5(), m.npsAnswered(),
            m.npsPromoters(), m.npsPassives(), m.npsDetractors()};
        for (int i = 0; i < counts.length; i++) {
            insert.setLong(7 + i, counts[i]);
        }
        insert.setLong(21, row.version());
    }
}
