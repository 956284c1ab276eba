package org.w3id.clusterpolicy.lang;

/** A country named in a text, by name or by adjective; offsets are UTF-16 indices into that text. */
public record CountryMention(int start, int end, String code, boolean adjective, String surface) {}
