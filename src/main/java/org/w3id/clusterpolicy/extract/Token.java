package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark of a sentence, with its offsets. */
record Token(String text, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&'’.-]*[\\p{L}\\p{N}])?|&|,|[^\\s]");

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalised() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }
}
