package com.creditquerydesk.interfaces.web;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web interface as each demo user sees it, in headless Chromium against the running server
 * ({@code cqd.base.url}, default http://localhost:8080, started with CQD_DEMO=true). Steps run in the order of a
 * letter's path and share the letters they create; the later steps (correct an ID, screen, review, draft, sign off,
 * download) slot in after {@link #registryUploadsPngAndPdf()} as their endpoints arrive. Screenshots go to
 * target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebWalkthroughIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Pattern RECEIPT = Pattern.compile("收\\d{4}-\\d{4,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String base = System.getProperty("cqd.base.url", "http://localhost:8080").replaceAll("/$", "");
    /** A fresh account per run, created by the administrator and then locked on purpose by the login test. */
    private final String newUser = "webit" + UUID.randomUUID().toString().substring(0, 6);
    private final String newUserPassword = "Webit-" + UUID.randomUUID();

    private WebDriver driver;
    private WebDriverWait wait;
    private Path tmp;
    /** Receipt numbers registered in this run, for the later steps of the path. */
    private List<String> receipts = List.of();

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "Assumption: the web walkthrough needs Chromium and "
                + "/usr/bin/chromedriver (Debian: apt-get install chromium chromium-driver); it is absent, so "
                + "the walkthrough is skipped.");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
                "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
        tmp = Files.createTempDirectory("cqd-web-it");
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
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
            if (attempt == 1) {
                assertTrue(message().contains("密码"), "wrong password message: " + message());
                shot("login-wrong-password");
            }
        }
        // The fifth wrong password in a row locks the account; the right password is refused too, and says why.
        submitLogin(newUser, newUserPassword);
        wait.until(d -> message().contains("锁定"));
        shot("login-locked");
        assertTrue(driver.getCurrentUrl().endsWith("#/login"));
    }

    @Test
    @Order(3)
    void registryUploadsPngAndPdf() throws IOException {
        login("registry");
        assertShellShows("李收发", "收文登记");
        String nonce = UUID.randomUUID().toString();
        Path png = letterPng(nonce);
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
        for (String receipt : receipts) {
            WebElement row = wait.until(d -> rowWith(receipt));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertTrue(DATE.matcher(cells.get(4).getText()).find(), "due date in " + row.getText());
        }
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.letter-list').scrollIntoView()");
        shot("registry-list");

        // The same PNG again is a duplicate: the queue says so and links to the letter already registered.
        driver.findElement(By.id("upload-input")).sendKeys(png.toString());
        WebElement failed = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#upload-queue .upload-item.failed")));
        assertFalse(failed.findElement(By.cssSelector(".upload-state")).getText().isBlank());
        assertFalse(failed.findElements(By.cssSelector(".upload-extra a")).isEmpty(), "link to the existing letter");

        // The letter page shows the facts without any full ID number.
        rowWith(receipts.get(0)).click();
        waitText(By.cssSelector("h1"), receipts.get(0));
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("110105199003071234"),
                "a full ID number outside the correction and review views");
        shot("letter-detail");
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

    // Later steps go here in path order: clerk corrects an ID (order 5), handler screens (6), reviewer confirms a
    // hit (7), handler drafts the reply (8), officer signs off (9), handler downloads the PDF and DOCX (10).

    @Test
    @Order(20)
    void auditorVerifiesTheChain() {
        login("auditor");
        assertShellShows("周审计", "审计日志");
        waitText(By.cssSelector("table.grid"), "LOGIN");
        click(By.id("verify-chain"));
        waitText(By.id("verify-result"), "哈希链完整");
        shot("audit-verified");
        logout();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void login(String user) {
        open("/#/login");
        submitLogin(user, "demo-" + user);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private void submitLogin(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        WebElement pw = driver.findElement(By.id("password"));
        name.clear();
        name.sendKeys(user);
        pw.clear();
        pw.sendKeys(password);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('login-message').textContent=''");
        driver.findElement(By.id("login-submit")).click();
    }

    private String message() {
        return driver.findElement(By.id("login-message")).getText().strip();
    }

    private void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
    }

    private void open(String path) {
        driver.get(base + path);
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
    }

    private void assertShellShows(String displayName, String... navEntries) {
        waitText(By.id("current-user"), displayName);
        String nav = driver.findElement(By.cssSelector("nav.mainnav")).getText();
        for (String entry : navEntries) {
            assertTrue(nav.contains(entry), "navigation " + nav + " lacks " + entry);
        }
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void waitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private WebElement rowWith(String text) {
        return driver.findElements(By.cssSelector(".letter-list tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
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
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A scanned-looking letter page (A4 at 150 dpi); the nonce keeps each run's file unique. */
    private Path letterPng(String nonce) throws IOException {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("关于查询招录人员信用记录的函", 340, 200);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString("人社函〔2026〕15号", 480, 260);
        g.drawString("省信用信息中心：", 120, 340);
        g.drawString("张三      110105199003071234", 160, 480);
        g.drawString(nonce, 120, 1600);
        g.dispose();
        Path file = tmp.resolve("letter-" + nonce.substring(0, 8) + ".png");
        ImageIO.write(img, "png", file.toFile());
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
