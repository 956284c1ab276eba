package org.w3id.clusterpolicy.segment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.source.SourceDocument;

/**
 * Cuts a source text into line blocks and tells titles, headings, paragraphs, list items,
 * navigation, page dates and page furniture (repeated titles, photo credits, captions) apart.
 */
public final class Segmenter {
    private static final Pattern BULLET = Pattern.compile("^[•\\-–*·▪]\\s+");
    private static final int MAX_HEADING_WORDS = 12;

    public SegmentedDocument segment(SourceDocument doc, LanguageResources lang) {
        List<Block> blocks = new ArrayList<>();
        String text = doc.text();
        int blank = 0;
        int lineStart = 0;
        YearMonth pageDate = null;
        String pageDateRule = null;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                blank++;
            } else {
                String line = text.substring(s, e);
                BlockKind kind;
                String rule = null;
                Matcher bullet = BULLET.matcher(line);
                CompiledRule credit = first(lang.structure("furniture"), line);
                CompiledRule date = first(lang.structure("page-date"), line);
                CompiledRule nav = first(lang.structure("navigation"), line);
                if (blocks.isEmpty() && isHeadingLike(line)) {
                    kind = BlockKind.TITLE; // a page may open with its content, not a title line
                } else if (blocks.isEmpty() && bullet.find()) {
                    kind = BlockKind.LIST_ITEM;
                    s += bullet.end();
                    line = text.substring(s, e);
                } else if (credit != null) {
                    kind = BlockKind.FURNITURE;
                    rule = credit.id();
                } else if (date != null) {
                    kind = BlockKind.PAGE_DATE;
                    rule = date.id();
                    Matcher m = date.pattern().matcher(line);
                    if (m.find() && pageDate == null) {
                        pageDate = YearMonth.of(Integer.parseInt(m.group("year")), lang.months().get(m.group("month")));
                        pageDateRule = rule;
                    }
                } else if (nav != null) {
                    kind = BlockKind.NAVIGATION;
                    rule = nav.id();
                } else if (bullet.find()) {
                    kind = BlockKind.LIST_ITEM;
                    s += bullet.end();
                    line = text.substring(s, e);
                } else if (isHeadingLike(line)) {
                    kind = BlockKind.HEADING;
                } else {
                    kind = BlockKind.PARAGRAPH;
                }
                blocks.add(new Block(blocks.size(), kind, s, e, line, blank, rule));
                blank = 0;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        markFurniture(blocks);
        return new SegmentedDocument(doc, List.copyOf(blocks), pageDate, pageDateRule);
    }

    private static CompiledRule first(List<CompiledRule> rules, String line) {
        for (CompiledRule r : rules) {
            if (r.pattern().matcher(line).find()) {
                return r;
            }
        }
        return null;
    }

    static boolean isHeadingLike(String line) {
        char last = line.charAt(line.length() - 1);
        if (".!?:;,".indexOf(last) >= 0) {
            return false;
        }
        return line.split("\\s+").length <= MAX_HEADING_WORDS && !Character.isLowerCase(line.codePointAt(0));
    }

    /** Repeated titles and the caption lines around a photo credit are furniture, not content. */
    private static void markFurniture(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        String title = blocks.get(0).text();
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING && b.text().equals(title)) {
                blocks.set(i, b.withKind(BlockKind.FURNITURE, "structure.repeated-title"));
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            Block credit = blocks.get(i);
            if (credit.kind() != BlockKind.FURNITURE || credit.ruleId() == null || credit.ruleId().equals("structure.repeated-title")) {
                continue;
            }
            Block before = blocks.get(i - 1);
            Block after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean sameCaption = after != null && after.text().equals(before.text()) && after.blankLinesBefore() == 0;
            if (before.kind() == BlockKind.HEADING && credit.blankLinesBefore() == 0) {
                blocks.set(i - 1, before.withKind(BlockKind.FURNITURE, "structure.caption"));
            }
            if (sameCaption && after.kind() == BlockKind.HEADING) {
                blocks.set(i + 1, after.withKind(BlockKind.FURNITURE, "structure.caption"));
            }
        }
    }
}
