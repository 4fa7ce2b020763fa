package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.TileQueries.SatisfactionRollup;
import java.util.List;

/**
 * CSAT and NPS over a period, from the sums of every region's satisfaction cells (docs/metrics.md).
 *
 * @param csat answers of 4 or 5 over surveys answered, from 0 to 1; NaN without answers
 * @param nps 100 x (promoters - detractors) / NPS answers, from -100 to 100; NaN without answers
 */
public record SatisfactionScores(double csat, double nps, long surveysAnswered, long npsAnswered) {

    static SatisfactionScores of(List<SatisfactionRollup> regions) {
        long answered = 0;
        long satisfied = 0;
        long npsAnswered = 0;
        long promotersMinusDetractors = 0;
        for (SatisfactionRollup region : regions) {
            answered += region.surveysAnswered();
            satisfied += region.satisfied();
            npsAnswered += region.npsAnswered();
            promotersMinusDetractors += region.promoters() - region.detractors();
        }
        return new SatisfactionScores(answered == 0 ? Double.NaN : (double) satisfied / answered,
                npsAnswered == 0 ? Double.NaN : 100.0 * promotersMinusDetractors / npsAnswered, answered, npsAnswered);
    }
}
