package org.w3id.clusterpolicy.server.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML with the Nu Html Checker (the W3C's HTML validator, v.Nu), in-process and offline:
 * the HTML5 schema and the checker's extra rules (tables, headings, ARIA, …) come from its jar.
 * For any test that produces HTML.
 */
public final class HtmlValidity {
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlValidity() {}

    public enum Severity { WARNING, ERROR, FATAL }

    /** One message of the checker: its severity, line and column in the document, and text. */
    public record Message(Severity severity, int line, int column, String text) {
        @Override
        public String toString() {
            return severity.name().toLowerCase() + " at " + line + ":" + column + ": " + text;
        }
    }

    /** Fails, listing the checker's messages and the document, when the checker finds an error. */
    public static void assertValidHtml5(String html) {
        assertNo(html, m -> m.severity() != Severity.WARNING);
    }

    /** Fails, listing the checker's messages and the document, when the checker finds an error or a warning. */
    public static void assertValidHtml5WithoutWarnings(String html) {
        assertNo(html, m -> true);
    }

    /** Every error, fatal error and warning the checker reports for an HTML document (text/html, UTF-8). */
    public static List<Message> check(String html) {
        List<Message> messages = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { add(Severity.WARNING, e); }
            @Override public void error(SAXParseException e) { add(Severity.ERROR, e); }
            @Override public void fatalError(SAXParseException e) { add(Severity.FATAL, e); }

            private void add(Severity severity, SAXParseException e) {
                messages.add(new Message(severity, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        };
        try {
            // no log4j set-up (log4j-1.2-api passes its logging on), no URL logging, no language detection
            SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("The Nu Html Checker could not run: " + e, e);
        }
        return messages;
    }

    private static void assertNo(String html, Predicate<Message> failing) {
        List<Message> messages = check(html);
        if (messages.stream().anyMatch(failing)) {
            fail("The Nu Html Checker reports:\n" + String.join("\n", messages.stream().map(Message::toString).toList())
                    + "\nin:\n" + numbered(html));
        }
    }

    private static String numbered(String html) {
        String[] lines = html.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }
}
