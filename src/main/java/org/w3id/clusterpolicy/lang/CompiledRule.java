package org.w3id.clusterpolicy.lang;

import java.util.regex.Pattern;

/** A rule of a rule file with its placeholders expanded and its pattern compiled. */
public record CompiledRule(String id, String value, Pattern pattern, RuleFiles.Rule source) {}
