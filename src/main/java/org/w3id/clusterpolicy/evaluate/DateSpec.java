package org.w3id.clusterpolicy.evaluate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event as gold files write it and the graph states it: a year ({@code 2005}), a
 * month ({@code 2014-11}), a range of years ({@code 2003/2011}) or a decade ({@code 1980s}).
 */
public record DateSpec(int year, Integer month, Integer endYear, boolean decade) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})|/(\\d{4})|(s))?");

    /** Parses the gold form; null when the text is not one of the four forms. */
    public static DateSpec parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? new DateSpec(year, month, null, false) : null;
        }
        if (m.group(3) != null) {
            int end = Integer.parseInt(m.group(3));
            return end > year ? new DateSpec(year, null, end, false) : null;
        }
        if (m.group(4) != null) {
            return year % 10 == 0 ? new DateSpec(year, null, null, true) : null;
        }
        return new DateSpec(year, null, null, false);
    }

    @Override
    public String toString() {
        if (decade) {
            return year + "s";
        }
        if (endYear != null) {
            return year + "/" + endYear;
        }
        return month != null ? String.format("%d-%02d", year, month) : Integer.toString(year);
    }
}
