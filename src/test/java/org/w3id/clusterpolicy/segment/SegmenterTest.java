package org.w3id.clusterpolicy.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceMetadata;

class SegmenterTest {
    private static final String PAGE = """
            Malta

            Malta
            © szymanskim / Fotolia.com
            Malta

            Pooling4Clusters

            Malta hat derzeit keine Clusterpolitik. Dennoch verfolgt das Land einen sektoralen Ansatz.
              • die Zusammenarbeit befördert,
              • der Transfer verbessert.

            Ein Bild
            © Agentur / Quelle: Plan 2011-2016.
            Ein Bild

            Stand: April 2017
            """;

    private static SegmentedDocument segment(String text, String lang) {
        LanguageResources l = Snippets.registry().require(lang);
        SourceDocument doc = new SourceDocument("t", "t.txt", text, lang, false, new SourceMetadata("t", null, null, lang, null, null, null, null));
        return new Segmenter().segment(doc, l);
    }

    @Test
    void countryPageFurnitureAndPageDateAreNotContent() {
        SegmentedDocument s = segment(PAGE, "de");
        List<BlockKind> kinds = s.blocks().stream().map(Block::kind).toList();
        assertEquals(List.of(BlockKind.TITLE, BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.FURNITURE, BlockKind.FURNITURE,
                BlockKind.FURNITURE, BlockKind.PAGE_DATE), kinds);
        assertEquals(YearMonth.of(2017, 4), s.statedPageDate());
        assertEquals("structure.de.page-date", s.pageDateRule());
    }

    @Test
    void blockOffsetsPointIntoTheText() {
        SegmentedDocument s = segment(PAGE, "de");
        for (Block b : s.blocks()) {
            assertEquals(b.text(), PAGE.substring(b.start(), b.end()));
        }
        Block item = s.blocks().get(6);
        assertEquals("die Zusammenarbeit befördert,", item.text());
    }

    @Test
    void blankLinesBeforeABlockAreCounted() {
        SegmentedDocument s = segment("European Level\nIntro text here.\n\n\n\nTo view the cluster programme please choose a country.\nBulgaria\n", "en");
        assertEquals(3, s.blocks().get(2).blankLinesBefore());
        assertEquals(BlockKind.NAVIGATION, s.blocks().get(2).kind());
        assertEquals(BlockKind.HEADING, s.blocks().get(3).kind());
    }

    @Test
    void sentencesSplitAtFullStopsButNotAfterAbbreviations() {
        String text = "Das Programm hat rund 1,5 Mio. Euro. Es läuft z. B. in Ungarn. Ende";
        LanguageResources de = Snippets.registry().require("de");
        Block b = new Block(0, BlockKind.PARAGRAPH, 0, text.length(), text, 0, null);
        List<String> sentences = new SentenceSplitter().split("t", text, b, de).stream().map(Sentence::text).toList();
        assertEquals(List.of("Das Programm hat rund 1,5 Mio. Euro.", "Es läuft z. B. in Ungarn.", "Ende"), sentences);
    }
}
