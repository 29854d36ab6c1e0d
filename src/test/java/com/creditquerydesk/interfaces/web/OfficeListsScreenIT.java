package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.it.BatchReviewIT;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, the lists as office staff use them all day, at 1366×768: the list reached in two Tabs by 跳到列表 and walked
 * with the arrow keys (listKeys.js), the registry's list in view after an upload, the handler's hits-only table of 12
 * candidates, the reviewer's 批量确认 with a 常用意见, one audit event per hit (docs/rules.md#R102, #R103).
 * Screenshots list-keys.png, registry-compact.png, handler-results-table.png, review-batch.png, admin-phrases.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeListsScreenIT {

    private static final List<CandidateSpec> HITS = List.of(BatchReviewIT.LUO, BatchReviewIT.ZHANG, BatchReviewIT.HU);

    private Browser browser;
    private String letter;
    private String receipt;

    @BeforeAll
    void lettersAndBrowser() throws IOException {
        // Enough letters for a registry list longer than the screen.
        Api registry = Api.as("registry");
        for (int i = 0; i < 7; i++) {
            Api.Response r = registry.upload("列表-" + i + ".docx", DocxLetterRenderer.render(
                    LetterGenerator.generate(System.nanoTime(), 1)));
            assertEquals(201, r.status(), r.body());
        }
        // Twelve candidates, three of them listed: places 2, 6 and 11.
        List<CandidateSpec> people = new ArrayList<>(LetterGenerator.generate(17_170, 9).candidates());
        people.add(1, HITS.get(0));
        people.add(5, HITS.get(1));
        people.add(10, HITS.get(2));
        letter = Workflow.verifiedLetter(Workflow.letterWith(17_171, people));
        Api.Response s = Api.as("handler").post("/api/letters/" + letter + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, s.status(), s.body());
        assertEquals(3, s.json().getInt("hitCount"), s.body());
        receipt = Api.as("handler").get("/api/letters/" + letter).json().getString("receiptNumber");
        browser = Browser.start(Map.of());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Object active(String expression) {
        return browser.js("return " + expression.replace("$", "document.activeElement"));
    }

    private void press(CharSequence key) {
        browser.driver.switchTo().activeElement().sendKeys(key);
    }

    private List<WebElement> listRows() {
        return browser.driver.findElements(By.cssSelector(".letter-list tbody tr.clickable"));
    }

    /** Logs in, opens the queue, checks the letter's 命中人数 (3 hits, all awaiting review) and opens the letter. */
    private void openFromQueue(String user, String queue) {
        browser.login(user);
        browser.open(queue, false);
        WebElement row = browser.wait.until(d -> listRows().stream().filter(r -> r.getText().contains(receipt))
                .findFirst().orElse(null));
        browser.wait.until(d -> row.findElement(By.cssSelector("td.hit-count")).getText().equals("3（待复核 3）"));
        row.click();
    }

    /** The skip link in at most three Tabs, Enter on it puts the focus on the list's first row; ↑/↓/Home/End move it. */
    @Test
    @Order(1)
    void theListIsTwoTabsAwayAndItsRowsAreWalkedWithTheArrowKeys() {
        browser.login("registry");
        browser.open("/#/registry", false);
        browser.wait.until(d -> listRows().size() >= 6);
        int tabs = 0;
        while (tabs < 3 && !"skip-list".equals(active("$.id"))) {
            press(Keys.TAB);
            tabs++;
        }
        assertEquals("skip-list", active("$.id"), "the skip link within three Tabs");
        assertEquals("跳到列表", active("$.textContent"));
        press(Keys.ENTER);
        assertEquals(Boolean.TRUE, active("$ === document.querySelector('.letter-list tbody tr')"),
                "Enter on 跳到列表 focuses the first row after " + tabs + " Tabs");

        press(Keys.ARROW_DOWN);
        assertEquals(1L, active("[...$.parentNode.rows].indexOf($)"));
        // The row the keyboard is on stands out: a thick ring.
        assertEquals("solid", active("getComputedStyle($).outlineStyle"));
        String width = (String) active("getComputedStyle($).outlineWidth");
        assertTrue(Double.parseDouble(width.replace("px", "")) >= 3, width);
        browser.js("document.querySelector('.letter-list').scrollIntoView()");
        browser.shot("list-keys");
        press(Keys.END);
        assertEquals((long) listRows().size() - 1, active("[...$.parentNode.rows].indexOf($)"));
        press(Keys.ARROW_UP);
        assertEquals((long) listRows().size() - 2, active("[...$.parentNode.rows].indexOf($)"));
        press(Keys.HOME);
        assertEquals(0L, active("[...$.parentNode.rows].indexOf($)"));
        press(Keys.ARROW_UP);
        assertEquals(0L, active("[...$.parentNode.rows].indexOf($)"), "the first row stays the first");
        // One row of the list is in the Tab order: Tab leaves the list.
        press(Keys.TAB);
        assertEquals(Boolean.FALSE, active("!!$.closest('.letter-list tbody')"));
        press(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals(Boolean.TRUE, active("$ === document.querySelector('.letter-list tbody tr')"));
        press(Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("#/letters/"));
    }

    /** After an upload at 1366×768 the drop zone shrinks and at least six rows of the list are above the fold. */
    @Test
    @Order(2)
    void theRegistryListStaysInViewAfterAnUpload() throws IOException {
        browser.open("/#/registry", false);
        browser.wait.until(d -> listRows().size() >= 6);
        Path file = Files.createTempFile("来函-", ".docx");
        Files.write(file, DocxLetterRenderer.render(LetterGenerator.generate(System.nanoTime(), 2)));
        browser.driver.findElement(By.id("upload-input")).sendKeys(file.toString());
        browser.wait.until(d -> !d.findElements(By.cssSelector("#upload-queue .upload-extra a.mono")).isEmpty());
        String uploaded = browser.driver.findElement(By.cssSelector("#upload-queue .upload-extra a.mono")).getText();
        browser.waitText(By.cssSelector(".letter-list tbody"), uploaded);
        browser.js("window.scrollTo(0, 0)");
        long inView = (Long) browser.js("return [...document.querySelectorAll('.letter-list tbody tr')]"
                + ".filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length");
        browser.shot("registry-compact");
        assertTrue(inView >= 6, inView + " rows above the fold at " + browser.js("return window.innerHeight") + " px");
        browser.logout();
    }

    /** 12 candidates open as a table; 只看命中 leaves the three hits; the queue shows the letter's 命中人数. */
    @Test
    @Order(3)
    void theHandlerSeesTheHitsOnlyInACompactTable() {
        openFromQueue("handler", "/#/handler");
        browser.wait.until(d -> d.findElements(By.cssSelector("#results-body tbody tr")).size() == 12);
        assertTrue(browser.driver.findElements(By.cssSelector("#results-body .result")).isEmpty(), "a table, no cards");
        browser.click(By.id("hits-only"));
        browser.wait.until(d -> d.findElements(By.cssSelector("#results-body tbody tr")).size() == 3);
        List<String> shown = browser.driver.findElements(By.cssSelector("#results-body tbody tr")).stream()
                .map(WebElement::getText).toList();
        for (int i = 0; i < 3; i++) {
            assertTrue(shown.get(i).contains(HITS.get(i).name()) && shown.get(i).contains("命中"), shown.toString());
            assertFalse(shown.get(i).contains(HITS.get(i).idNumber()), "IDs masked");
        }
        browser.js("document.getElementById('screening-results').scrollIntoView()");
        browser.shot("handler-results-table");
        browser.click(By.cssSelector("button[data-view=cards]"));
        assertEquals(3, browser.driver.findElements(By.cssSelector("#results-body .result.hit")).size());
        browser.logout();
    }

    /** The reviewer confirms the three hits at once with a stock phrase; the trail has one event per hit. */
    @Test
    @Order(4)
    void theReviewerConfirmsTheThreeHitsAtOnceEachAudited() {
        openFromQueue("reviewer", "/#/review");
        WebElement batch = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-review")));
        assertEquals(3, batch.findElements(By.cssSelector("input[name=batch]:checked")).size());
        new Select(batch.findElement(By.cssSelector("select.phrase-pick"))).selectByIndex(1);
        String note = batch.findElement(By.id("batch-note")).getAttribute("value");
        assertFalse(note.isBlank(), "the phrase is in the note");
        browser.js("arguments[0].scrollIntoView()", batch);
        browser.shot("review-batch");
        browser.click(By.id("batch-confirm"));
        browser.waitText(By.tagName("main"), "本函命中均已复核");

        List<String> details = Api.as("auditor").get("/api/audit?letterId=" + letter + "&action=HIT_CONFIRMED").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).map(e -> e.getString("detail")).toList();
        assertEquals(3, details.size(), details.toString());
        for (CandidateSpec hit : HITS) {
            assertEquals(1, details.stream().filter(d -> d.contains(hit.name()) && d.contains(note)).count(),
                    hit.name() + " in " + details);
        }
        browser.logout();
    }

    /** The system administrator's page of 常用意见, one a line. */
    @Test
    @Order(5)
    void theAdministratorKeepsTheStockPhrases() {
        browser.login("admin");
        browser.click(By.cssSelector("a[href='#/admin/phrases']"));
        WebElement text = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-phrases")));
        List<String> phrases = Api.as("admin").get("/api/settings/review-phrases").json().getJsonArray("phrases")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(String.join("\n", phrases), text.getAttribute("value"));
        browser.click(By.id("save-phrases"));
        browser.waitText(By.id("toasts"), "常用意见已保存");
        browser.shot("admin-phrases");
    }
}
