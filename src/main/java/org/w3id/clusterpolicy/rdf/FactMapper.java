package org.w3id.clusterpolicy.rdf;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.extract.DateValue;
import org.w3id.clusterpolicy.extract.EntityFact;
import org.w3id.clusterpolicy.extract.EntityRef;
import org.w3id.clusterpolicy.extract.EntityType;
import org.w3id.clusterpolicy.extract.EventFact;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.PartnerFact;
import org.w3id.clusterpolicy.extract.QuantityFact;
import org.w3id.clusterpolicy.extract.RoleFact;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.lang.Slugs;

/**
 * Maps the facts of one document to triples. Every resource a fact creates links to its sentence
 * with prov:wasDerivedFrom and names the rule that found it with cpo:extractionRule; links of a
 * country profile (sector, region, fund, status, named country) are stated directly on the profile
 * and, with their evidence, on a cpo:Assertion.
 */
final class FactMapper {
    private final IriMinter iris;
    private final OntologyConcepts concepts;
    private final Resolution resolution;
    private final LanguageRegistry languages;
    private final EvidenceMapper evidence;
    private final RegionConcepts regions;

    FactMapper(IriMinter iris, OntologyConcepts concepts, Resolution resolution, LanguageRegistry languages, EvidenceMapper evidence,
               RegionConcepts regions) {
        this.iris = iris;
        this.concepts = concepts;
        this.resolution = resolution;
        this.languages = languages;
        this.evidence = evidence;
        this.regions = regions;
    }

    void map(Triples t, Fact fact, String fullText) {
        Node sentence = evidence.sentence(t, fact.evidence(), fullText);
        switch (fact) {
            case EntityFact e -> entity(t, e, sentence);
            case RoleFact r -> role(t, r, sentence);
            case EventFact e -> event(t, e, sentence);
            case QuantityFact q -> quantity(t, q, sentence);
            case LinkFact l -> link(t, l, sentence);
            case PartnerFact p -> {
                t.add(iris.entity(p.programme()), Vocab.cpo("partnerCountry"), IriMinter.country(p.partner()));
                t.add(iris.entity(p.programme()), Vocab.DERIVED_FROM, sentence);
                t.string(iris.entity(p.programme()), Vocab.RULE, p.ruleId());
            }
        }
    }

    private void provenance(Triples t, Node s, Node sentence, String rule) {
        t.add(s, Vocab.DERIVED_FROM, sentence);
        t.string(s, Vocab.RULE, rule);
    }

    private void entity(Triples t, EntityFact e, Node sentence) {
        if (e.ref().type() == EntityType.FUND) {
            return; // funds are concepts of the ontology; the profile links to them through a LinkFact
        }
        Node s = iris.entity(e.ref());
        String lang = e.evidence().language();
        String kind = resolution.kind(e.ref());
        switch (e.ref().type()) {
            case INSTRUMENT -> {
                t.add(s, Vocab.TYPE, Vocab.cpo("Programme"));
                t.add(s, Vocab.cpo("programmeKind"), concepts.concept("ProgrammeKindScheme", kind));
                Integer start = resolution.startYear(e.ref());
                Integer end = resolution.endYear(e.ref());
                if (start != null) {
                    t.year(s, Vocab.START_YEAR, start);
                }
                if (end != null) {
                    t.year(s, Vocab.END_YEAR, end);
                }
            }
            case ORGANISATION -> {
                t.add(s, Vocab.TYPE, Vocab.cpo("Organisation"));
                t.add(s, Vocab.cpo("organisationKind"), concepts.concept("OrganisationKindScheme", kind));
            }
            case PLATFORM -> t.add(s, Vocab.TYPE, Vocab.cpo("EUPlatform"));
            default -> throw new IllegalStateException("unexpected entity " + e.ref());
        }
        t.text(s, resolution.isLabel(e.ref(), lang, e.name()) ? Vocab.LABEL : Vocab.ALT_LABEL, e.name(), lang);
        t.text(s, Vocab.ACRONYM, e.acronym(), lang);
        t.text(s, Vocab.ALT_LABEL, e.gloss(), lang);
        if (e.authority() != null) {
            t.add(s, Vocab.EXACT_MATCH, Vocab.iri(Vocab.AUTHORITY + "corporate-body/" + e.authority()));
        }
        if (e.country() != null) {
            t.add(s, Vocab.COUNTRY, IriMinter.country(e.country()));
        }
        provenance(t, s, sentence, e.ruleId());
    }

    private Node agentOrTarget(EntityRef ref) {
        return ref.type() == EntityType.FUND ? IriMinter.fund(ref.key()) : iris.entity(ref);
    }

    private void role(Triples t, RoleFact r, Node sentence) {
        Node s = iris.fact("role", iris.localName(r.agent()), r.role(), iris.localName(r.target()));
        t.add(s, Vocab.TYPE, Vocab.cpo("RoleAssignment"));
        t.add(s, Vocab.cpo("agent"), agentOrTarget(r.agent()));
        Node roleType = concepts.concept("RoleTypeScheme", r.role());
        t.add(s, Vocab.cpo("roleType"), roleType);
        t.add(s, Vocab.cpo("roleIn"), agentOrTarget(r.target()));
        t.add(s, Vocab.COUNTRY, IriMinter.country(r.country()));
        for (LanguageResources l : languages.labelLanguages()) {
            String lang = l.code();
            t.text(s, Vocab.LABEL, l.labels().role(label(r.agent(), l), concepts.label(roleType, lang), label(r.target(), l)), lang);
        }
        provenance(t, s, sentence, r.ruleId());
    }

    private void event(Triples t, EventFact e, Node sentence) {
        DateValue d = e.date();
        Node s = iris.fact("event", iris.countrySlug(e.country()), d.toString(), e.type(), iris.localName(e.subject()));
        Node type = concepts.concept("EventTypeScheme", e.type());
        t.add(s, Vocab.TYPE, Vocab.cpo("PolicyEvent"));
        t.add(s, Vocab.cpo("eventType"), type);
        t.add(s, Vocab.cpo("subject"), agentOrTarget(e.subject()));
        t.add(s, Vocab.COUNTRY, IriMinter.country(e.country()));
        t.year(s, Vocab.START_YEAR, d.year());
        if (d.endYear() != null) {
            t.year(s, Vocab.END_YEAR, d.endYear());
        }
        if (d.month() != null) {
            t.yearMonth(s, Vocab.cpo("yearMonth"), java.time.YearMonth.of(d.year(), d.month()));
        }
        t.add(s, Vocab.cpo("datePrecision"), concepts.concept("DatePrecisionScheme", d.precision().name().toLowerCase(Locale.ROOT)));
        for (LanguageResources l : languages.labelLanguages()) {
            t.text(s, Vocab.LABEL, l.labels().event(label(e.subject(), l), concepts.label(type, l.code()), d.toString()), l.code());
        }
        provenance(t, s, sentence, e.ruleId());
    }

    private void quantity(Triples t, QuantityFact q, Node sentence) {
        String counted = q.countedThing() != null ? q.countedThing() : Slugs.slug(q.counted());
        Node s = iris.fact("quantity", iris.countrySlug(q.country()), q.value().toPlainString(), counted);
        String lang = q.evidence().language();
        Node qualifier = concepts.concept("QualifierScheme", q.qualifier());
        t.add(s, Vocab.TYPE, Vocab.cpo("Quantity"));
        t.decimal(s, Vocab.cpo("value"), q.value());
        t.add(s, Vocab.cpo("qualifier"), qualifier);
        t.text(s, Vocab.cpo("counted"), q.counted(), lang);
        if (q.countedThing() != null) {
            t.add(s, Vocab.cpo("countedThing"), concepts.concept("CountedThingScheme", q.countedThing()));
        }
        if (q.referenceDate() != null) {
            t.yearMonth(s, Vocab.cpo("referenceDate"), java.time.YearMonth.parse(q.referenceDate()));
        }
        t.add(s, Vocab.COUNTRY, IriMinter.country(q.country()));
        String qualifierText = q.qualifier().equals("exactly") ? null : concepts.label(qualifier, lang);
        t.text(s, Vocab.LABEL, languages.require(lang).labels().quantity(qualifierText, q.value().toPlainString(), q.counted()), lang);
        provenance(t, s, sentence, q.ruleId());
    }

    private void link(Triples t, LinkFact l, Node sentence) {
        String country = l.country();
        Node profile = iris.profile(country);
        Node property;
        Node value;
        switch (l.aspect()) {
            case SECTOR -> { property = Vocab.cpo("sector"); value = IriMinter.sector(l.value()); }
            case REGION -> { property = Vocab.cpo("region"); value = IriMinter.region(l.value()); }
            case FUNDING -> { property = Vocab.cpo("fundingSource"); value = IriMinter.fund(l.value()); }
            case MENTIONED_COUNTRY -> { property = Vocab.cpo("mentionsCountry"); value = IriMinter.country(l.value()); }
            case STATUS -> {
                Resolution.StatusChoice choice = resolution.status(country);
                if (!choice.evidence().contains(l)) {
                    return; // a lower-ranking status; the report lists it
                }
                property = Vocab.cpo("policyStatus");
                value = concepts.concept("PolicyStatusScheme", choice.status());
            }
            default -> throw new IllegalStateException();
        }
        if (l.aspect() != LinkFact.Aspect.MENTIONED_COUNTRY && !concepts.defines(value) && !isNutsRegion(l)) {
            throw new IllegalStateException("rule " + l.ruleId() + " names " + value + ", which ontology/concepts.ttl lacks");
        }
        t.add(profile, property, value);
        String aspect = property.getLocalName();
        String valueName = value.getURI().substring(Math.max(value.getURI().lastIndexOf('/'), value.getURI().lastIndexOf('#')) + 1);
        Node a = iris.fact("assertion", iris.countrySlug(country), Slugs.slug(aspect), Slugs.slug(valueName));
        t.add(a, Vocab.TYPE, Vocab.cpo("Assertion"));
        t.add(a, Vocab.cpo("about"), profile);
        t.add(a, Vocab.cpo("assertedProperty"), property);
        t.add(a, Vocab.cpo("assertedValue"), value);
        for (LanguageResources lang : languages.labelLanguages()) {
            t.text(a, Vocab.LABEL, lang.labels().assertion(countryName(lang, country), concepts.label(property, lang.code()),
                    valueLabel(value, l, lang)), lang.code());
        }
        provenance(t, a, sentence, l.aspect() == LinkFact.Aspect.STATUS && !resolution.status(country).status().equals(l.value())
                ? l.ruleId() + "+status." + resolution.status(country).status() : l.ruleId());
    }

    private String valueLabel(Node value, LinkFact l, LanguageResources lang) {
        if (isNutsRegion(l)) {
            return regions.label(l.value(), lang.code());
        }
        return l.aspect() == LinkFact.Aspect.MENTIONED_COUNTRY ? countryName(lang, l.value()) : concepts.label(value, lang.code());
    }

    private String countryName(LanguageResources lang, String code) {
        return EvidenceMapper.countryName(lang, languages.countries().get(code));
    }

    /** A region made from NUTS units, which the vocabulary graph describes (see RegionConcepts). */
    private boolean isNutsRegion(LinkFact l) {
        return l.aspect() == LinkFact.Aspect.REGION && regions.isNutsRegion(l.value());
    }

    /** A label for an entity in a language: its name, a fund's concept label, a profile's country. */
    private String label(EntityRef ref, LanguageResources lang) {
        return switch (ref.type()) {
            case PROFILE -> countryName(lang, ref.key());
            case FUND -> concepts.label(IriMinter.fund(ref.key()), lang.code());
            default -> {
                String l = resolution.label(ref, lang.code());
                yield l != null ? l : ref.key();
            }
        };
    }
}
