package io.deskpulse.ingestion.importer.profile;

/**
 * What every cell goes through before it is looked at: full-width forms to their ASCII twins
 * ({@code Ｐ１} to {@code P1}, the ideographic space {@code U+3000} to a space), as Chinese and
 * Japanese input methods type them; then leading and trailing white space removed.
 */
public record Normalisation(boolean halfWidth, boolean trim) {

    public static final Normalisation DEFAULT = new Normalisation(true, true);

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_TO_HALF = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    public String apply(String cell) {
        if (cell == null) {
            return null;
        }
        String text = halfWidth ? toHalfWidth(cell) : cell;
        return trim ? text.strip() : text;
    }

    private static String toHalfWidth(String text) {
        int first = firstFullWidth(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                chars[i] = (char) (c - FULL_TO_HALF);
            } else if (c == IDEOGRAPHIC_SPACE) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static int firstFullWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) || c == IDEOGRAPHIC_SPACE) {
                return i;
            }
        }
        return -1;
    }
}
