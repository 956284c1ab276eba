package org.w3id.clusterpolicy.lang;

import java.util.List;

/**
 * One list of rules in a rule file (the {@code beforeCues} of names.yaml, the rules of status.yaml
 * ...), as the loader compiled it: how its examples are checked and where its values come from.
 * {@link LanguageResources#ruleSets()} lists every such list of a language, so the rule tests
 * find every rule without a list of their own.
 *
 * @param valueScheme the local name of the cpo: concept scheme the rules' values belong to;
 *                    {@link #KINDS} for kinds of instrument or organisation; null for values the
 *                    converter uses internally (date expression kinds, page-structure kinds)
 */
public record RuleSet(RuleFile file, String key, Check check, String valueScheme, List<CompiledRule> rules) {
    /** The value scheme of name rules: a kind of instrument or of organisation. */
    public static final String KINDS = "kinds";

    public enum Check {
        /** The pattern matches every example and no counterexample (page structure). */
        MATCH,
        /** Run through the real extractors, an example gives exactly the facts it expects from this rule; a counterexample none. */
        FACTS,
        /** Like FACTS, for the quantities whose counted thing is the rule's value. */
        COUNTED
    }

    public String where() {
        return file.fileName() + " " + key;
    }
}
