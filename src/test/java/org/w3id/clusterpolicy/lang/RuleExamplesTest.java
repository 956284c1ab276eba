package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.extract.DateMatch;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.QuantityFact;
import org.w3id.clusterpolicy.extract.Snippets;

/**
 * Runs every example of every rule and word list, in every language of the registry, as one
 * parameterised test: the rules come from {@link LanguageResources#ruleSets()} and the word lists
 * from {@link LanguageResources#gazetteers()}, never from a list kept here. A page-structure rule
 * must match its examples and not its counterexamples; an extraction rule, run through the real
 * extractors, must give exactly the facts an example expects and none on a counterexample or an
 * example that expects nothing; a word list must find exactly the ids an example lists. Every rule
 * needs at least one positive and one negative example, every word list too.
 */
class RuleExamplesTest {
    private static final LanguageRegistry REGISTRY = Snippets.registry();
    /** The country of an example that names none: the snippets are read as part of some country's text. */
    private static final String ANY_COUNTRY = "DEU";

    /** One example: a rule's or a word list's, positive (expected non-empty) or negative. */
    record Case(LanguageResources lang, RuleSet set, CompiledRule rule, Gazetteer gazetteer, String text, String country,
                Set<String> expected) {
        boolean negative() {
            return expected.isEmpty();
        }

        @Override
        public String toString() {
            String what = rule != null ? rule.id() : lang.code() + "/" + gazetteer.file().fileName();
            return what + (negative() ? " finds nothing in: " : " finds " + expected + " in: ") + text;
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (RuleSet set : lang.ruleSets()) {
                for (CompiledRule r : set.rules()) {
                    for (RuleFiles.Example e : r.source().examples()) {
                        // A structure example is a line the pattern must match: it expects the rule itself.
                        Set<String> expected = set.check() == RuleSet.Check.MATCH ? Set.of(r.id()) : new TreeSet<>(e.expect());
                        out.add(new Case(lang, set, r, null, e.text(), e.country() != null ? e.country() : ANY_COUNTRY, expected));
                    }
                    for (String c : r.source().counterexamples()) {
                        out.add(new Case(lang, set, r, null, c, ANY_COUNTRY, Set.of()));
                    }
                }
            }
            for (Gazetteer g : lang.gazetteers()) {
                for (RuleFiles.GazetteerExample e : g.examples()) {
                    out.add(new Case(lang, null, null, g, e.text(), ANY_COUNTRY, new TreeSet<>(e.expect())));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyExampleGivesWhatItExpects(Case c) {
        assertEquals(c.expected(), found(c), c.toString());
    }

    /** What the rule or word list finds in the example's text, in the terms the example states it. */
    private static Set<String> found(Case c) {
        Set<String> got = new TreeSet<>();
        if (c.gazetteer() != null) {
            switch (c.gazetteer().file()) {
                case COUNTRY_NAMES -> c.lang().countries().find(c.text()).forEach(m -> got.add(m.code()));
                case EU_BODIES -> c.lang().euBodies().find(c.text()).forEach(m -> got.add(m.id()));
                case SECTORS -> got.addAll(links(c, LinkFact.Aspect.SECTOR));
                case REGIONS -> got.addAll(links(c, LinkFact.Aspect.REGION));
                case FUNDS -> got.addAll(links(c, LinkFact.Aspect.FUNDING));
                default -> throw new IllegalStateException(c.gazetteer().file() + " has no way to check its examples");
            }
            return got;
        }
        switch (c.set().check()) {
            case MATCH -> {
                if (c.rule().pattern().matcher(c.text()).find()) {
                    got.add(c.rule().id());
                }
            }
            case FACTS -> {
                Snippets.Reading reading = Snippets.read(c.lang().code(), c.country(), c.text());
                for (Fact f : reading.facts()) {
                    if (Snippets.fromRule(f, c.rule().id())) {
                        got.add(f.summary());
                    }
                }
                // A date that dates no event (the month a count refers to) shows as its kind and value.
                for (DateMatch d : reading.dates()) {
                    if (d.ruleId().equals(c.rule().id()) && reading.facts().stream().noneMatch(f -> Snippets.fromRule(f, d.ruleId()))) {
                        got.add(d.date() == null ? d.kind() : d.kind() + " " + d.date());
                    }
                }
            }
            case COUNTED -> {
                for (Fact f : Snippets.facts(c.lang().code(), c.country(), c.text())) {
                    if (f instanceof QuantityFact q && c.rule().value().equals(q.countedThing())) {
                        got.add(f.summary());
                    }
                }
            }
        }
        return got;
    }

    private static Set<String> links(Case c, LinkFact.Aspect aspect) {
        Set<String> out = new TreeSet<>();
        for (Fact f : Snippets.facts(c.lang().code(), c.country(), c.text())) {
            if (f instanceof LinkFact l && l.aspect() == aspect) {
                out.add(l.value());
            }
        }
        return out;
    }

    @Test
    void everyRuleHasAPositiveAndANegativeExample() {
        List<String> lacking = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (RuleSet set : lang.ruleSets()) {
                for (CompiledRule r : set.rules()) {
                    boolean positive = r.source().examples().stream().anyMatch(e -> set.check() == RuleSet.Check.MATCH || !e.expect().isEmpty());
                    boolean negative = !r.source().counterexamples().isEmpty()
                            || set.check() != RuleSet.Check.MATCH && r.source().examples().stream().anyMatch(e -> e.expect().isEmpty());
                    if (!positive || !negative) {
                        lacking.add(r.id() + " (" + lang.code() + "/" + set.where() + ") lacks a "
                                + (!positive && !negative ? "positive and a negative" : !positive ? "positive" : "negative") + " example");
                    }
                }
            }
        }
        assertTrue(lacking.isEmpty(), lacking.size() + " rules lack examples:\n" + String.join("\n", lacking));
    }

    @Test
    void everyWordListHasAPositiveAndANegativeExample() {
        List<String> lacking = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (Gazetteer g : lang.gazetteers()) {
                if (g.examples().stream().noneMatch(e -> !e.expect().isEmpty()) || g.examples().stream().noneMatch(e -> e.expect().isEmpty())) {
                    lacking.add(lang.code() + "/" + g.file().fileName());
                }
            }
        }
        assertTrue(lacking.isEmpty(), "word lists without a positive and a negative example: " + lacking);
    }
}
