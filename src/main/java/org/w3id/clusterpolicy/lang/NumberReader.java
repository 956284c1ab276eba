package org.w3id.clusterpolicy.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers in digits ("13.000", "1,5", "2,000") and words ("four", "vier"), with an optional
 * multiplier ("1,5 Mio.", "2 million"). A separator followed by exactly three digits groups
 * thousands in every language; otherwise the language's decimal separator is a decimal point. A
 * language may name further group separators that only ever group thousands (the spaces of
 * "4 500" in French).
 */
public final class NumberReader {
    private final char decimalSeparator;
    private final String groupSeparators;
    private final String digitsRegex;
    private final Pattern digits;
    private final Map<String, Integer> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Integer> ambiguousWords = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Long> multipliers;
    private final Pattern wordPattern;
    private final Pattern multiplierPattern;

    NumberReader(RuleFiles.NumbersFile file) {
        this.decimalSeparator = file.decimalSeparator().charAt(0);
        this.groupSeparators = file.groupSeparators() == null ? "" : String.join("", file.groupSeparators());
        this.digitsRegex = groupSeparators.isEmpty() ? "\\d+(?:[.,]\\d+)*"
                : "\\d+(?:[.,]\\d+|[" + groupSeparators.chars().mapToObj(c -> String.format("\\x{%x}", c)).collect(java.util.stream.Collectors.joining())
                        + "]\\d{3}(?!\\d))*";
        this.digits = Pattern.compile("(?<![\\p{L}\\p{N}.,])" + digitsRegex + "(?![\\p{N}])");
        words.putAll(file.words());
        if (file.ambiguousWords() != null) {
            ambiguousWords.putAll(file.ambiguousWords());
        }
        this.multipliers = file.multipliers() == null ? Map.of() : file.multipliers();
        List<String> all = new ArrayList<>(words.keySet());
        all.addAll(ambiguousWords.keySet());
        all.sort((a, b) -> b.length() - a.length());
        this.wordPattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> mult = new ArrayList<>(multipliers.keySet());
        mult.sort((a, b) -> b.length() - a.length());
        this.multiplierPattern = mult.isEmpty() ? null : Pattern.compile("^\\s(?:" + String.join("|", mult.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
    }

    /** A regular expression for a number in digits or words (for {NUMBER} placeholders). */
    public String regex() {
        return "(?:" + digitsRegex + "|" + wordPattern.pattern().replace("(?<![\\p{L}\\p{N}])", "").replace("(?![\\p{L}\\p{N}])", "") + ")";
    }

    /** Every number in the text, left to right. */
    public List<ParsedNumber> findAll(String text) {
        List<ParsedNumber> out = new ArrayList<>();
        Matcher d = digits.matcher(text);
        while (d.find()) {
            BigDecimal v = parseDigits(d.group());
            if (v != null) {
                out.add(withMultiplier(text, v, d.start(), d.end(), false, false));
            }
        }
        Matcher w = wordPattern.matcher(text);
        while (w.find()) {
            String key = w.group();
            Integer v = words.get(key);
            boolean ambiguous = v == null;
            if (ambiguous) {
                v = ambiguousWords.get(key);
            }
            out.add(withMultiplier(text, BigDecimal.valueOf(v), w.start(), w.end(), true, ambiguous));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Parses a whole token as a number, or returns null. */
    public BigDecimal parse(String token) {
        String t = token.strip();
        Integer w = words.get(t);
        if (w == null) {
            w = ambiguousWords.get(t);
        }
        if (w != null) {
            return BigDecimal.valueOf(w);
        }
        return t.matches(digitsRegex) ? parseDigits(t) : null;
    }

    private ParsedNumber withMultiplier(String text, BigDecimal value, int start, int end, boolean word, boolean ambiguous) {
        if (multiplierPattern != null) {
            Matcher m = multiplierPattern.matcher(text.substring(end));
            if (m.find()) {
                String key = m.group().strip();
                Long factor = multipliers.get(key);
                if (factor == null) {
                    factor = multipliers.get(key.toLowerCase(Locale.ROOT));
                }
                if (factor != null) {
                    return new ParsedNumber(value.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros(), start, end + m.end(), word, ambiguous);
                }
            }
        }
        return new ParsedNumber(value, start, end, word, ambiguous);
    }

    BigDecimal parseDigits(String number) {
        String s = number;
        for (char c : groupSeparators.toCharArray()) {
            s = s.replace(String.valueOf(c), ""); // these only ever group thousands
        }
        String[] parts = s.split("(?=[.,])");
        StringBuilder plain = new StringBuilder(parts[0]);
        Character groupSeparator = null;
        for (int i = 1; i < parts.length; i++) {
            char sep = parts[i].charAt(0);
            String digits = parts[i].substring(1);
            boolean last = i == parts.length - 1;
            boolean grouping = digits.length() == 3 && !parts[0].equals("0")
                    && (groupSeparator == null || groupSeparator == sep);
            if (grouping && !(last && groupSeparator != null && sep == decimalSeparator && groupSeparator != sep)) {
                groupSeparator = sep;
                plain.append(digits);
            } else if (last && sep == decimalSeparator && (groupSeparator == null || groupSeparator != sep)) {
                plain.append('.').append(digits);
            } else {
                return null;
            }
        }
        try {
            return new BigDecimal(plain.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
