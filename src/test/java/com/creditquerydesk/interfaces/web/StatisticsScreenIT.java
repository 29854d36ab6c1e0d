package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 服务统计 page (issue 16 §1) in headless Chromium at 1366×768, as the principal officer, over this year's letters
 * of the running server, among them six made here from three units (signed and dispatched, a hit confirmed, a hit
 * overturned, a refusal, one open): five ECharts charts drawn, each with the table of its numbers beside it, the period
 * picker, and the screenshots target/screenshots/statistics.png and statistics-units.png (docs/screenshots/).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsScreenIT {

    private Browser browser;

    @BeforeAll
    void lettersAndBrowser() throws IOException {
        browser = Browser.start(Map.of());
        Workflow.importSampleRegister();
        java.time.ZoneId zone = java.time.ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        String listed = Workflow.idMatchingMask("4202021976", "8087"); // 罗勇 of the demo register
        String[] units = {"西安市人力资源和社会保障局", "宝鸡市委组织部", "咸阳市教育局"};
        for (int i = 0; i < 2; i++) {
            String clean = Workflow.screenedLetterFrom(units[0], 1651 + i, List.of(
                    new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")),
                    new CandidateSpec("王芳", Workflow.idMatchingMask("6101131991", "3333"))));
            Workflow.draftedAndSigned(clean);
            Api.Response sent = Api.as("registry").post("/api/letters/" + clean + "/dispatch", Json.createObjectBuilder()
                    .add("date", java.time.LocalDate.now(zone).toString())
                    .add("channel", "paper").build());
            assertEquals(200, sent.status(), sent.body());
        }
        String hit = Workflow.screenedLetterFrom(units[1], 1653, List.of(new CandidateSpec("罗勇", listed)));
        Workflow.reviewFirst(hit, "CONFIRM");
        Workflow.draftedAndSigned(hit);
        Workflow.reviewFirst(Workflow.screenedLetterFrom(units[1], 1654, List.of(new CandidateSpec("罗勇", listed))), "OVERTURN");
        Workflow.screenedLetterFrom(units[2], 1655, List.of(new CandidateSpec("张伟", Workflow.idMatchingMask("6101131992", "4444"))));
        String refused = Workflow.readLetterFrom(units[2], 1656, List.of(new CandidateSpec("刘洋", Workflow.idMatchingMask("6101131993", "5555"))));
        assertEquals(200, Api.as("registry").post("/api/letters/" + refused + "/refusal",
                Json.createObjectBuilder().add("reason", "DUPLICATE_REQUEST").build()).status());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void chartsWithTheirTablesForThePeriodChosen() {
        browser.login("officer");
        browser.click(By.cssSelector("a[href='#/statistics']"));
        List<String> charts = List.of("volume", "on-time", "hit-rate", "steps", "units");
        for (String c : charts) {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + c + " canvas")));
        }
        List<WebElement> pairs = browser.driver.findElements(By.cssSelector(".chart-pair"));
        assertEquals(charts.size(), pairs.size());
        for (WebElement pair : pairs) {
            assertEquals("true", pair.findElement(By.cssSelector(".chart")).getAttribute("aria-hidden"));
            WebElement caption = pair.findElement(By.cssSelector("table caption"));
            assertFalse(caption.getAttribute("textContent").isBlank(), "each chart's table is named for screen readers");
            assertFalse(pair.findElements(By.cssSelector("tbody tr")).isEmpty());
        }
        int received = Integer.parseInt(browser.driver.findElement(By.cssSelector(".kpi .kpi-value")).getText());
        assertTrue(received >= 6, "this test's letters at least: " + received);
        String period = browser.driver.findElement(By.id("stat-period")).getText();
        assertTrue(period.contains("-01-01") && period.contains("-12-31"), "this year by default: " + period);
        browser.js("window.scrollTo(0, 0)");
        browser.shot("statistics");
        browser.js("document.getElementById('chart-units').scrollIntoView({block: 'center'})");
        browser.shot("statistics-units");

        // A month instead: the month field shows, the year's does not, and the figures follow
        browser.js("const k = document.getElementById('stat-kind'); k.value = 'month'; k.dispatchEvent(new Event('change'))");
        assertTrue(browser.driver.findElement(By.name("month")).isDisplayed());
        assertFalse(browser.driver.findElement(By.name("year")).isDisplayed());
        String month = browser.driver.findElement(By.name("month")).getAttribute("value");
        browser.click(By.id("stat-show"));
        browser.waitText(By.id("stat-period"), month + "-01 至 " + month + "-");
        assertTrue(browser.driver.findElement(By.id("stat-print")).isDisplayed());
    }
}
