package io.deskpulse.app.executive.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How the executive page writes numbers; an unknown value (NaN, no data) is a dash. */
final class Figures {

    static final String NONE = "–";
    private static final Locale LOCALE = Locale.US;

    private Figures() {}

    /** A share from 0 to 1 as a percentage, e.g. {@code 86.2 %}. */
    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(LOCALE, "%.1f %%", fraction * 100) : NONE;
    }

    /** A change of a percentage, e.g. {@code +1.3 pts}. */
    static String points(double points) {
        return Double.isFinite(points) ? signed(String.format(LOCALE, "%.1f", points)) + " pts" : NONE;
    }

    /** A relative change, e.g. {@code -4.2 %}. */
    static String change(double relative) {
        return Double.isFinite(relative) ? signed(String.format(LOCALE, "%.1f", relative * 100)) + " %" : NONE;
    }

    /** A net promoter score, e.g. {@code +32}. */
    static String score(double value) {
        return Double.isFinite(value) ? signed(String.format(LOCALE, "%.0f", value)) : NONE;
    }

    static String count(long value) {
        return String.format(LOCALE, "%,d", value);
    }

    /** A change of a count, e.g. {@code +35}. */
    static String countChange(long change) {
        return signed(count(change));
    }

    static String money(double amount, String currencyCode) {
        if (!Double.isFinite(amount)) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(Currency.getInstance(currencyCode));
        format.setMaximumFractionDigits(Math.abs(amount) >= 1000 ? 0 : 2);
        return format.format(amount);
    }

    static String hours(double hours) {
        return Double.isFinite(hours) ? String.format(LOCALE, "%,.0f h", hours) : NONE;
    }

    static String months(double months) {
        return Double.isFinite(months) ? String.format(LOCALE, "%.1f months", months) : "not at this pace";
    }

    private static String signed(String number) {
        if (number.startsWith("-")) {
            return "−" + number.substring(1);
        }
        return number.matches("[0.,]+") ? "±" + number : "+" + number;
    }
}
