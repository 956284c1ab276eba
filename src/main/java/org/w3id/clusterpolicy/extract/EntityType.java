package org.w3id.clusterpolicy.extract;

/** The kinds of things facts are about. */
public enum EntityType {
    /** A programme, initiative, strategy, project, plan, call, platform, network or fund of a country. */
    INSTRUMENT,
    ORGANISATION,
    /** A funding source such as the ERDF. */
    FUND,
    /** An EU-level platform. */
    PLATFORM,
    /** A country's cluster-policy profile. */
    PROFILE
}
