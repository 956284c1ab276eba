package org.w3id.clusterpolicy.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageResources;

/**
 * Finds the date expressions of a sentence with the rules of {@code dates.yaml}, in their order:
 * an earlier rule's match is never taken again by a later one, and dates inside names ("Lithuania
 * 2030") are not dates of events.
 */
public final class DateFinder {

    public List<DateMatch> find(String s, List<Mention> mentions, LanguageResources lang) {
        List<DateMatch> out = new ArrayList<>();
        for (CompiledRule r : lang.dateExpressions()) {
            Matcher m = r.pattern().matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean taken = out.stream().anyMatch(d -> start < d.end() && end > d.start())
                        || mentions.stream().anyMatch(x -> start < x.end() && end > x.start());
                if (taken) {
                    continue;
                }
                DateMatch d = toDate(r, m, s, lang);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "2014-20": a two-digit end year is in the start year's century, or the next one when it would come before. */
    private static int fullYear(String end, int start) {
        if (end.length() != 2) {
            return Integer.parseInt(end);
        }
        int year = start / 100 * 100 + Integer.parseInt(end);
        return year < start ? year + 100 : year;
    }

    /** "90er Jahre": a two-digit decade is of the 1900s from the thirties on, else of the 2000s. */
    private static int decade(String digits) {
        if (digits.length() != 2) {
            return Integer.parseInt(digits);
        }
        int d = Integer.parseInt(digits);
        return d >= 30 ? 1900 + d : 2000 + d;
    }

    private static DateMatch toDate(CompiledRule r, Matcher m, String s, LanguageResources lang) {
        boolean glued = m.end() < s.length() && Character.isLetter(s.charAt(m.end())) && m.group().matches(".*\\d$");
        return switch (r.value()) {
            case "range" -> {
                int a = Integer.parseInt(m.group("start"));
                int b = fullYear(m.group("end"), a);
                yield b > a ? new DateMatch(m.start(), m.end(), "range", DateValue.range(a, b), 0, r.id(), glued) : null;
            }
            case "decade", "since-decade" -> new DateMatch(m.start(), m.end(), r.value(),
                    DateValue.decade(decade(m.group("decade"))), 0, r.id(), glued);
            case "furniture" -> new DateMatch(m.start(), m.end(), "furniture", null, 0, r.id(), false);
            case "since", "point" -> new DateMatch(m.start(), m.end(), r.value(),
                    DateValue.year(Integer.parseInt(m.group("year"))), 0, r.id(), glued);
            case "month", "reference" -> {
                Integer month = lang.months().get(m.group("month"));
                yield month == null ? null : new DateMatch(m.start(), m.end(), r.value(),
                        DateValue.month(Integer.parseInt(m.group("year")), month), 0, r.id(), glued);
            }
            case "duration" -> {
                BigDecimal n = lang.numbers().parse(m.group("n"));
                yield n == null ? null : new DateMatch(m.start(), m.end(), "duration", null, n.intValue(), r.id(), glued);
            }
            default -> throw new IllegalStateException("unknown date expression kind " + r.value() + " in " + r.id());
        };
    }
}
