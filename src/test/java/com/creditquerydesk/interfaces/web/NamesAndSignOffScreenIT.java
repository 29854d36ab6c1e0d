package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names, not logins; no raw codes; what the officer signs; feedback while drafting (issue 17), in headless Chromium
 * at 1366×768. Each test makes its letter over the API (DOCX letters, read at once) and opens the page as the person
 * whose page it is.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesAndSignOffScreenIT {

    /** In the demo register (src/main/resources/demo/register-sample.csv): 罗勇, 4202021976****8087. */
    private static final CandidateSpec LISTED = new CandidateSpec("罗勇", Workflow.idMatchingMask("4202021976", "8087"));
    private static final CandidateSpec CLEAR = new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222"));
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    /** The note {@link Workflow#reviewFirst} gives. */
    private static final String REVIEW_NOTE = "与名单记录逐项比对";

    private Browser browser;

    @RegisterExtension
    final TestWatcher failureShots = Browser.shotOnFailure(() -> browser, "FAILED-names-");

    /** 罗勇 is listed whatever register an earlier test left; then the browser. */
    @BeforeAll
    void registerAndBrowser() throws IOException {
        Workflow.importSampleRegister();
        browser = Browser.start(Map.of());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAssignmentToastNamesTheHandlerNotHisLogin() {
        String id = Workflow.extractedLetter(Api.BASE, "来函.docx", DocxLetterRenderer.render(letter(CLEAR)));
        String receipt = Api.as("clerk").get("/api/letters/" + id).json().getString("receiptNumber");
        browser.login("clerk");
        browser.open("/#/correction/" + id, false);
        browser.waitText(By.cssSelector("h1"), receipt);
        browser.click(By.id("confirm-extraction"));
        browser.submitConfirmDialog();
        WebElement toast = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        String said = toast.getText();
        browser.shot("correction-confirmed-names-handler");
        JsonObject handler = Api.as("clerk").get("/api/letters/" + id).json().getJsonObject("handler");
        assertEquals("已确认，来函已分派给经办人 " + handler.getString("displayName") + "。", said,
                "the name, not the login " + handler.getString("username"));
        browser.logout();
    }

    @Test
    void theReviewPageShowsNoNullAndNamesWhoScreened() {
        String id = screened(letter(LISTED, CLEAR));
        browser.login("reviewer");
        browser.open("/#/review/" + id, false);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-item")));
        String page = browser.driver.findElement(By.id("main")).getText();
        assertFalse(page.contains("null"), "a literal null on the review page: " + page);
        assertFalse(page.contains("undefined"), page);
        String summary = browser.driver.findElement(By.cssSelector(".screening-summary")).getText();
        assertTrue(summary.contains("张经办") && !summary.contains("handler"), summary);
        browser.shot("review-names");
        browser.logout();
    }

    @Test
    void theSignOffPageShowsTheResultAboveATallPdf() {
        String id = screened(letter(LISTED, CLEAR));
        Workflow.reviewFirst(id, "CONFIRM");
        extend(id);
        Api.Response draft = Api.as("handler").post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());

        browser.login("officer");
        browser.open("/#/signoff/" + id, false);
        WebElement summary = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signoff-summary")));
        String text = summary.getText();
        // The candidates and the count of hits, the hit with the reviewer's decision, note and name, the extension.
        assertTrue(text.contains("筛查 2 人") && text.contains("命中 1 人"), text);
        WebElement hit = summary.findElement(By.cssSelector("table.grid tbody tr"));
        String row = hit.getText();
        assertTrue(row.contains("罗勇") && row.contains("已确认命中") && row.contains(REVIEW_NOTE) && row.contains("陈复核"),
                row);
        assertEquals(1, summary.findElements(By.cssSelector("table.grid tbody tr")).size(), "李娜 is no hit");
        assertTrue(text.contains("延期") && text.contains("王科长") && text.contains("张经办"), text);
        assertFalse(text.contains("null") || text.contains("handler") || text.contains("reviewer"), text);

        WebElement frame = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.pdf")));
        browser.shot("signoff-summary");
        assertTrue((Boolean) browser.js("return arguments[0].getBoundingClientRect().bottom"
                + " <= arguments[1].getBoundingClientRect().top", summary, frame), "the summary is above the PDF");
        browser.js("arguments[0].scrollIntoView({ block: 'end' })", frame);
        double share = ((Number) browser.js("return arguments[0].getBoundingClientRect().height / innerHeight", frame))
                .doubleValue();
        assertTrue(share >= 0.7, "the PDF frame takes " + Math.round(share * 100) + "% of the window's height");
        browser.shot("signoff-pdf-tall");
        browser.logout();
    }

    @Test
    void draftingShowsProgressUntilTheReplyIsThere() {
        String id = screened(letter(CLEAR));
        String receipt = Api.as("handler").get("/api/letters/" + id).json().getString("receiptNumber");
        browser.login("handler");
        browser.open("/#/handler/" + id, false);
        browser.waitText(By.cssSelector("h1"), receipt);
        WebElement draft = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("draft-reply")));
        // Whatever the speed of this machine: the page is watched for the progress line from the click on.
        browser.js("""
                window.cqdProgressSeen = false;
                new MutationObserver(() => {
                  const p = document.getElementById('draft-progress');
                  if (p && p.getAttribute('role') === 'status' && p.querySelector('progress')
                      && p.textContent.includes('正在起草')) window.cqdProgressSeen = true;
                }).observe(document.body, { childList: true, subtree: true, characterData: true });
                """);
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 2500,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            draft.click();
            WebElement progress = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-progress")));
            assertTrue(progress.getText().contains("正在起草"), progress.getText());
            assertFalse(browser.driver.findElement(By.id("draft-reply")).isEnabled(), "one draft at a time");
            browser.shot("handler-drafting");
        } finally {
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        browser.waitText(By.cssSelector("#toasts"), "复函已起草");
        assertEquals(Boolean.TRUE, browser.js("return window.cqdProgressSeen"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft-progress")));
        assertEquals("DRAFTED", Api.as("handler").get("/api/letters/" + id).json().getString("status"));
        String facts = browser.driver.findElement(By.cssSelector(".reply-facts")).getText();
        assertTrue(facts.contains("张经办") && !facts.contains("handler"), facts);
        browser.logout();
    }

    @Test
    void theAuditTrailNamesThePeopleAndLabelsEveryCode() {
        String id = screened(letter(CLEAR));
        Workflow.draftedAndSigned(id);
        Api.Response dispatched = Api.as("registry").post("/api/letters/" + id + "/dispatch",
                Json.createObjectBuilder().add("channel", "paper").build());
        assertEquals(200, dispatched.status(), dispatched.body());

        browser.login("auditor");
        browser.open("/#/audit", false);
        String receipt = Api.as("registry").get("/api/letters/" + id).json().getString("receiptNumber");
        WebElement receiptNumber = browser.wait.until(ExpectedConditions.elementToBeClickable(By.name("receiptNumber")));
        receiptNumber.sendKeys(receipt);
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitText(By.cssSelector("table.grid"), "发文登记");
        String trail = browser.driver.findElement(By.cssSelector("table.grid tbody")).getText();
        browser.shot("audit-names");
        for (String name : List.of("李收发", "王校对", "张经办", "刘主任")) {
            assertTrue(trail.contains(name), name + " in " + trail);
        }
        assertTrue(trail.contains("纸质") && trail.contains("起草复函（"), trail);
        for (String code : List.of("paper", "NATIONAL", "SHAANXI", "PUBLIC_INSTITUTION", "LETTER_READ", "REPLY_DRAFTED")) {
            assertFalse(trail.contains(code), code + " in " + trail);
        }
        for (String login : List.of("registry", "clerk", "handler", "officer")) {
            assertFalse(trail.matches("(?s).*(^|\\s)" + login + "(\\s|$).*"), "the login " + login + " in " + trail);
        }
        browser.logout();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static LetterSpec letter(CandidateSpec... candidates) {
        return Workflow.letterWith(System.nanoTime(), List.of(candidates));
    }

    /** Read, confirmed with "handler" as its handler, screened by him. */
    private static String screened(LetterSpec spec) {
        String id = Workflow.verifiedLetter(spec);
        Api.Response screened = Api.as("handler").post("/api/letters/" + id + "/screening",
                Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        return id;
    }

    /** The handler extends the due date by a working day after a call with the requesting unit (R63). */
    private static void extend(String id) {
        Api handler = Api.as("handler");
        LocalDate due = LocalDate.parse(handler.get("/api/letters/" + id).json().getString("dueDate"));
        ZoneId zone = ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        Api.Response r = handler.post("/api/letters/" + id + "/extension", Json.createObjectBuilder()
                .add("newDueDate", CALENDAR.plusWorkingDays(due, 1).toString()).add("reason", "查询对象需逐一核对")
                .add("contactedAt", OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("contactPerson", "王科长").add("contactChannel", "PHONE").build());
        assertEquals(200, r.status(), r.body());
    }
}
