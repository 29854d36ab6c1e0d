package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Browser;
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
 * of the running server: five ECharts charts drawn, each with the table of its numbers beside it, the period picker,
 * and the screenshots target/screenshots/statistics.png and statistics-units.png (docs/screenshots/).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsScreenIT {

    private Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start(Map.of());
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
