package io.deskpulse.ingestion.importer.sheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as Excel shows them, except date and time cells: those become ISO local date-times
 * ({@code 2016-02-29T01:16:00}) whatever their display format, so that the profile's zone is the
 * only thing needed to turn them into instants, and a locale's display format never has to be guessed.
 */
final class IsoDateFormatter extends DataFormatter {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    IsoDateFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, false, true);
            return ISO_SECONDS.format(dateTime);
        }
        return super.formatRawCellContents(value, formatIndex, formatString);
    }
}
