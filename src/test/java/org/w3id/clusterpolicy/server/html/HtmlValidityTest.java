package org.w3id.clusterpolicy.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: it passes valid HTML and reports what is wrong with invalid HTML. */
class HtmlValidityTest {
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>\n";

    @Test
    void passesAValidDocument() {
        String html = HEAD + "<body><main><h1>Hello</h1><table><caption>c</caption><tr><th scope=\"row\">a</th><td>1</td></tr></table></main></body></html>\n";
        assertEquals(List.of(), HtmlValidity.check(html));
        HtmlValidity.assertValidHtml5WithoutWarnings(html);
    }

    @Test
    void reportsErrorsWithTheirPlace() {
        String html = HEAD + "<body><main><table><tr><th scope=\"sideways\">x</th></tr></table>\n<p><label for=\"nothing\">l</label></main></body></html>\n";
        List<HtmlValidity.Message> messages = HtmlValidity.check(html);
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.getFirst().text().contains("sideways"), messages.toString());
        assertEquals(3, messages.getFirst().line());
        assertTrue(messages.get(1).text().contains("label"), messages.toString());
        AssertionError failure = assertThrows(AssertionError.class, () -> HtmlValidity.assertValidHtml5(html));
        assertTrue(failure.getMessage().contains("sideways"));
    }

    @Test
    void reportsParseErrors() {
        String html = "<html><title>t</title><body><p>unclosed <b>bold</p></body></html>";
        List<HtmlValidity.Message> messages = HtmlValidity.check(html);
        assertTrue(messages.stream().anyMatch(m -> m.text().contains("DOCTYPE")), messages.toString());
        assertThrows(AssertionError.class, () -> HtmlValidity.assertValidHtml5(html));
    }

    @Test
    void warningsFailOnlyTheStrictCheck() {
        String html = HEAD + "<body><main><section><p>A section without a heading.</p></section></main></body></html>\n";
        List<HtmlValidity.Message> messages = HtmlValidity.check(html);
        assertTrue(!messages.isEmpty() && messages.stream().allMatch(m -> m.severity() == HtmlValidity.Severity.WARNING), messages.toString());
        HtmlValidity.assertValidHtml5(html);
        assertThrows(AssertionError.class, () -> HtmlValidity.assertValidHtml5WithoutWarnings(html));
    }
}
