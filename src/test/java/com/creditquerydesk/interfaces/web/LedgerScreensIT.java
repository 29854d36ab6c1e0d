package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
 * The 核查登记表 and the 联络表 pages in the browser (issue 16 §3, §5): the handler records a 应用措施 on the ledger page,
 * the officer sees the 联络表; screenshots ledger.png, ledger-print.png and contacts.png for the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerScreensIT {

    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String CLEAN_ID = Workflow.idMatchingMask("1101051990", "1234");

    private Browser browser;
    private String receipt;

    @BeforeAll
    void screenLetters() throws IOException {
        String letter = Workflow.verifiedLetter(Workflow.letterWith(1611, List.of(new CandidateSpec("罗勇", LISTED_ID),
                new CandidateSpec("李娜", CLEAN_ID), new CandidateSpec("王建国", Workflow.idMatchingMask("6101131988", "4321")))));
        Api handler = Api.as("handler");
        assertEquals(200, handler.post("/api/letters/" + letter + "/screening", Json.createObjectBuilder().build()).status());
        assertEquals(200, handler.put("/api/ledger/" + letter + "/3/measure",
                Json.createObjectBuilder().add("measure", "按正常程序办理").build()).status());
        receipt = handler.get("/api/letters/" + letter).json().getString("receiptNumber");
        browser = Browser.start(Map.of());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHandlerRecordsAMeasureOnTheLedgerAndTheOfficerSeesTheContactList() {
        browser.login("handler");
        browser.click(By.cssSelector("a[href='#/ledger']"));
        browser.waitText(By.id("ledger-rows"), receipt);
        String page = browser.driver.findElement(By.id("ledger-rows")).getText();
        assertTrue(page.contains("罗*") && page.contains("有 1 条失信被执行人记录"), page);
        assertFalse(page.contains(LISTED_ID) || page.contains("罗勇"), "masked on the page too");

        WebElement button = browser.driver.findElement(By.cssSelector("button[aria-label*='" + receipt + " 第 2 位']"));
        button.click();
        WebElement text = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("dialog.modal textarea")));
        text.sendKeys("已录用");
        browser.driver.findElement(By.cssSelector("dialog.modal button[type='submit']")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
        browser.waitText(By.id("ledger-rows"), "已录用");
        browser.js("window.scrollTo(0, 0)");
        browser.shot("ledger");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.shot("ledger-print");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.logout();

        browser.login("officer");
        browser.click(By.cssSelector("a[href='#/contacts']"));
        browser.waitText(By.id("contacts-rows"), "刘主任");
        String contacts = browser.driver.findElement(By.tagName("main")).getText();
        for (String s : List.of("主要负责人", "中心主任", "13800000006", "127.0.0.0/8", "029-63915000")) {
            assertTrue(contacts.contains(s), s + " in " + contacts);
        }
        browser.shot("contacts");
    }
}
