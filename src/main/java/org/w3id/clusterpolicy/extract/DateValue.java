package org.w3id.clusterpolicy.extract;

/** A date as a text states it: a year, a month of a year, a range of years, or a decade. */
public record DateValue(int year, Integer month, Integer endYear, Precision precision) {

    public enum Precision { MONTH, YEAR, RANGE, DECADE }

    public static DateValue year(int year) {
        return new DateValue(year, null, null, Precision.YEAR);
    }

    public static DateValue month(int year, int month) {
        return new DateValue(year, month, null, Precision.MONTH);
    }

    public static DateValue range(int start, int end) {
        return new DateValue(start, null, end, Precision.RANGE);
    }

    public static DateValue decade(int start) {
        return new DateValue(start, null, start + 9, Precision.DECADE);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> Integer.toString(year);
            case RANGE -> year + "-" + endYear;
            case DECADE -> year + "s";
        };
    }
}
