package org.w3id.clusterpolicy.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Segmenter;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceMetadata;

/** Attribution on small pages of our own, in both languages, each exercising one rule. */
class DocumentAttributorTest {

    static AttributedDocument attribute(String text, String lang) {
        LanguageResources l = Snippets.registry().require(lang);
        SourceDocument doc = new SourceDocument("sample", "sample.txt", text, lang, false,
                new SourceMetadata("sample", null, null, lang, null, null, null, null));
        return new DocumentAttributor(Snippets.registry()).attribute(new Segmenter().segment(doc, l), l);
    }

    /** "ROLE/COUNTRY/RULE" per content block, in order. */
    static List<String> decisions(AttributedDocument d) {
        List<String> out = new ArrayList<>();
        for (Attribution a : d.attributions()) {
            if (a.role() != BlockRole.NON_CONTENT) {
                out.add(a.role() + "/" + a.country() + "/" + a.ruleId());
            }
        }
        return out;
    }

    @Test
    void germanOverviewUsesHeadingsMentionsTheOrderGapAndTheEuLevelCue() {
        AttributedDocument d = attribute("""
                Europäische Ebene
                Auf europäischer Ebene wird die Entwicklung wettbewerbsfähiger Regionen gefördert.



                Um das Clusterprogramm anzuzeigen, wählen Sie bitte ein Land aus.
                In Albanien wurden seit 2004 vier Clustermanagement-Organisationen aufgebaut.
                Bulgarien
                In Bulgarien spielen Cluster eine wichtige Rolle.
                Kosovo
                Das Ministerium für Handel und Industrie initiierte im November 2014 eine Strategie.
                Zahlreiche neue und bestehende Clusterinitiativen wurden in den letzten Jahren unterstützt.
                Lettland
                Das lettische Clusterprogramm fördert bestehende Cluster.
                Plattformen, die den Aufbau eines europaweiten Netzwerks von Clusterakteuren fördern, sind:
                - EU Cluster Portal
                - Europäisches Innovations- und Technologieinstitut (EIT)
                """, "de");
        assertEquals(DocumentLayout.OVERVIEW, d.layout());
        assertEquals("de", d.orderLanguage());
        assertEquals(List.of(
                "INTRO/null/attr.intro-before-navigation",
                "COUNTRY/ALB/attr.mention",
                "COUNTRY/BGR/attr.heading", "COUNTRY/BGR/attr.heading",
                "COUNTRY/XKX/attr.heading", "COUNTRY/XKX/attr.heading",
                "COUNTRY/HRV/attr.order-gap",
                "COUNTRY/LVA/attr.heading", "COUNTRY/LVA/attr.heading",
                "EU_LEVEL/null/structure.de.eu-level", "EU_LEVEL/null/attr.list-continues", "EU_LEVEL/null/attr.list-continues"),
                decisions(d));
    }

    @Test
    void aTrailingParagraphGoesToTheCountryWhoseSubjectItContinues() {
        AttributedDocument d = attribute("""
                European Level
                Bulgaria
                Acme Partners is the first cluster organisation in Bulgaria.
                Denmark
                Denmark has more than 40 clusters.
                Estonia
                Cluster initiatives in Estonia are supported by three programmes.
                The Acme Partners network develops clusters in high technology sectors.
                """, "en");
        List<String> ds = decisions(d);
        assertEquals("COUNTRY/BGR/attr.shared-entity", ds.get(ds.size() - 1));
    }

    @Test
    void aPartnerNamedOutOfOrderDoesNotOpenASection() {
        AttributedDocument d = attribute("""
                European Level
                Bulgaria
                In Bulgaria, clusters matter.
                Kosovo
                The Ministry for Trade and Industry initiated a strategy.
                In cooperation with Albania, the ministry supports six clusters.
                Latvia
                The Latvian Cluster programme supports clusters.
                """, "en");
        // Albania sorts before Kosovo, so the paragraph cannot be Albania's section: it continues Kosovo's.
        assertEquals("COUNTRY/XKX/attr.continuation", decisions(d).get(4));
        assertEquals("COUNTRY/LVA/attr.heading", decisions(d).get(5));
    }

    @Test
    void aCountryWithTwoSectionsIsMergedAndReported() {
        AttributedDocument d = attribute("""
                European Level
                Bulgaria
                In Bulgaria, clusters matter.
                Denmark
                Denmark has more than 40 clusters.
                Bulgaria
                Bulgaria also has a cluster association.
                """, "en");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("BGR") && w.contains("merged")), d.warnings().toString());
        assertEquals(4, d.attributions().stream().filter(a -> "BGR".equals(a.country())).count());
    }

    @Test
    void aCountryPageIsAboutItsTitleCountryOnly() {
        AttributedDocument d = attribute("""
                Malta

                Malta
                © Fotograf / Fotolia.com
                Malta

                Pooling4Clusters

                Das Projekt hatte die Partnerländer Belgien, Frankreich und Estland.

                Stand: April 2017
                """, "de");
        assertEquals(DocumentLayout.COUNTRY_PAGE, d.layout());
        assertEquals(List.of("COUNTRY/MLT/attr.page-title", "COUNTRY/MLT/attr.page-title"), decisions(d));
    }

    @Test
    void aTextAboutNoCountryIsReadAsEuLevel() {
        AttributedDocument d = attribute("""
                Cluster news
                Clusters help small firms to grow. Networks connect them.
                """, "en");
        assertFalse(decisions(d).isEmpty());
        assertTrue(decisions(d).stream().allMatch(x -> x.equals("EU_LEVEL/null/attr.eu-level-page")), decisions(d).toString());
    }

    @Test
    void aPageWithoutTitleIsAboutTheCountryItNamesMost() {
        AttributedDocument d = attribute("""
                Clusters have a long tradition here. Firms and universities have worked together for decades.

                The Portuguese government launched a cluster programme in 2008; Spain and France were partners.

                Portugal now counts twenty clusters.
                """, "en");
        assertEquals(DocumentLayout.COUNTRY_PAGE, d.layout());
        assertEquals(List.of("COUNTRY/PRT/attr.page-subject", "COUNTRY/PRT/attr.page-subject", "COUNTRY/PRT/attr.page-subject"),
                decisions(d), "the first paragraph, which names no country, is content of the page's country too");
    }

    @Test
    void aPageThatNamesOnlyRegionsIsAboutTheirCountry() {
        AttributedDocument d = attribute("""
                Les pôles de compétitivité en Wallonie
                La Wallonie soutient six pôles depuis 2006. À Liège comme dans le Hainaut, les entreprises coopèrent.
                """, "fr");
        assertTrue(decisions(d).stream().allMatch(x -> x.equals("COUNTRY/BEL/attr.page-subject")), decisions(d).toString());
    }

    @Test
    void aPageThatNamesCountriesEvenlyIsNoCountrysPage() {
        AttributedDocument d = attribute("""
                Clusters in Europe
                Germany, France, Italy and Spain run national cluster programmes.
                """, "en");
        assertTrue(decisions(d).stream().noneMatch(x -> x.contains("page-subject")), decisions(d).toString());
    }
}
