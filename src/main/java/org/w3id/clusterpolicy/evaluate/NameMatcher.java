package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares names as data/eval/README.md describes: both sides normalised (NFKC, lower case, quotes
 * removed, dashes unified, spaces collapsed, one leading article dropped), then equal (strict), or
 * one differing from the other by a single word at its start or end (lenient). A name is never
 * accepted because it contains the other.
 */
public final class NameMatcher {
    static final String RESOURCE = "/org/w3id/clusterpolicy/evaluate/name-matching.yaml";
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D-]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC`\\u00B4]");
    private static final Pattern QUOTES = Pattern.compile("[\"'\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2039\\u203A\\u201A]");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[\"\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2039\\u203A\\u201A]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:!?]+|[\\s.,;:!?]+$");

    private final Set<String> articles;
    private final List<String> elidedArticles;

    public NameMatcher(Collection<String> leadingArticles) {
        this.articles = Set.copyOf(leadingArticles.stream().filter(a -> !a.endsWith("'")).toList());
        this.elidedArticles = leadingArticles.stream().filter(a -> a.endsWith("'")).toList();
    }

    /** The matcher with the article list of {@code name-matching.yaml}. */
    public static NameMatcher load() {
        try (InputStream in = NameMatcher.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, List<String>>> file = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            List<String> all = new ArrayList<>();
            file.get("leadingArticles").values().forEach(all::addAll);
            return new NameMatcher(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalised form of a name: what two names must share to match strictly. */
    public String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = APOSTROPHES.matcher(s).replaceAll("'").toLowerCase(Locale.ROOT);
        s = DASHES.matcher(s).replaceAll("-");
        List<String> tokens = new ArrayList<>(Arrays.asList(s.strip().split("\\s+")));
        if (!tokens.isEmpty()) {
            String first = LEADING_QUOTES.matcher(tokens.get(0)).replaceFirst("");
            for (String elided : elidedArticles) {
                if (first.startsWith(elided) && first.length() > elided.length()) {
                    tokens.set(0, first.substring(elided.length()));
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            String clean = QUOTES.matcher(t).replaceAll("");
            if (!clean.isEmpty() && !clean.equals("-")) {
                out.add(clean);
            }
        }
        if (out.size() > 1 && articles.contains(out.get(0))) {
            out.remove(0);
        }
        return EDGE_PUNCTUATION.matcher(String.join(" ", out)).replaceAll("");
    }

    /** The normalised forms of several names, sorted. */
    public Set<String> normaliseAll(Collection<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            String norm = normalise(n);
            if (!norm.isEmpty()) {
                out.add(norm);
            }
        }
        return out;
    }

    /** Strict when some gold name equals some found name; lenient when one is the other less one edge word. */
    public Match compare(Collection<String> goldNames, Collection<String> foundNames) {
        Set<String> gold = normaliseAll(goldNames);
        Set<String> found = normaliseAll(foundNames);
        for (String g : gold) {
            if (found.contains(g)) {
                return Match.STRICT;
            }
        }
        for (String g : gold) {
            for (String f : found) {
                if (oneEdgeWordApart(g, f)) {
                    return Match.LENIENT;
                }
            }
        }
        return Match.NONE;
    }

    private static boolean oneEdgeWordApart(String a, String b) {
        List<String> x = List.of(a.split(" "));
        List<String> y = List.of(b.split(" "));
        if (Math.abs(x.size() - y.size()) != 1) {
            return false;
        }
        List<String> shorter = x.size() < y.size() ? x : y;
        List<String> longer = x.size() < y.size() ? y : x;
        return longer.subList(1, longer.size()).equals(shorter) || longer.subList(0, longer.size() - 1).equals(shorter);
    }
}
