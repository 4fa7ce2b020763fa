package io.deskpulse.jobs.satisfaction;

import io.deskpulse.jobs.cells.Measures;

/**
 * The counts of a satisfaction cell, each about resolutions of that cell (docs/metrics.md defines
 * them): resolutions, first-contact resolutions not reopened within the reopen window, resolutions
 * reopened within it, surveys sent (one per resolution) and answered, the CSAT distribution 1..5,
 * and NPS answers split into promoters (9-10), passives (7-8) and detractors (0-6).
 */
public record SatisfactionMeasures(long resolutions, long firstContactResolutions, long reopenedResolutions,
        long surveysSent, long surveysAnswered, long csat1, long csat2, long csat3, long csat4, long csat5,
        long npsAnswered, long npsPromoters, long npsPassives, long npsDetractors)
        implements Measures<SatisfactionMeasures> {

    public static final SatisfactionMeasures NONE = new SatisfactionMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One resolution, its survey, and the answer to that survey if there is one ({@code csat} 0 for none). */
    public static SatisfactionMeasures resolution(boolean firstContact, boolean reopened, int csat, Integer nps) {
        boolean answered = csat > 0;
        boolean npsAnswered = answered && nps != null;
        return new SatisfactionMeasures(1, firstContact && !reopened ? 1 : 0, reopened ? 1 : 0, 1, answered ? 1 : 0,
                csat == 1 ? 1 : 0, csat == 2 ? 1 : 0, csat == 3 ? 1 : 0, csat == 4 ? 1 : 0, csat == 5 ? 1 : 0,
                npsAnswered ? 1 : 0, npsAnswered && nps >= 9 ? 1 : 0, npsAnswered && nps >= 7 && nps <= 8 ? 1 : 0,
                npsAnswered && nps <= 6 ? 1 : 0);
    }

    @Override
    public SatisfactionMeasures plus(SatisfactionMeasures o) {
        return new SatisfactionMeasures(resolutions + o.resolutions, firstContactResolutions + o.firstContactResolutions,
                reopenedResolutions + o.reopenedResolutions, surveysSent + o.surveysSent,
                surveysAnswered + o.surveysAnswered, csat1 + o.csat1, csat2 + o.csat2, csat3 + o.csat3,
                csat4 + o.csat4, csat5 + o.csat5, npsAnswered + o.npsAnswered, npsPromoters + o.npsPromoters,
                npsPassives + o.npsPassives, npsDetractors + o.npsDetractors);
    }

    @Override
    public SatisfactionMeasures negated() {
        return new SatisfactionMeasures(-resolutions, -firstContactResolutions, -reopenedResolutions, -surveysSent,
                -surveysAnswered, -csat1, -csat2, -csat3, -csat4, -csat5, -npsAnswered, -npsPromoters, -npsPassives,
                -npsDetractors);
    }

    @Override
    public boolean isZero() {
        return equals(NONE);
    }
}
