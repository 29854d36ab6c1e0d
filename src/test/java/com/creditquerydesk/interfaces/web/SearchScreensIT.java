package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search box of the handler's list in the browser (issue 16 §6, docs/rules.md#R92, #R93): a candidate's whole ID
 * finds his letter among the handler's, a masked one finds none and the page says why; the letter's 流程跟踪 and its
 * 处理笺 in print (screenshot processing-sheet-print.png for the README), and the 收文登记簿's print view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchScreensIT {

    private static final String ID = Workflow.idMatchingMask("6101021977", "5210");

    private Browser browser;
    private String wanted;
    private String other;

    @BeforeAll
    void twoLettersOfTheHandler() throws IOException {
        String a = Workflow.verifiedLetter(Workflow.letterWith(1961, List.of(new CandidateSpec("欧阳明远", ID))));
        String b = Workflow.verifiedLetter(Workflow.letterWith(1962, List.of(
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        Api handler = Api.as("handler");
        wanted = handler.get("/api/letters/" + a).json().getString("receiptNumber");
        other = handler.get("/api/letters/" + b).json().getString("receiptNumber");
        browser = Browser.start(Map.of());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void search(String text) {
        WebElement box = browser.driver.findElement(By.cssSelector(".letter-list input[name='q']"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
    }

    @Test
    void theHandlerFindsALetterByACandidatesIdAndPrintsItsSheet() {
        browser.login("handler");
        browser.click(By.cssSelector("a[href='#/handler']"));
        By list = By.cssSelector(".letter-list .list-body");
        By rows = By.cssSelector(".letter-list tbody tr.clickable");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(rows));
        WebElement box = browser.driver.findElement(By.cssSelector(".letter-list input[name='q']"));
        assertEquals("收文编号、来函文号、来文单位、姓名或身份证号码", box.getAttribute("placeholder"));

        // the handler has many letters, the other one among them; the ID finds one
        search(ID.substring(0, 6) + " " + ID.substring(6));
        browser.wait.until(d -> d.findElements(rows).size() == 1 && d.findElement(list).getText().contains(wanted));
        assertFalse(browser.driver.findElement(list).getText().contains(other));
        assertTrue(browser.driver.findElement(list).getText().contains("共 1"), browser.driver.findElement(list).getText());

        search(ID.substring(0, 6) + "********" + ID.substring(14));
        browser.waitText(By.cssSelector(".letter-list .search-note"), "完整");
        assertFalse(browser.driver.findElement(list).getText().contains(wanted));

        search(ID);
        browser.waitText(list, wanted);
        browser.click(By.cssSelector(".letter-list tbody tr.clickable"));
        browser.waitText(By.id("timeline"), "校对确认");
        String timeline = browser.driver.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("收文登记") && timeline.contains("李收发") && timeline.contains("王校对"), timeline);

        browser.click(By.id("sheet-link"));
        browser.waitText(By.cssSelector(".print-sheet table.sheet"), wanted);
        String sheet = browser.driver.findElement(By.cssSelector(".print-sheet")).getText();
        assertTrue(sheet.contains("来函处理笺") && sheet.contains("经办人") && sheet.contains("签发人"), sheet);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.driver.findElement(By.id("print-sheet")).isDisplayed(), "no buttons on paper");
        browser.shot("processing-sheet-print");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        browser.click(By.cssSelector("a[href='#/handler']"));
        browser.click(By.id("register-book-link"));
        browser.waitText(By.id("register-book-body"), wanted);
        assertTrue(browser.driver.findElement(By.id("register-book-body")).getText().contains(other));
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.shot("register-book-print");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
}
