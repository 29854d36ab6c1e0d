package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.SecondFactors;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 §4 in the browser: the handler opens an objection on a signed reply and records 更正, drafts the 更正函, the
 * reviewer confirms it, the officer signs it off from his queue; the 工作台 counts before and after, the original's verify
 * page naming the correction (docs/rules.md#R89–R90). Screenshots objection-*.png and correction-*.png (1366×768).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedReplyScreenIT {

    private Browser browser;
    private String letter;
    private JsonObject reply;

    @BeforeAll
    void signedLetter() throws IOException {
        letter = Workflow.draftedLetterWithoutHits(Api.BASE, 9701);
        Api officer = Api.as("officer");
        Api.Response signed = officer.post("/api/letters/" + letter + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        reply = signed.json();
        browser = Browser.start(Map.of());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private int tile(String id) {
        browser.open("/#/workbench", false);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " .tile-count")));
        return Integer.parseInt(browser.driver.findElement(By.cssSelector("#" + id + " .tile-count")).getText());
    }

    private WebElement dialog() {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
    }

    private void submit(WebElement dialog) {
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
    }

    @Test
    void anObjectionFromOpeningToItsCorrectionSigned() throws IOException {
        String today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"))).toString();
        Path objectionLetter = Files.createTempFile("异议申请", ".pdf");
        Files.write(objectionLetter, TestFiles.pdf(1, "objection screen " + letter));

        // the handler's 工作台 before; the objection's centre hop is then one more 待办
        browser.login("handler");
        int handlerTodoBefore = tile("wb-todo");
        browser.open("/#/handler/" + letter, false);
        browser.click(By.id("open-objection"));
        WebElement open = dialog();
        List<WebElement> boxes = open.findElements(By.cssSelector("input[name=candidates][type=checkbox]"));
        if (boxes.isEmpty()) {
            open.findElement(By.name("candidates")).sendKeys("1");
        } else {
            boxes.get(0).click();
        }
        new Select(open.findElement(By.name("route"))).selectByValue("SHAANXI_PROVINCIAL");
        open.findElement(By.name("file")).sendKeys(objectionLetter.toString());
        browser.shot("objection-open");
        submit(open);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.objection button.decide")));
        int handlerTodoOpen = tile("wb-todo");
        assertEquals(handlerTodoBefore + 1, handlerTodoOpen, "the centre's hop waits on the handler's 工作台");
        browser.shot("objection-workbench");

        // 更正, then the 更正函: 李娜 found listed on the national centre's review
        browser.open("/#/handler/" + letter, false);
        browser.click(By.cssSelector("section.objection button.decide"));
        WebElement decide = dialog();
        new Select(decide.findElement(By.name("decision"))).selectByValue("CORRECT");
        decide.findElement(By.name("reason")).sendKeys("国家公共信用信息中心复核：该人员已列入失信被执行人名单");
        submit(decide);
        browser.click(By.cssSelector("button.draft-correction"));
        WebElement draft = dialog();
        new Select(draft.findElement(By.name("listed-1"))).selectByValue("true");
        draft.findElement(By.name("court-1")).sendKeys("西安市雁塔区人民法院");
        draft.findElement(By.name("case-1")).sendKeys("（2026）陕0113执77号");
        browser.shot("correction-draft");
        submit(draft);
        browser.waitText(By.cssSelector("section.objection .follow-up"), "待复核");
        String section = browser.driver.findElement(By.cssSelector("section.objection .follow-up")).getText();
        assertTrue(section.contains("更正函") && section.contains("更正 " + reply.getString("number")), section);
        browser.logout();

        // the reviewer confirms it from his queue (he did not draft it); his 已办 counts the letter then
        browser.login("reviewer");
        int reviewerDoneBefore = tile("wb-done");
        int reviewerTodoBefore = tile("wb-todo");
        browser.waitText(By.id("wb-items"), "复核更正函");
        browser.shot("correction-workbench-reviewer");
        browser.open("/#/review", false);
        browser.click(By.cssSelector(".follow-up-queue button.review-correction"));
        browser.shot("correction-review");
        submit(dialog());
        int reviewerDoneAfter = tile("wb-done");
        int reviewerTodoAfter = tile("wb-todo");
        assertEquals(reviewerTodoBefore - 1, reviewerTodoAfter, "the 更正函 left his 待办");
        JsonObject latest = Api.as("reviewer").get("/api/workbench").json().getJsonArray("doneItems").getJsonObject(0);
        assertEquals(List.of(letter, "CORRECTION_REVIEWED"), List.of(latest.getJsonObject("letter").getString("id"),
                latest.getString("action")), "his latest 已办");
        assertTrue(reviewerDoneAfter == reviewerDoneBefore + 1 || reviewerDoneBefore == 100, "one letter more (at most 100)");
        browser.logout();

        // the officer signs it off from his queue, with his password and code again
        browser.login("officer");
        int officerTodoBefore = tile("wb-todo");
        browser.open("/#/signoff", false);
        browser.waitText(By.cssSelector(".follow-up-queue"), reply.getString("number"));
        browser.shot("correction-signoff-queue");
        browser.click(By.cssSelector(".follow-up-queue button.sign-follow-up"));
        WebElement sign = dialog();
        sign.findElements(By.id("sign-off-code")).forEach(c -> c.sendKeys(SecondFactors.freshCode(
                SecondFactors.demoSecret("officer").orElseThrow())));
        sign.findElement(By.name("password")).sendKeys("demo-officer");
        submit(sign);
        List<JsonObject> followUps = Api.as("handler").get("/api/letters/" + letter + "/follow-ups").structure()
                .asJsonArray().stream().map(v -> v.asJsonObject()).toList();
        JsonObject correction = followUps.get(0);
        assertEquals("SIGNED", correction.getString("status"));
        int officerTodoAfter = tile("wb-todo");
        assertEquals(officerTodoBefore - 1, officerTodoAfter, "signed: off his 待办");
        browser.logout();

        // the handler sees it signed; answering the requesting unit closes the centre's hops: his 待办 as before
        browser.login("handler");
        browser.open("/#/handler/" + letter, false);
        browser.waitText(By.cssSelector("section.objection .follow-up"), correction.getString("number"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver.findElement(By.cssSelector("section.objection .follow-up")));
        browser.shot("correction-signed");
        String objection = Api.as("handler").get("/api/objections?letterId=" + letter).structure().asJsonArray()
                .getJsonObject(0).getString("id");
        for (int hop = 3; hop <= 5; hop++) {
            Api.Response closed = Api.as("handler").post("/api/objections/" + objection + "/hops/" + hop,
                    Json.createObjectBuilder().add("date", today).build());
            assertEquals(200, closed.status(), closed.body());
        }
        assertEquals(handlerTodoBefore, tile("wb-todo"), "nothing of the objection waits at the centre any more");
        browser.logout();

        // the original reply's public page: 已被 … 更正, linking the correction's page
        browser.open("/verify/" + reply.getString("verificationCode"), false);
        browser.waitText(By.cssSelector("p.corrected"), "已被 " + correction.getString("number") + " 更正");
        browser.shot("verify-corrected");
        browser.click(By.cssSelector("p.corrected a"));
        browser.waitText(By.cssSelector("p.corrects"), reply.getString("number"));
        System.out.printf("工作台: handler 待办 %d → %d (objection opened) → %d (answered); reviewer 待办 %d → %d, 已办 %d → %d;"
                        + " officer 待办 %d → %d%n", handlerTodoBefore, handlerTodoOpen, handlerTodoBefore, reviewerTodoBefore,
                reviewerTodoAfter, reviewerDoneBefore, reviewerDoneAfter, officerTodoBefore, officerTodoAfter);
    }
}
