package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import com.creditquerydesk.testsupport.SecondFactors;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * The web interface as each demo user sees it, in headless Chromium against the running server
 * ({@code cqd.base.url}, default http://localhost:8080, started with CQD_DEMO=true). Steps run in the order of a
 * letter's path and share the letter they create: the registry uploads a scanned letter listing 罗勇 (in the demo
 * register), the clerk mistypes and fixes an ID, the drawn handler screens, the reviewer confirms the hit, the
 * handler drafts, the officer signs off, the handler downloads the signed reply and the registry records dispatch.
 * Screenshots go to target/screenshots/.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebWalkthroughIT {

    private static final Pattern RECEIPT = Pattern.compile("收\\d{4}-\\d{4,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** In the demo register (src/main/resources/demo/register-sample.csv): 罗勇, 4202021976****8087. */
    private static final String LISTED_NAME = "罗勇";
    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");

    private final String base = System.getProperty("cqd.base.url", "http://localhost:8080").replaceAll("/$", "");
    /** A fresh account per run, created by the administrator and then locked on purpose by the login test. */
    private final String newUser = "webit" + UUID.randomUUID().toString().substring(0, 6);
    private final String newUserPassword = "Webit-" + UUID.randomUUID();

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path tmp;
    /** Receipt numbers registered in this run, for the later steps of the path. */
    private List<String> receipts = List.of();
    /** The scanned letter that goes the whole path: its list, receipt number, id and drawn handler. */
    private LetterSpec scanSpec;
    private String scanReceipt;
    private String scanId;
    private String scanHandler;
    private Path downloads;

    /** A failed step leaves a screenshot of what the browser showed, named after the step. */
    @RegisterExtension
    final TestWatcher failureShots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                shot("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("cqd-web-downloads");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        browser = Browser.start(prefs);
        driver = browser.driver;
        wait = browser.wait;
        tmp = Files.createTempDirectory("cqd-web-it");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void adminCreatesUser() {
        login("admin");
        assertShellShows("孙管理", "用户与角色", "名单导入");
        waitText(By.cssSelector("table.grid"), "admin");
        shot("admin-users");

        click(By.id("new-user"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        labelled(dialog, "用户名").sendKeys(newUser);
        labelled(dialog, "姓名").sendKeys("测试收发");
        labelled(dialog, "初始密码").sendKeys(newUserPassword);
        labelled(dialog, "手机号码").sendKeys("13912340000");
        dialog.findElement(By.cssSelector("input[name=roles][value=REGISTRY_CLERK]")).click();
        shot("admin-new-user");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
        waitText(By.cssSelector("table.grid"), newUser);
        logout();
    }

    @Test
    @Order(2)
    void loginSaysWrongPasswordThenLocked() {
        open("/#/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            submitLogin(newUser, "not-the-password-" + attempt);
            wait.until(d -> !message().isBlank());
            assertTrue(message().contains("密码错误"), "wrong password message: " + message());
            if (attempt == 1) {
                shot("login-wrong-password");
            }
            // From the third failure each try waits a little longer (docs/rules.md#R20).
            sleep(attempt < 3 || attempt == 5 ? 0 : 1100L << (attempt - 3));
        }
        // The fifth failure in a row pauses the name on this computer; the right password is refused too, and says why.
        submitLogin(newUser, newUserPassword);
        wait.until(d -> message().contains("失败次数过多"));
        shot("login-locked");
        assertTrue(driver.getCurrentUrl().endsWith("#/login"));
    }

    @Test
    @Order(3)
    void registryUploadsScanAndPdf() throws IOException {
        login("registry");
        assertShellShows("李收发", "收文登记");
        String nonce = UUID.randomUUID().toString();
        Path png = letterScan(System.nanoTime());
        Path pdf = letterPdf(nonce);
        // The PNG through the file chooser, the PDF dropped on the drop zone.
        driver.findElement(By.id("upload-input")).sendKeys(png.toString());
        drop(pdf, "application/pdf");

        // Each file gets its receipt number and due date in the upload queue, then the list shows both.
        wait.until(d -> d.findElements(By.cssSelector("#upload-queue .upload-extra a")).size() == 2);
        shot("registry-uploaded");
        receipts = driver.findElements(By.cssSelector("#upload-queue .upload-extra a.mono")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, receipts.size());
        receipts.forEach(r -> assertTrue(RECEIPT.matcher(r).matches(), "receipt number " + r));
        scanReceipt = driver.findElement(By.cssSelector("#upload-queue .upload-item[data-file='" + png.getFileName()
                + "'] .upload-extra a.mono")).getText();
        for (String receipt : receipts) {
            String due = wait.until(d -> rowWith(receipt).findElements(By.tagName("td")).get(4).getText());
            assertTrue(DATE.matcher(due).find(), "due date " + due + " of " + receipt);
        }
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.letter-list').scrollIntoView()");
        shot("registry-list");

        // The same PNG again is a duplicate: the queue says so and links to the letter already registered.
        driver.findElement(By.id("upload-input")).sendKeys(png.toString());
        WebElement failed = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#upload-queue .upload-item.failed")));
        assertFalse(failed.findElement(By.cssSelector(".upload-state")).getText().isBlank());
        assertFalse(failed.findElements(By.cssSelector(".upload-extra a")).isEmpty(), "link to the existing letter");

        // The scan is read (OCR) while the registry watches; its page then lists the candidates, IDs masked.
        new WebDriverWait(driver, Duration.ofSeconds(150)).until(d -> !d.findElements(By.cssSelector(
                "#upload-queue .upload-item.ok[data-file='" + png.getFileName() + "']")).isEmpty());
        driver.findElement(By.linkText(scanReceipt)).click();
        waitText(By.cssSelector("h1"), scanReceipt);
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(LISTED_NAME));
        String page = driver.findElement(By.tagName("main")).getText();
        for (LetterSpec.CandidateSpec c : scanSpec.candidates()) {
            assertFalse(page.contains(c.idNumber()), "a full ID number outside the correction and review views");
        }
        shot("letter-detail");
        scanId = driver.getCurrentUrl().replaceAll(".*#/letters/", "");
        logout();
    }

    /**
     * A letter and its list chosen together are one registration; once read, the list that came later is added on
     * the letter's page, which warns that the letter is read again (docs/rules.md#R38, #R61).
     */
    @Test
    @Order(13)
    void registryRegistersALetterOfSeveralFilesAndAddsOneLater() throws IOException {
        login("registry");
        List<LetterSpec.CandidateSpec> people = LetterGenerator.generate(System.nanoTime(), 3).candidates();
        Path letter = Files.write(tmp.resolve("来函-" + UUID.randomUUID() + ".docx"),
                DocxLetterRenderer.render(Workflow.letterWith(System.nanoTime(), people.subList(0, 1))));
        Path list = Files.write(tmp.resolve("名单-" + UUID.randomUUID() + ".csv"), SpreadsheetListRenderer.csv(
                Workflow.letterWith(System.nanoTime(), people.subList(1, 2)), StandardCharsets.UTF_8));
        click(By.id("as-one-letter"));
        driver.findElement(By.id("upload-input")).sendKeys(letter + "\n" + list);
        By item = By.cssSelector("#upload-queue .upload-item[data-file='" + letter.getFileName() + "']");
        WebElement queued = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        assertTrue(queued.getText().contains("及附件 1 个"), queued.getText());
        String receipt = wait.until(d -> d.findElement(item).findElement(By.cssSelector(".upload-extra a.mono"))).getText();
        assertEquals(1, driver.findElements(By.cssSelector("#upload-queue .upload-item")).stream()
                .filter(e -> e.getText().contains(receipt)).count(), "one letter for both files");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.cssSelector(
                "#upload-queue .upload-item.ok[data-file='" + letter.getFileName() + "']")).isEmpty());
        driver.findElement(By.linkText(receipt)).click();
        waitText(By.cssSelector("h1"), receipt);
        assertEquals(1, driver.findElements(By.cssSelector("#attachments li")).size());

        Path later = Files.write(tmp.resolve("补充名单-" + UUID.randomUUID() + ".csv"), SpreadsheetListRenderer.csv(
                Workflow.letterWith(System.nanoTime(), people.subList(2, 3)), StandardCharsets.UTF_8));
        driver.findElement(By.id("add-file-input")).sendKeys(later.toString());
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        assertTrue(dialog.getText().contains("重新识别"), dialog.getText());
        shot("registry-add-file");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#attachments li")).size() == 2);
        assertTrue(driver.findElement(By.id("attachments")).getText().contains(later.getFileName().toString()));
        logout();
    }

    @Test
    @Order(5)
    void clerkCorrectsAnIdAndConfirms() {
        login("clerk");
        openRow(scanReceipt);
        waitText(By.cssSelector("h1"), scanReceipt);
        // The scan's page image with the boxes of what was read; the page opens on the first thing to check, which
        // may be a row on the list's page, where no field's box is.
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('img.page-img'); return !!i && i.complete && i.naturalWidth > 0"));
        wait.until(d -> !d.findElements(By.cssSelector("svg.boxes rect")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#candidates tbody tr[data-index]"));
        assertEquals(scanSpec.candidates().size(), rows.size(), "every candidate read");
        assertMarkedAsTheServerSays(scanId);
        // The clerk fills in what the OCR missed and checks every row against the page ...
        fillIfEmpty("docNumber", scanSpec.docNumber());
        fillIfEmpty("senderUnit", scanSpec.senderUnit());
        fillIfEmpty("contactName", scanSpec.contactName());
        fillIfEmpty("contactPhone", scanSpec.contactPhone());
        fillIfEmpty("letterDate", scanSpec.letterDate().toString());
        for (int i = 0; i < rows.size(); i++) {
            LetterSpec.CandidateSpec c = scanSpec.candidates().get(i);
            retype(rows.get(i).findElement(By.name("name")), c.name());
            retype(rows.get(i).findElement(By.name("idNumber")), c.idNumber());
        }
        // ... mistypes the check digit of 罗勇's ID: the row says it is invalid at once ...
        int listed = indexOf(LISTED_NAME);
        WebElement idInput = candidateRow(listed).findElement(By.name("idNumber"));
        idInput.click();
        retype(idInput, LISTED_ID.substring(0, 17) + (LISTED_ID.charAt(17) == '1' ? '2' : '1'));
        wait.until(d -> candidateRow(listed).findElement(By.cssSelector("td.check")).getText().contains("校验位不符"));
        shot("correction-invalid-id");
        // ... and confirming is refused by the server with the row named.
        confirmExtraction();
        waitText(By.id("correction-message"), "第 " + (listed + 1) + " 行");
        // Fixed, the row is valid; confirming draws a handler.
        retype(candidateRow(listed).findElement(By.name("idNumber")), LISTED_ID);
        wait.until(d -> candidateRow(listed).findElement(By.cssSelector("td.check")).getText().contains("有效"));
        // Focusing the row turns to its page and marks its box.
        candidateRow(listed).findElement(By.name("idNumber")).click();
        wait.until(d -> !d.findElements(By.cssSelector("svg.boxes rect.row.active")).isEmpty());
        shot("correction-scan");
        confirmExtraction();
        wait.until(ExpectedConditions.urlToBe(base + "/#/correction"));
        JsonObject letter = Api.as("clerk").get("/api/letters/" + scanId).json();
        assertEquals("VERIFIED", letter.getString("status"));
        scanHandler = letter.getJsonObject("handler").getString("username");
        logout();
    }

    @Test
    @Order(6)
    void handlerScreensAndSeesTheHit() {
        login(scanHandler);
        wait.until(d -> rowWith(scanReceipt));
        shot("handler-queue");
        openRow(scanReceipt);
        click(By.id("run-screening"));
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".result.hit")));
        assertTrue(hit.getText().contains(LISTED_NAME), hit.getText());
        assertTrue(hit.getText().contains(maskedForLogs(LISTED_ID)), "the candidate's ID masked: " + hit.getText());
        assertEquals(scanSpec.candidates().size(), driver.findElements(By.cssSelector(".result")).size());
        waitText(By.cssSelector(".page-head"), "待复核");
        shot("handler-screened");
        logout();
    }

    @Test
    @Order(7)
    void reviewerConfirmsTheHit() {
        loginToWorkbench("reviewer");
        // The hit waits on the reviewer's 工作台 (docs/rules.md#R83), counted among his 待办.
        waitText(By.id("wb-items"), scanReceipt);
        assertTrue(Integer.parseInt(driver.findElement(By.cssSelector("#wb-todo .tile-count")).getText()) >= 1);
        shot("workbench-reviewer");
        open("/#/review", false);
        openRow(scanReceipt);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-item")));
        // The reviewer sees the candidate's full ID next to the register's masked one.
        assertTrue(item.getText().contains(LISTED_ID), item.getText());
        assertTrue(item.getText().contains("4202021976****8087"), item.getText());
        confirmReviewed(item, "姓名、身份证号码与名单记录一致，确认命中。", "review-hit");
    }

    @Test
    @Order(8)
    void handlerDraftsTheReply() {
        login(scanHandler);
        open("/#/handler/" + scanId, false);
        click(By.id("draft-reply"));
        waitText(By.cssSelector(".page-head"), "待签发");
        waitText(By.cssSelector(".reply-facts"), "草稿");
        shot("handler-drafted");
        click(By.id("view-reply"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.pdf")));
        logout();
    }

    @Test
    @Order(9)
    void officerSignsOff() {
        login("officer");
        openRow(scanReceipt);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.pdf")));
        pdfPainted();
        shot("signoff-preview");
        click(By.id("sign-off"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        // A wrong password is refused inside the dialog; the right one signs.
        WebElement pw = dialog.findElement(By.name("password"));
        // The second factor is asked again at sign-off (docs/rules.md#R24), once for the dialog.
        dialog.findElement(By.id("sign-off-code")).sendKeys(SecondFactors.freshCode(SecondFactors.demoSecret("officer")
                .orElseThrow()));
        pw.sendKeys("not-my-password");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !dialog.findElement(By.cssSelector(".dialog-error")).getText().isBlank());
        pw.clear();
        pw.sendKeys("demo-officer");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement toast = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertTrue(toast.getText().contains("陕信用函〔"), toast.getText());
        logout();
    }

    @Test
    @Order(10)
    void handlerDownloadsTheSignedReply() throws IOException {
        login(scanHandler);
        open("/#/handler/" + scanId, false);
        waitText(By.cssSelector(".reply-facts"), "陕信用函〔");
        waitText(By.cssSelector(".page-head"), "已签发");
        shot("handler-signed");
        click(By.id("download-pdf"));
        Path pdf = awaitDownload(".pdf");
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        click(By.id("download-docx"));
        Path docx = awaitDownload(".docx");
        assertEquals("PK", new String(Files.readAllBytes(docx), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        logout();
    }

    @Test
    @Order(11)
    void registryRecordsTheDispatch() {
        login("registry");
        open("/#/letters/" + scanId, false);
        // The registry opens and prints the signed reply it sends out (issue 17): shown in the page, by its number.
        click(By.id("view-reply"));
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reply-view iframe.pdf")));
        assertTrue(frame.getAttribute("src").startsWith("blob:"), frame.getAttribute("src"));
        waitText(By.id("reply-view"), "陕信用函〔");
        assertTrue(driver.findElement(By.id("print-reply")).isDisplayed());
        assertTrue(driver.findElement(By.id("download-reply")).isDisplayed());
        click(By.id("dispatch"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.tagName("main"), "已发出");
        waitText(By.tagName("main"), "陕信用函〔");
        shot("registry-dispatched");
        logout();
    }

    @Test
    @Order(4)
    void eachRoleSeesItsOwnPages() {
        record Role(String user, String name, String nav, String shot) {
        }
        for (Role r : List.of(new Role("clerk", "王校对", "信息校对", "correction-queue"),
                new Role("handler", "张经办", "我的来函", "handler-queue"),
                new Role("reviewer", "陈复核", "命中复核", "review-queue"),
                new Role("officer", "刘主任", "签发", "signoff-queue"))) {
            login(r.user());
            assertShellShows(r.name(), r.nav());
            assertFalse(driver.findElement(By.cssSelector("nav.mainnav")).getText().contains("用户与角色"),
                    r.user() + " must not see the administrator's pages");
            wait.until(d -> !d.findElements(By.cssSelector(".list-body table, .list-body .alert")).isEmpty());
            shot(r.shot());
            logout();
        }
    }

    /** The correction page marks exactly the fields and rows the API marks needsCheck (docs/rules.md#R50). */
    private void assertMarkedAsTheServerSays(String letterId) {
        JsonObject extraction = Api.as("clerk").get("/api/letters/" + letterId).json().getJsonObject("extraction");
        extraction.getJsonObject("fields").forEach((name, f) -> {
            boolean marked = driver.findElement(By.cssSelector("[name='" + name + "']")).getAttribute("class")
                    .contains("needs-check");
            assertEquals(f.asJsonObject().getBoolean("needsCheck"), marked, name + " " + f);
        });
        JsonArray candidates = extraction.getJsonArray("candidates");
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(candidates.getJsonObject(i).getBoolean("needsCheck"),
                    candidateRow(i).getAttribute("class").contains("needs-check"), "row " + (i + 1));
        }
    }

    @Test
    @Order(12)
    void clerkAcceptsARepairedIdAfterCheckingIt() {
        LetterSpec generated = LetterGenerator.generate(System.nanoTime(), 2);
        LetterSpec.CandidateSpec first = generated.candidates().get(0);
        LetterSpec spec = Workflow.letterWith(generated.seed(), List.of(
                new LetterSpec.CandidateSpec(first.name(), Workflow.withLetterOForZero(first.idNumber())),
                generated.candidates().get(1)));
        Api registry = Api.as("registry");
        JsonObject created = registry.upload("来函.docx", DocxLetterRenderer.render(spec)).json();
        Workflow.awaitRead(registry, created.getString("id"));

        login("clerk");
        openRow(created.getString("receiptNumber"));
        WebElement check = wait.until(d -> candidateRow(0).findElement(By.cssSelector("td.check")));
        assertTrue(check.getText().contains("自动修正的建议"), check.getText());
        // An electronic letter read right: only the repaired row is marked, with its reason.
        assertMarkedAsTheServerSays(created.getString("id"));
        assertEquals(1, driver.findElements(By.cssSelector(".needs-check")).size());
        assertTrue(candidateRow(0).getText().contains("身份证号码是自动修复的建议"), candidateRow(0).getText());
        assertEquals(first.idNumber(), candidateRow(0).findElement(By.name("idNumber")).getAttribute("value"));
        // Confirming before the repair is accepted is refused, the row named ...
        confirmExtraction();
        waitText(By.id("correction-message"), "第 1 行身份证号码是自动修复的建议");
        // ... the clerk checks it against the original and accepts it; then the letter confirms.
        candidateRow(0).findElement(By.cssSelector("button.accept-repair")).click();
        wait.until(d -> candidateRow(0).findElement(By.cssSelector("td.check")).getText().contains("已核对采用"));
        assertFalse(driver.findElement(By.id("correction-message")).getText().contains("自动修复的建议"));
        shot("correction-repair-accepted");
        confirmExtraction();
        wait.until(ExpectedConditions.urlToBe(base + "/#/correction"));
        assertEquals("VERIFIED", Api.as("clerk").get("/api/letters/" + created.getString("id")).json()
                .getString("status"));
        logout();
    }

    /**
     * A listed person (王艳明 of the demo register) whose name the scanned letter gives one character short: the reviewer
     * sees 疑似命中 with both names and the reason beside the page image, and confirms it (docs/rules.md#R56–R58).
     */
    @Test
    @Order(13)
    void reviewerComparesAPossibleHitWithThePageAndConfirmsIt() throws IOException {
        LetterSpec spec = Workflow.letterWith(System.nanoTime(), List.of(
                new LetterSpec.CandidateSpec("王艳", Workflow.idMatchingMask("1101051976", "2715"))));
        Path scan = scanOf(spec);
        String id = Workflow.verified(base, Workflow.extractedLetter(base, scan.getFileName().toString(),
                Files.readAllBytes(scan)));
        Api handler = Api.as(base, "handler");
        Api.Response screened = handler.post("/api/letters/" + id + "/screening", jakarta.json.Json.createObjectBuilder().build());
        assertEquals("POSSIBLE_HIT", screened.json().getJsonArray("results").getJsonObject(0).getString("outcome"),
                screened.body());

        login("reviewer");
        openRow(handler.get("/api/letters/" + id).json().getString("receiptNumber"));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-item.possible")));
        assertTrue(item.getText().contains("疑似命中，待复核"), item.getText());
        assertTrue(item.getText().contains("来函姓名「王艳」与名单姓名「王艳明」不同（来函姓名少一字）"), item.getText());
        assertTrue(item.getText().contains("1101051976****2715"), item.getText());
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('.review-item img.page-image'); return !!i && i.complete && i.naturalWidth > 0"));
        confirmReviewed(item, "来函页面为王艳明，末字未识出，与名单记录一致，确认命中。", "review-possible-hit");
    }

    /**
     * 延期, 不予受理, 改派 and 作废 from the letter's pages (docs/rules.md#R63–#R65, R9), each a dialog of the role allowed:
     * the handler extends his letter by a working day, the registry rejects another letter, the administrator hands the
     * first to another handler and voids the second.
     */
    @Test
    @Order(14)
    void handlerExtendsRegistryRejectsAdministratorVoids() {
        String extended = Workflow.verifiedLetter(Workflow.letterWith(1511, List.of(
                new LetterSpec.CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        String due = Api.as("handler").get("/api/letters/" + extended).json().getString("dueDate");
        String newDue = com.creditquerydesk.domain.model.calendar.WorkingDayCalendar.of(List.of(
                        com.creditquerydesk.domain.model.calendar.CalendarFile.bundled()))
                .plusWorkingDays(java.time.LocalDate.parse(due), 1).toString();
        login("handler");
        open("/#/handler/" + extended, false);
        click(By.id("extend"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal form")));
        // A date input takes typed digits in the browser's locale order: the value is set as a date picker sets it.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name("newDueDate")), newDue);
        labelled(form, "延期理由").sendKeys("查询对象较多，需逐一核对");
        labelled(form, "查询申请单位联系人").sendKeys("王科长");
        shot("extension-dialog");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.cssSelector(".page-head"), "已延期");
        waitText(By.cssSelector(".page-head"), newDue);
        waitText(By.cssSelector(".handler-page"), "王科长");
        shot("handler-extended");
        logout();

        LetterSpec misaddressed = Workflow.letterWith(1512,
                List.of(new LetterSpec.CandidateSpec("王小明", Workflow.idMatchingMask("1101051990", "1234"))));
        String rejected = Workflow.extractedLetter(Api.BASE, "退回.docx", DocxLetterRenderer.render(misaddressed));
        // The same letter again from another file: the page names it (docs/rules.md#R73).
        String again = Workflow.extractedLetter(Api.BASE, "退回-重扫.pdf", PdfLetterRenderer.render(misaddressed));
        String againNumber = Api.as("registry").get("/api/letters/" + again).json().getString("receiptNumber");
        login("registry");
        open("/#/letters/" + rejected, false);
        waitText(By.id("same-request"), againNumber);
        click(By.id("reject"));
        form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal form")));
        new org.openqa.selenium.support.ui.Select(labelled(form, "不予受理理由")).selectByValue("WRONG_ADDRESSEE");
        labelled(form, "说明").sendKeys("主送国家公共信用信息中心");
        shot("rejection-dialog");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.cssSelector(".page"), "主送单位不是本中心（主送国家公共信用信息中心）");
        assertEquals("REJECTED", Api.as("registry").get("/api/letters/" + rejected + "/status").json().getString("status"));
        logout();

        login("admin");
        assertShellShows("孙管理", "来函");
        click(By.linkText("来函"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-list tbody tr.clickable")));
        // 改派 (R9): the administrator hands the extended letter to another handler, chosen by name, with a reason.
        open("/#/letters/" + extended, false);
        click(By.id("reassign"));
        form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal form")));
        org.openqa.selenium.support.ui.Select to = new org.openqa.selenium.support.ui.Select(labelled(form, "新经办人"));
        assertTrue(to.getOptions().stream().noneMatch(o -> o.getAttribute("value").equals("handler")), "not to himself");
        to.selectByVisibleText("赵经办（handler2）");
        labelled(form, "改派理由").sendKeys("原经办人休假");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal form")));
        assertEquals(person("handler2", "赵经办"), Api.as("admin").get("/api/letters/" + extended).json()
                .getJsonObject("handler"));
        open("/#/letters/" + rejected, false);
        click(By.id("void"));
        form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal form")));
        labelled(form, "作废理由").sendKeys("误将他省来函登记为本中心来函");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.cssSelector(".page"), "已作废");
        shot("letter-voided");
        assertEquals("VOIDED", Api.as("registry").get("/api/letters/" + rejected + "/status").json().getString("status"));
        logout();
    }

    @Test
    @Order(20)
    void auditorVerifiesTheChain() {
        login("auditor");
        assertShellShows("周审计", "审计日志");
        waitText(By.cssSelector("table.grid"), "登录"); // the action's label (AuditAction), not its code
        click(By.id("verify-chain"));
        waitText(By.id("verify-result"), "哈希链完整");
        shot("audit-verified");
        logout();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The reviewer confirms the item with the note (screenshot before submitting); the letter is then reviewed. */
    private void confirmReviewed(WebElement item, String note, String shotName) {
        item.findElement(By.cssSelector("input[type=radio][value=CONFIRM]")).click();
        item.findElement(By.name("note")).sendKeys(note);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", item);
        shot(shotName);
        item.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.cssSelector(".page-head"), "已复核");
        logout();
    }

    /** Where each demo account works: after logging in on his 工作台 (docs/rules.md#R83), he goes there. */
    private static final Map<String, String> WORKPLACE = Map.of("admin", "/#/admin/users", "registry", "/#/registry",
            "clerk", "/#/correction", "handler", "/#/handler", "handler2", "/#/handler", "reviewer", "/#/review",
            "officer", "/#/signoff", "auditor", "/#/audit");

    private void login(String user) {
        loginToWorkbench(user);
        open(WORKPLACE.get(user), false);
    }

    private void loginToWorkbench(String user) {
        browser.login(user);
        wait.until(ExpectedConditions.urlToBe(base + "/#/workbench"));
        waitText(By.cssSelector("h1"), "工作台");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void submitLogin(String user, String password) {
        browser.submitLogin(user, password);
    }

    private String message() {
        return driver.findElement(By.id("login-message")).getText().strip();
    }

    private void logout() {
        browser.logout();
    }

    private void open(String path) {
        browser.open(path, true);
    }

    private void open(String path, boolean freshSession) {
        browser.open(path, freshSession);
    }

    private WebElement candidateRow(int index) {
        return driver.findElement(By.cssSelector("#candidates tbody tr[data-index='" + index + "']"));
    }

    private int indexOf(String name) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#candidates tbody tr[data-index]"));
        for (int i = 0; i < rows.size(); i++) {
            if (name.equals(rows.get(i).findElement(By.name("name")).getAttribute("value"))) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Replaces an input's text by typing, as a clerk would (select all, type). */
    private static void retype(WebElement input, String text) {
        if (text.equals(input.getAttribute("value"))) {
            return;
        }
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** A letter field the OCR left empty, filled as the clerk reads it off the page. */
    private void fillIfEmpty(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector(".editor input[name=" + name + "]"));
        if (!input.getAttribute("value").isBlank()) {
            return;
        }
        input.sendKeys(value);
    }

    private void confirmExtraction() {
        click(By.id("confirm-extraction"));
        browser.submitConfirmDialog();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
    }

    /**
     * Chromium's PDF viewer paints the page a moment after the frame loads and offers no signal a test can read
     * from outside its own frame; the screenshot waits that moment.
     */
    private static void pdfPainted() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path awaitDownload(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The handler's view masks IDs as first 6 + last 4. */
    private static String maskedForLogs(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private void assertShellShows(String displayName, String... navEntries) {
        waitText(By.id("current-user"), displayName);
        String nav = driver.findElement(By.cssSelector("nav.mainnav")).getText();
        for (String entry : navEntries) {
            assertTrue(nav.contains(entry), "navigation " + nav + " lacks " + entry);
        }
    }

    private void click(By by) {
        browser.click(by);
    }

    private void waitText(By by, String text) {
        browser.waitText(by, text);
    }

    /** The list row with this text; a wait tries again while there is none. */
    private WebElement rowWith(String text) {
        return driver.findElements(By.cssSelector(".letter-list tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no letter-list row with " + text));
    }

    /** Opens the letter whose list row has this text, trying again if the list re-renders under the click. */
    private void openRow(String text) {
        wait.until(d -> {
            rowWith(text).click();
            return true;
        });
    }

    /** A drop of one file on the drop zone, as the browser delivers it after a drag from the desktop. */
    private void drop(Path file, String mediaType) throws IOException {
        ((JavascriptExecutor) driver).executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                const dt = new DataTransfer();
                dt.items.add(new File([bytes], arguments[1], { type: arguments[2] }));
                const zone = document.getElementById('dropzone');
                zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
                """, Base64.getEncoder().encodeToString(Files.readAllBytes(file)), file.getFileName().toString(),
                mediaType);
    }

    /** The input a visible label points at: every input must have one. */
    private static WebElement labelled(WebElement scope, String label) {
        WebElement l = scope.findElements(By.tagName("label")).stream().filter(e -> e.getText().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no label " + label));
        return scope.findElement(By.id(l.getAttribute("for")));
    }

    private void shot(String name) {
        browser.shot(name);
    }

    /**
     * A generated letter, scanned (200 dpi, one PNG page; several pages go as TIFF), listing 罗勇 of the demo register
     * between two generated candidates. The seed makes each run's file new.
     */
    private Path letterScan(long seed) throws IOException {
        List<LetterSpec.CandidateSpec> others = LetterGenerator.generate(seed, 2).candidates();
        List<LetterSpec.CandidateSpec> candidates = new ArrayList<>(List.of(others.get(0),
                new LetterSpec.CandidateSpec(LISTED_NAME, LISTED_ID), others.get(1)));
        scanSpec = Workflow.letterWith(seed, candidates);
        return scanOf(scanSpec);
    }

    /** The letter scanned clean at 200 dpi: one PNG page, several as a TIFF. */
    private Path scanOf(LetterSpec spec) throws IOException {
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(200));
        boolean one = pages.size() == 1;
        Path file = tmp.resolve("扫描件-" + spec.seed() + (one ? ".png" : ".tif"));
        Files.write(file, one ? ScanLetterRenderer.png(pages.get(0)) : ScanLetterRenderer.tiff(pages));
        return file;
    }

    private Path letterPdf(String nonce) throws IOException {
        Path file = tmp.resolve("letter-" + nonce.substring(0, 8) + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 770);
                text.showText("Credit record query " + nonce);
                text.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
