package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark of a sentence, with its offsets. */
record Token(String text, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&'’.-]*[\\p{L}\\p{N}])?|&|,|[^\\s]");

    /**
     * The tokens of a text; a word that begins with one of the language's elided articles ("l'",
     * "d’", matched regardless of case) is two tokens, the article and the word ("l'", "Agence").
     */
    static List<Token> tokenize(String text, List<String> elisions) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            int split = elisionLength(word, elisions);
            if (split > 0) {
                out.add(new Token(word.substring(0, split), m.start(), m.start() + split));
                out.add(new Token(word.substring(split), m.start() + split, m.end()));
            } else {
                out.add(new Token(word, m.start(), m.end()));
            }
        }
        return out;
    }

    private static int elisionLength(String word, List<String> elisions) {
        for (String e : elisions) {
            if (word.length() > e.length() && word.regionMatches(true, 0, e, 0, e.length())) {
                return e.length();
            }
        }
        return 0;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalised() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }
}
