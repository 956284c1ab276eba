package org.w3id.clusterpolicy.attribute;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.segment.Block;

/**
 * A paragraph that names no country but shares a distinctive proper name with exactly one
 * earlier country's text ("The Corallia Clusters Initiative ..." after Greece's "Corallia was the
 * first organisation ...") continues that country's subject and belongs to it.
 */
final class SharedEntityRule implements BlockRule {
    static final String ID = "attr.shared-entity";
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\s(„“\"'])(\\p{Lu}[\\p{L}\\p{N}-]{3,})");

    @Override
    public Optional<Attribution> decide(Block block, OverviewContext ctx) {
        Set<String> mine = distinctiveWords(block.text(), ctx);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<String>> countriesByWord = ctx.countriesByDistinctiveWord(block.index(), text -> distinctiveWords(text, ctx));
        // A word shared with several countries' texts ("Clusters") tells nothing; only words of one country count.
        Map<String, Set<String>> sharedByCountry = new TreeMap<>();
        for (String word : mine) {
            Set<String> owners = countriesByWord.getOrDefault(word, Set.of());
            if (owners.size() == 1) {
                sharedByCountry.computeIfAbsent(owners.iterator().next(), k -> new TreeSet<>()).add(word);
            }
        }
        if (sharedByCountry.size() != 1) {
            return Optional.empty();
        }
        var only = sharedByCountry.entrySet().iterator().next();
        return Optional.of(new Attribution(block, BlockRole.COUNTRY, only.getKey(), ID,
                "shares " + String.join(", ", only.getValue()) + " with the text of " + only.getKey() + " only"));
    }

    /** Capitalised words that are not sentence-initial, not country words and not generic name words. */
    private static Set<String> distinctiveWords(String text, OverviewContext ctx) {
        Set<String> generic = new HashSet<>();
        ctx.lang.names().headNouns().keySet().forEach(w -> generic.add(w.toLowerCase(Locale.ROOT)));
        ctx.lang.names().nameStopWords().forEach(w -> generic.add(w.toLowerCase(Locale.ROOT)));
        ctx.lang.names().determiners().forEach(w -> generic.add(w.toLowerCase(Locale.ROOT)));
        Set<String> countryWords = new HashSet<>();
        ctx.lang.countries().find(text).forEach(m -> countryWords.add(m.surface()));
        Set<String> out = new TreeSet<>();
        Matcher m = CAPITALISED.matcher(" " + text);
        while (m.find()) {
            String w = m.group(1); // the word pattern stops before an apostrophe: "Ireland’s" gives "Ireland"
            int before = m.start(1) - 2;
            boolean sentenceInitial = before < 0 || ".!?:".indexOf((" " + text).charAt(Math.max(0, before))) >= 0;
            if (!sentenceInitial && !generic.contains(w.toLowerCase(Locale.ROOT)) && !countryWords.contains(w)
                    && !ctx.lang.countries().fullMatch(w).isPresent()) {
                out.add(w);
            }
        }
        return out;
    }
}
