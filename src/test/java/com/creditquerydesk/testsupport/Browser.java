package com.creditquerydesk.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) at the office's usual 1366×768, against the running
 * server, with the demo users' two-step login. Shared by the browser tests.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    public final String base = System.getProperty("cqd.base.url", "http://localhost:8080").replaceAll("/$", "");
    public final WebDriver driver;
    public final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // Lists re-render while work finishes, so an element found a moment ago may be gone.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Starts the browser, or skips the calling test class where Chromium is not installed. */
    public static Browser start(Map<String, Object> prefs) throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "Assumption: the browser tests need Chromium and "
                + "/usr/bin/chromedriver (Debian: apt-get install chromium chromium-driver); it is absent, so "
                + "they are skipped.");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
                "--window-size=1366,768");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        Files.createDirectories(SHOTS);
        return new Browser(new ChromeDriver(service, options));
    }

    /** For a test class's {@code @RegisterExtension}: a failed test leaves a screenshot, prefix + its method's name. */
    public static TestWatcher shotOnFailure(Supplier<Browser> browser, String prefix) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                if (browser.get() != null) {
                    browser.get().shot(prefix + context.getRequiredTestMethod().getName());
                }
            }
        };
    }

    @Override
    public void close() {
        driver.quit();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The password, then the demo account's authenticator code at the second step (docs/rules.md#R24). */
    public void login(String user) {
        open("/#/login", true);
        submitLogin(user, "demo-" + user);
        WebElement code = wait.until(ExpectedConditions.elementToBeClickable(By.id("second-factor-code")));
        code.sendKeys(SecondFactors.freshCode(SecondFactors.demoSecret(user).orElseThrow()));
        driver.findElement(By.id("second-factor-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    public void submitLogin(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        WebElement pw = driver.findElement(By.id("password"));
        name.clear();
        name.sendKeys(user);
        pw.clear();
        pw.sendKeys(password);
        js("document.getElementById('login-message').textContent=''");
        driver.findElement(By.id("login-submit")).click();
    }

    /**
     * Submits the open confirm dialog of the correction page, answering a letter addressed to another unit here
     * (docs/rules.md#R85) where the dialog asks: the generated letters address the national centre too.
     */
    public void submitConfirmDialog() {
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        dialog.findElements(By.id("answer-elsewhere")).forEach(WebElement::click);
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
    }

    public void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
    }

    /** Opens a page; with freshSession the stored login is dropped first. */
    public void open(String path, boolean freshSession) {
        driver.get(base + path);
        if (freshSession) {
            js("sessionStorage.clear()");
        }
        driver.navigate().refresh();
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void waitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void shot(String name) {
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
