package org.w3id.clusterpolicy.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.clusterpolicy.lang.LanguageResources;

/**
 * Splits a block into sentences at a full stop, question or exclamation mark followed by a space
 * and a capital letter, digit or quote, unless the word before is an abbreviation of the language.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String documentId, String text, Block block, LanguageResources lang) {
        Set<String> abbreviations = Set.copyOf(lang.profile().abbreviations());
        List<Sentence> out = new ArrayList<>();
        int start = block.start();
        int end = block.end();
        for (int i = block.start(); i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < end && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < end && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                char n = text.charAt(next);
                boolean opener = Character.isUpperCase(n) || Character.isDigit(n) || "„“\"«»'‚(".indexOf(n) >= 0;
                if (opener && !(c == '.' && endsWithAbbreviation(text, start, i + 1, abbreviations))) {
                    add(out, documentId, text, start, i + 1);
                    start = next;
                }
            }
        }
        add(out, documentId, text, start, end);
        return out;
    }

    private static boolean endsWithAbbreviation(String text, int from, int to, Set<String> abbreviations) {
        int ws = to - 1;
        while (ws > from && !Character.isWhitespace(text.charAt(ws - 1))) {
            ws--;
        }
        String token = text.substring(ws, to);
        if (abbreviations.contains(token)) {
            return true;
        }
        // two-word abbreviations such as "z. B."
        int ws2 = ws - 1;
        while (ws2 > from && !Character.isWhitespace(text.charAt(ws2 - 1))) {
            ws2--;
        }
        if (ws2 >= from && ws2 < ws && abbreviations.contains(text.substring(ws2, to))) {
            return true;
        }
        // A single letter with a full stop is an initial or part of "z. B.", not a sentence end.
        return token.length() == 2 && Character.isLetter(token.charAt(0));
    }

    private static void add(List<Sentence> out, String documentId, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(documentId, s, e, text.substring(s, e)));
        }
    }
}
