package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.clusterpolicy.server.WorkbenchPagesTest.PREFIXES;
import static org.w3id.clusterpolicy.server.WorkbenchPagesTest.editorQuery;
import static org.w3id.clusterpolicy.server.WorkbenchPagesTest.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser (headless Debian chromium through Selenium): the editor runs a
 * typed query and a shared link, a canned-query form leads through its table to a resource, the
 * map links every profile, "show in source" lands on the highlighted sentence, the five questions
 * of a researcher are answered without writing SPARQL and the query behind each opens in the
 * editor; every main page passes axe-core without serious or critical violations, in English and
 * German, and is photographed into target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    /** The rows YASGUI's result table shows for the active tab, once the query has answered. */
    private List<WebElement> editorRows() {
        waiting().until(d -> !d.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr td")).isEmpty());
        return browser.driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr"));
    }

    @Test
    void typeAQueryInTheEditorRunItAndReadTheTable() {
        browser.open("/query");
        WebElement editor = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tabPanel.active .CodeMirror")));
        editor.click();
        WebElement input = browser.driver.switchTo().activeElement();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        // no PREFIX line: the graph's prefixes are declared
        input.sendKeys("SELECT ?profile WHERE { ?profile a cpo:CountryProfile } ORDER BY ?profile LIMIT 7");
        browser.driver.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        List<WebElement> rows = editorRows();
        List<Map<String, String>> expected = sparql(PREFIXES + "SELECT ?profile WHERE { ?profile a cpo:CountryProfile } ORDER BY ?profile LIMIT 7");
        assertEquals(expected.size(), rows.size());
        String first = expected.get(0).get("profile");
        assertTrue(rows.get(0).getText().contains(first.substring(first.lastIndexOf('/') + 1)), rows.get(0).getText());
    }

    @Test
    void aQueryLinkOpensTheEditorWithItsQueryAndRunsIt() {
        String query = PREFIXES + "SELECT ?programme WHERE { ?programme a cpo:Programme } ORDER BY ?programme LIMIT 5";
        browser.open("/query?title=Shared&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        List<WebElement> rows = editorRows();
        assertEquals(sparql(query).size(), rows.size());
        String shown = (String) browser.script("return window.clusterPolicyEditor.getTab().getQuery();");
        assertEquals(query, shown);
    }

    @Test
    void submitACannedQueryFormAndFollowAnIriToItsPage() {
        String iso3 = sparql(PREFIXES + "SELECT ?iso WHERE { ?o a cpo:Organisation ; cpo:country ?c . ?c cpo:isoAlpha3 ?iso } ORDER BY ?iso LIMIT 1")
                .get(0).get("iso");
        browser.open("/api/queries/organisations");
        new Select(browser.driver.findElement(By.id("param-country"))).selectByValue(iso3);
        browser.driver.findElement(By.cssSelector("#query-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("country=" + iso3)); // the page before, without a country, has results too
        WebElement count = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-count data")));
        int rows = Integer.parseInt(count.getAttribute("value"));
        assertEquals(rows, browser.driver.findElements(By.cssSelector("#results tbody tr")).size());
        assertEquals(WorkbenchPagesTest.sparql(editorQuery(browser.driver.findElement(By.id("open-in-editor")).getAttribute("href"))).size(), rows);
        WebElement link = browser.driver.findElement(By.cssSelector("#results tbody a[href^='/id/organisation/']"));
        String name = link.getText();
        String href = link.getAttribute("href");
        link.click();
        waiting().until(ExpectedConditions.urlToBe(href));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        assertEquals(name, browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theMapHasAShapeLinkedToEachProfile() {
        browser.open("/map");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.script("return [...document.querySelectorAll('svg a')].map(a => a.getAttribute('href'));");
        Set<String> profiles = new TreeSet<>();
        sparql(PREFIXES + "SELECT ?p WHERE { ?p a cpo:CountryProfile }").forEach(r -> profiles.add(ResourceTest.path(r.get("p"))));
        assertEquals(profiles, new TreeSet<>(hrefs));
        // a shape whose middle is its own: clicking there opens the country's profile
        String target = (String) browser.script("for (const a of document.querySelectorAll('svg a')) { a.scrollIntoView({block: 'center'});"
                + " const r = a.getBoundingClientRect(); const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " if (hit && hit.closest('a') === a && r.width > 20) return a.getAttribute('href'); } return null;");
        assertTrue(target != null, "a country big enough to click");
        WebElement shape = browser.driver.findElement(By.cssSelector("svg a[href='" + target + "']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", shape);
        shape.click();
        waiting().until(ExpectedConditions.urlContains(target));
        assertTrue(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status"))).isDisplayed());
    }

    @Test
    void showInSourceLandsOnTheHighlightedSentence() {
        Map<String, String> row = sparql(PREFIXES + "SELECT ?p ?t WHERE { ?a cpo:about ?p ; cpo:assertedProperty cpo:policyStatus ; "
                + "prov:wasDerivedFrom ?s . ?s cpo:text ?t } ORDER BY ?p ?s LIMIT 1").get(0);
        browser.open(ResourceTest.path(row.get("p")));
        WebElement link = browser.driver.findElement(By.cssSelector("#status a.show-in-source"));
        String quote = link.findElement(By.xpath("preceding-sibling::q")).getText();
        link.click();
        waiting().until(ExpectedConditions.urlContains("#sentence-"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".source-text mark")));
        String anchor = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf('#') + 1);
        WebElement mark = browser.driver.findElement(By.id(anchor));
        assertEquals("mark", mark.getTagName());
        assertEquals(Boolean.TRUE, browser.script("return document.querySelector(':target') === arguments[0];", mark));
        assertEquals(org.openqa.selenium.support.Color.fromString("#ffb74d"), org.openqa.selenium.support.Color.fromString(mark.getCssValue("background-color")),
                "highlighted");
        assertEquals(Boolean.TRUE, browser.script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", mark),
                "scrolled into view");
        assertTrue(quote.contains(mark.getText()) || mark.getText().contains(quote.replaceAll("^[“\"]|[”\"]$", "")), quote + " / " + mark.getText());
        assertTrue(row.get("t").equals(mark.getText()));
    }

    @Test
    void aResearcherAnswersTheFiveQuestionsWithoutWritingSparql() {
        // 1. which countries have no national programme, and which sentence says so; then the query in the editor
        browser.open("/");
        browser.driver.findElement(By.cssSelector("nav.main-nav a[href='/api/queries']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/api/queries/countries-without-national-programme']"))).click();
        waiting().until(ExpectedConditions.urlContains("/api/queries/countries-without-national-programme"));
        int rows = Integer.parseInt(browser.driver.findElement(By.cssSelector("#row-count data")).getAttribute("value"));
        assertTrue(rows > 0);
        int evidence = browser.driver.findElements(By.cssSelector("#results thead th")).stream().map(WebElement::getText).toList().indexOf("evidence");
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#results tbody tr"))) {
            assertFalse(tr.findElements(By.tagName("td")).get(evidence).getText().isBlank(), "a sentence on every row");
        }
        browser.driver.findElement(By.id("open-in-editor")).click();
        waiting().until(ExpectedConditions.urlContains("/query?"));
        assertEquals(Math.min(rows, 50), editorRows().size(), "the editor shows the same rows (a page holds 50)");

        // 2. the programmes launched between 2005 and 2015: the timeline with its years
        browser.open("/api/queries/timeline");
        browser.driver.findElement(By.id("param-from")).sendKeys("2005");
        browser.driver.findElement(By.id("param-to")).sendKeys("2015");
        browser.driver.findElement(By.cssSelector("#query-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("to=2015"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("row-count")));
        for (WebElement year : browser.driver.findElements(By.cssSelector("#results tbody tr td:first-child"))) {
            int y = Integer.parseInt(year.getText());
            assertTrue(y >= 2005 && y <= 2015, year.getText());
        }
        assertEquals(browser.driver.findElements(By.cssSelector("#results tbody tr")).size(),
                sparql(editorQuery(browser.driver.findElement(By.id("open-in-editor")).getAttribute("href"))).size());

        // 3. who is responsible for cluster policy in Hungary: the country's profile, its organisations and roles
        browser.open("/id/profile/");
        browser.driver.findElement(By.cssSelector("main table a[href='/id/profile/hungary']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("organisations")));
        String responsible = sparql(PREFIXES + "SELECT ?l WHERE { cpo:Responsible skos:prefLabel ?l FILTER(LANG(?l) = \"en\") }").get(0).get("l");
        Set<String> shown = new TreeSet<>();
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#organisations tbody tr"))) {
            if (tr.findElements(By.tagName("td")).get(1).getText().equals(responsible)) {
                shown.add(tr.findElements(By.tagName("td")).get(0).getText());
            }
        }
        Set<String> expected = new TreeSet<>();
        sparql(PREFIXES + "SELECT DISTINCT ?o WHERE { ?r cpo:agent ?o ; cpo:roleType cpo:Responsible ; cpo:country <http://publications.europa.eu/resource/authority/country/HUN> }")
                .forEach(r -> expected.add(r.get("o")));
        assertEquals(expected.size(), shown.size(), "responsible organisations " + shown);
        assertTrue(shown.size() > 0);
        String editor = browser.driver.findElement(By.cssSelector("#organisations a.editor-link")).getAttribute("href");
        assertTrue(sparql(editorQuery(editor)).size() >= browser.driver.findElements(By.cssSelector("#organisations tbody tr")).size());

        // 4. the countries whose clusters work in the automotive sector: search, the sector's page, what points at it
        browser.open("/");
        WebElement search = browser.driver.findElement(By.id("site-search"));
        search.sendKeys("automotive", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits a"))).click();
        waiting().until(ExpectedConditions.urlContains("/id/"));
        String sector = browser.driver.findElement(By.cssSelector("dd code")).getText();
        Set<String> profiles = new TreeSet<>();
        for (WebElement a : browser.driver.findElements(By.cssSelector("#inverse a[href^='/id/profile/']"))) {
            profiles.add(a.getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        }
        Set<String> withSector = new TreeSet<>();
        sparql(PREFIXES + "SELECT ?p WHERE { ?p cpo:sector <" + sector + "> }").forEach(r -> withSector.add(ResourceTest.path(r.get("p"))));
        assertEquals(withSector, profiles);
        String inverse = browser.driver.findElement(By.cssSelector("#queries a[href^='/query?']")).getAttribute("href");
        assertTrue(sparql(editorQuery(inverse)).stream().filter(r -> r.get("subject").contains("/profile/")).count() == withSector.size());

        // 5. how many clusters each country reports: the quantities, on a map of the counted clusters
        browser.open("/api/queries/quantities");
        Select filter = new Select(browser.driver.findElement(By.id("map-filter")));
        String clusters = filter.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> v.matches("countedThing=clusters?")).findFirst()
                .orElseThrow(() -> new AssertionError("no counted thing 'clusters' to map"));
        filter.selectByValue(clusters);
        browser.driver.findElement(By.cssSelector("#map-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/map?"));
        long shaded = (Long) browser.script("return [...document.querySelectorAll('svg a path')].filter(p => !p.getAttribute('fill').startsWith('url(')).length;");
        long countries = sparql(PREFIXES + "SELECT DISTINCT ?c WHERE { ?q a cpo:Quantity ; cpo:country ?c ; cpo:countedThing/skos:notation \""
                + clusters.substring(clusters.indexOf('=') + 1) + "\" }").size();
        assertEquals(countries, shaded);
        assertTrue(sparql(editorQuery(browser.driver.findElement(By.id("open-in-editor")).getAttribute("href"))).size() > 0);
    }

    @Test
    void everyMainPageIsAccessibleAndPhotographedInBothLanguages() {
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("en", "de")) {
            for (Map.Entry<String, String> page : WorkbenchPagesTest.PAGES.entrySet()) {
                String path = page.getValue();
                browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                if (page.getKey().equals("editor")) {
                    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tabPanel.active .CodeMirror")));
                }
                assertEquals(lang, browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
                for (String v : browser.accessibilityViolations()) {
                    failures.add(page.getKey() + " (" + lang + "): " + v);
                }
                browser.screenshot(page.getKey() + "-" + lang);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
