package org.w3id.clusterpolicy.attribute;

/** The two page layouts of the site: an overview of many countries, or a page about one country. */
public enum DocumentLayout {
    OVERVIEW,
    COUNTRY_PAGE
}
