package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.NameRules;
import org.w3id.clusterpolicy.lang.RuleFiles;

/**
 * Finds the spans of quoted names, of names defined with an acronym ("Regional Development
 * Agencies (RDA)") and of capitalised phrases around a head noun ("Federal Ministry of Science,
 * Research, and Economy"). Kinds are decided later by {@link KindResolver}.
 */
final class NameFinder {
    /** An acronym in parentheses, e.g. "(BMWK)": a capital, then letters, '&' or '-', ending in a capital or digit. */
    private static final String PARENTHESISED_ACRONYM = "\\(\\s*(?<acr>\\p{Lu}[\\p{L}&-]*[\\p{Lu}\\p{N}])\\s*\\)";
    static final Pattern ACRONYM = Pattern.compile("^\\s?" + PARENTHESISED_ACRONYM);
    private static final Pattern INNER_ACRONYM = Pattern.compile("\\s*" + PARENTHESISED_ACRONYM + "$");
    private static final Pattern ANY_ACRONYM = Pattern.compile(PARENTHESISED_ACRONYM);
    private static final int MAX_QUOTED_WORDS = 15;

    private final NameRules rules;
    private final String lang;
    private final Pattern qualifierAdjective;

    NameFinder(NameRules rules, String lang) {
        this.rules = rules;
        this.lang = lang;
        String adjective = rules.shape().qualifierAdjectivePattern();
        this.qualifierAdjective = adjective == null ? null : Pattern.compile(adjective);
    }

    /** Quoted names; text in quotes that is a term ("so-called ...") or not capitalised is skipped. */
    List<NameCandidate> quoted(String s) {
        List<NameCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            RuleFiles.Quote q = openingQuote(s.charAt(i));
            if (q == null) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < s.length() && j < i + 200; j++) {
                if (q.close().indexOf(s.charAt(j)) >= 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            String content = s.substring(i + 1, close).strip();
            int end = close + 1;
            String acronym = null;
            Matcher inner = INNER_ACRONYM.matcher(content);
            if (inner.find()) {
                acronym = inner.group("acr");
                content = content.substring(0, inner.start()).strip();
            }
            Matcher after = ACRONYM.matcher(s.substring(end));
            if (acronym == null && after.find()) {
                acronym = after.group("acr");
                end += after.end();
            }
            String before = s.substring(0, i);
            // A quoted term in lower case ("the so-called “distretti industriali”") is no name, unless a
            // kind noun right beside it makes it one: the “go-cluster” programme, the programme “go-cluster”.
            boolean isName = !content.isEmpty()
                    && (Character.isUpperCase(content.codePointAt(0)) || Character.isDigit(content.codePointAt(0))
                        || rules.cueBeside(before, s.substring(close + 1)).isPresent())
                    && content.split("\\s+").length <= MAX_QUOTED_WORDS
                    && !rules.notNameBefore().matcher(before).find();
            if (isName) {
                out.add(new NameCandidate(i, end, content, acronym, null, null, null, null, "names." + lang + ".quoted"));
            }
            i = close + 1;
        }
        return out;
    }

    private RuleFiles.Quote openingQuote(char c) {
        for (RuleFiles.Quote q : rules.quotes()) {
            if (q.open().charAt(0) == c) {
                return q;
            }
        }
        return null;
    }

    /** "Name Of Words (ACR)": the capitalised words before an acronym in brackets. */
    List<NameCandidate> acronymDefined(String s) {
        List<NameCandidate> out = new ArrayList<>();
        Matcher m = ANY_ACRONYM.matcher(s);
        List<Token> tokens = Token.tokenize(s, rules.elisions());
        while (m.find()) {
            int endOfName = m.start();
            while (endOfName > 0 && Character.isWhitespace(s.charAt(endOfName - 1))) {
                endOfName--;
            }
            int last = lastTokenEndingAt(tokens, endOfName);
            if (last < 0 || !tokens.get(last).isWord()) {
                continue;
            }
            int first = last;
            while (first - 1 >= 0) {
                Token t = tokens.get(first - 1);
                boolean connector = rules.connectors().contains(t.text()) && tokens.get(first).isCapitalised();
                boolean stop = rules.determiners().contains(t.text()) || rules.nameStopWords().contains(t.text());
                if ((t.isWord() && t.isCapitalised() && !stop) || connector || t.text().equals("&")) {
                    first--;
                } else {
                    break;
                }
            }
            first = trimLeading(tokens, first, last);
            if (first > last) {
                continue;
            }
            first = preferInitialsMatch(tokens, first, last, m.group("acr"));
            String name = s.substring(tokens.get(first).start(), tokens.get(last).end());
            out.add(new NameCandidate(tokens.get(first).start(), m.end(), name, m.group("acr"), null, null, null, null,
                    "names." + lang + ".acronym-definition"));
        }
        return out;
    }

    /**
     * A capitalised phrase around a head noun. A single word is too generic to be a name ("the
     * Ministry"), unless it is a compound after an article, which names one body ("das
     * Finanzministerium"). Mid-sentence, a capitalised adjective belongs to the name in a language
     * that writes adjectives in lower case ("die Nationale Entwicklungsagentur"); at the start of a
     * sentence it may be capitalised only because it starts the sentence.
     */
    List<NameCandidate> headNounPhrases(String s, KindResolver kinds) {
        List<NameCandidate> out = new ArrayList<>();
        List<Token> tokens = Token.tokenize(s, rules.elisions());
        HeadNouns heads = new HeadNouns(rules);
        for (int i = 0; i < tokens.size(); i++) {
            if (!kinds.isHeadNoun(tokens.get(i).text()) && !isLowercaseHead(tokens, i, heads, kinds)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && tokens.get(first - 1).isWord() && tokens.get(first - 1).isCapitalised()
                    && !isNumber(tokens.get(first - 1)) && !isLeftStop(tokens.get(first - 1), first - 1 == 0)) {
                first--;
            }
            first = trimLeading(tokens, first, i);
            int last = i;
            while (rules.shape().lowercaseQualifiers() && last + 1 < tokens.size() && isPostponedAdjective(tokens.get(last + 1))) {
                last++; // "Agence nationale", "Institut ferroviaire"
            }
            while (last + 1 < tokens.size()) {
                Token next = tokens.get(last + 1);
                if (next.isWord() && next.isCapitalised() && !rules.determiners().contains(next.text())) {
                    last++;
                    continue;
                }
                int linker = last + 1;
                while (linker < tokens.size() && last > i && rules.qualifierSeparators().contains(tokens.get(linker).text())) {
                    linker++; // "de l’Économie, des Finances et de l’Énergie": another qualifier after a separator
                }
                int groupEnd = ofGroupEnd(tokens, linker, kinds);
                if (groupEnd < 0 && linker > last + 1) {
                    groupEnd = ofGroupEnd(tokens, last + 1, kinds);
                }
                if (groupEnd < 0) {
                    break;
                }
                last = groupEnd;
            }
            String trailing = null;
            if (last + 1 < tokens.size() && rules.trailingKindNouns().containsKey(tokens.get(last + 1).text())) {
                trailing = tokens.get(last + 1).text();
                last++;
            }
            // A one-word compound names one body ("das Finanzministerium"); a compound instrument is a
            // description ("das Clusterprogramm" is "the cluster programme").
            boolean singleCompound = first == last && first > 0 && heads.isCompound(tokens.get(first).text())
                    && isArticle(tokens.get(first - 1).text())
                    && !NameRules.isInstrumentKind(heads.kindOf(tokens.get(first).text()));
            if (quotedNameFollows(s, tokens.get(last).end())) {
                continue; // "Operationelles Programm „X“": the phrase says what kind of thing the quoted name is
            }
            if (last - first < 1 && !singleCompound) {
                continue;
            }
            StringBuilder name = new StringBuilder(s.substring(tokens.get(first).start(), tokens.get(last).end()));
            String base = rules.headNounBaseForms().get(tokens.get(first).text());
            if (base != null) {
                name.replace(0, tokens.get(first).text().length(), base);
            }
            String kind = trailing != null ? rules.trailingKindNouns().get(trailing) : null;
            String article = first > 0 ? tokens.get(first - 1).text() : null;
            out.add(new NameCandidate(tokens.get(first).start(), tokens.get(last).end(),
                    new NameLemmatizer(rules, heads).nominative(name.toString(), article), null, null,
                    kind, null, null, "names." + lang + (singleCompound ? ".compound-name" : ".head-noun-phrase")));
            i = last;
        }
        return out;
    }

    private boolean quotedNameFollows(String s, int end) {
        int i = end;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && openingQuote(s.charAt(i)) != null;
    }

    /**
     * In a language that writes names in sentence case, an organisation's head noun may be in lower
     * case ("le ministère de l’Économie"): it heads a name when a qualifier with a capitalised word
     * follows, which a generic mention ("le ministère") lacks.
     */
    private boolean isLowercaseHead(List<Token> tokens, int i, HeadNouns heads, KindResolver kinds) {
        Token t = tokens.get(i);
        if (!rules.shape().lowercaseQualifiers() || !t.isWord() || t.isCapitalised()) {
            return false;
        }
        String kind = heads.kindOfAnyCase(t.text());
        if (kind == null || NameRules.isInstrumentKind(kind)) {
            return false;
        }
        int end = ofGroupEnd(tokens, i + 1, kinds);
        for (int k = i + 1; k <= end; k++) {
            if (isNameWord(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPostponedAdjective(Token t) {
        return t.isWord() && !t.isCapitalised() && rules.adjectivePattern() != null && rules.adjectivePattern().matcher(t.text()).find()
                && !rules.qualifierLinkers().contains(t.text());
    }

    /** A count before a head noun ("12 Cluster") is no part of a name. */
    private static boolean isNumber(Token t) {
        return t.text().chars().allMatch(Character::isDigit);
    }

    private boolean isArticle(String word) {
        RuleFiles.Inflection inflection = rules.shape().inflection();
        return inflection != null && (inflection.articles().contains(word) || inflection.obliqueArticles().contains(word));
    }

    /**
     * The end of a qualifier group ("of Science, Research, and Economy": a linker, perhaps an
     * article, capitalised words between separators) starting at {@code at}, or -1 when there is
     * none or it holds a head noun of its own ("... Austria of the Federal Ministry").
     */
    private int ofGroupEnd(List<Token> tokens, int at, KindResolver kinds) {
        if (at >= tokens.size()) {
            return -1;
        }
        if (!rules.qualifierLinkers().contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int k = at + 1;
        if (k < tokens.size() && rules.qualifierArticles().contains(tokens.get(k).text())) {
            k++;
        }
        if (rules.shape().lowercaseQualifiers() && k < tokens.size() && isLowercaseWord(tokens.get(k))) {
            return lowercaseGroupEnd(tokens, k);
        }
        int end = -1;
        while (k < tokens.size() && (isNameWord(tokens.get(k)) || isComplementAdjective(tokens, k))) {
            if (kinds.isHeadNoun(tokens.get(k).text())) {
                return -1;
            }
            if (isNameWord(tokens.get(k))) {
                end = k;
            }
            int next = k + 1;
            while (next < tokens.size() && rules.qualifierSeparators().contains(tokens.get(next).text())) {
                next++;
            }
            if (next < tokens.size() && (isNameWord(tokens.get(next)) || isComplementAdjective(tokens, next))) {
                k = next;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * In a language that writes names in sentence case ("Chambre de commerce et d'industrie"), a
     * qualifier is one lower-case word after a linker; another follows only after another linker or
     * a separator ("et"), so that the verb after a name never joins it.
     */
    private int lowercaseGroupEnd(List<Token> tokens, int k) {
        int end = withAdjectives(tokens, k);
        int next = end + 1;
        while (next < tokens.size()) {
            int n = next;
            while (n < tokens.size() && rules.qualifierSeparators().contains(tokens.get(n).text())) {
                n++;
            }
            boolean linked = n < tokens.size() && rules.qualifierLinkers().contains(tokens.get(n).text().toLowerCase(Locale.ROOT));
            boolean coordinated = n > next && n < tokens.size() && !linked; // "pour l’entreprise et l’innovation"
            if (!linked && !coordinated) {
                break;
            }
            if (linked) {
                n++;
            }
            if (n < tokens.size() && rules.qualifierArticles().contains(tokens.get(n).text())) {
                n++;
            }
            if (n >= tokens.size() || !(isLowercaseWord(tokens.get(n)) || isNameWord(tokens.get(n)))) {
                break;
            }
            end = withAdjectives(tokens, n);
            next = end + 1;
        }
        return end;
    }

    /** The last token of the qualifier word at {@code k} and the lower-case adjectives after it ("de développement économique"). */
    private int withAdjectives(List<Token> tokens, int k) {
        int end = k;
        while (qualifierAdjective != null && end + 1 < tokens.size() && isQualifierAdjective(tokens.get(end + 1))) {
            end++;
        }
        return end;
    }

    private boolean isQualifierAdjective(Token t) {
        return t.isWord() && !t.isCapitalised() && qualifierAdjective.matcher(t.text()).find();
    }

    private boolean isLowercaseWord(Token t) {
        return t.isWord() && !t.isCapitalised() && !rules.determiners().contains(t.text())
                && !rules.qualifierLinkers().contains(t.text());
    }

    /** A lower-case adjective inside a complement, before a name word ("für wirtschaftliche Entwicklung"). */
    private boolean isComplementAdjective(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && !t.isCapitalised() && rules.adjectivePattern() != null && rules.adjectivePattern().matcher(t.text()).find()
                && k + 1 < tokens.size() && isNameWord(tokens.get(k + 1));
    }

    private boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !rules.determiners().contains(t.text());
    }

    private boolean isLeftStop(Token t, boolean sentenceInitial) {
        if (rules.determiners().contains(t.text()) || rules.nameStopWords().contains(t.text())) {
            return true;
        }
        return sentenceInitial && rules.adjectivePattern() != null && rules.adjectivePattern().matcher(t.text()).find();
    }

    private int trimLeading(List<Token> tokens, int first, int last) {
        while (first <= last) {
            Token t = tokens.get(first);
            if (rules.determiners().contains(t.text()) || rules.nameStopWords().contains(t.text())
                    || rules.connectors().contains(t.text()) || !t.isWord()) {
                first++;
            } else {
                break;
            }
        }
        return first;
    }

    /** The longest tail of the run whose capitalised initials spell the acronym, else the whole run. */
    private static int preferInitialsMatch(List<Token> tokens, int first, int last, String acronym) {
        String wanted = acronym.replaceAll("[^\\p{Lu}]", "");
        for (int j = first; j <= last; j++) {
            StringBuilder initials = new StringBuilder();
            for (int k = j; k <= last; k++) {
                Token t = tokens.get(k);
                if (t.isWord() && t.isCapitalised()) {
                    initials.appendCodePoint(Character.toUpperCase(t.text().codePointAt(0)));
                }
            }
            if (initials.toString().equals(wanted)) {
                return j;
            }
        }
        return first;
    }

    private static int lastTokenEndingAt(List<Token> tokens, int end) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() == end) {
                return i;
            }
            if (tokens.get(i).end() < end) {
                return -1;
            }
        }
        return -1;
    }
}
