package org.w3id.clusterpolicy.lang;

import java.math.BigDecimal;

/** A number read from text: its value and the text span it took (UTF-16 offsets). */
public record ParsedNumber(BigDecimal value, int start, int end, boolean fromWord, boolean ambiguous) {}
