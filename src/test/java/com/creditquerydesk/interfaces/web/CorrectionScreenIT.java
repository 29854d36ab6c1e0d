package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Browser;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correction page as a clerk works it all day, by keyboard, in headless Chromium at 1366×768 (issue 17,
 * 校对员): focus that survives a save, a walk over what needs checking, a viewer that follows the row, a confirm
 * dialog whose default is visibly the safe button, a confidence that does not outlive an edit, and a 联系人 that must
 * be a name. Each letter is a generated text PDF (read at once, with page images and boxes).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionScreenIT {

    /** The letter's fields in the order the page shows them. */
    private static final List<String> FIELDS = List.of("docNumber", "senderUnit", "addressee", "letterDate",
            "contactName", "contactPhone", "queryKind");
    /** Doubts about a row's ID: the clerk is taken to the ID's input rather than the name's. */
    private static final Set<String> ID_DOUBTS = Set.of("ID_REPAIRED", "ID_INVALID", "ID_DUPLICATE", "COUNTY_UNKNOWN");
    /** What the active element is: f:<field>, r:<row>:<input name>, or its tag. */
    private static final String ACTIVE = """
            const a = document.activeElement;
            const tr = a.closest('#candidates tr[data-index]');
            if (tr) return 'r:' + tr.dataset.index + ':' + a.name;
            if (a.closest('.editor .form-grid')) return 'f:' + a.name;
            return a.tagName.toLowerCase();
            """;

    private Browser browser;

    @RegisterExtension
    final TestWatcher failureShots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.shot("FAILED-correction-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start(Map.of());
        // One login for the class: each demo code works once, and a fresh one may be 30 s away.
        browser.login("clerk");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void ctrlSInARowKeepsFocusSoTheOtherKeysStillWork() {
        Letter letter = upload(3, Set.of());
        openCorrection(letter);
        WebElement id = row(1).findElement(By.name("idNumber"));
        id.click();
        id.sendKeys(Keys.END, Keys.BACK_SPACE, letter.spec.candidates().get(1).idNumber().substring(17));
        id.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        browser.wait.until(d -> !saveButtonHasAttention());
        assertEquals("r:1:idNumber", active(), "focus after Ctrl+S");
        // Alt+N still adds a row (and goes to it), Ctrl+Enter still asks to confirm.
        new Actions(browser.driver).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
        browser.wait.until(d -> rows() == 4);
        assertEquals("r:3:name", active());
        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        active(Keys.ESCAPE);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
    }

    @Test
    void openingGoesToTheFirstMarkedItemAndEnterWalksTheMarks() {
        Letter letter = upload(6, Set.of(1, 4));
        List<String> marked = markedByServer(letter.id);
        assertTrue(marked.size() >= 2, "the repaired rows are marked: " + marked);
        openCorrection(letter);
        browser.wait.until(d -> marked.get(0).equals(active()));
        active(Keys.ENTER);
        assertEquals(marked.get(1), active(), "Enter goes to the next marked item");
        active(Keys.chord(Keys.SHIFT, Keys.ENTER));
        assertEquals(marked.get(0), active(), "Shift+Enter goes back");
        // In a row nobody marked, Enter still goes down its column.
        row(0).findElement(By.name("name")).click();
        active(Keys.ENTER);
        assertEquals("r:1:name", active());
        String help = browser.driver.findElement(By.cssSelector(".shortcuts")).getText();
        assertTrue(help.contains("Shift+Enter") && help.contains("待核对"), help);
    }

    @Test
    void theViewerScrollsToARowOnAnotherPageHighlightsItAndZooms() {
        Letter letter = upload(70, Set.of());
        JsonObject extraction = Api.as("clerk").get("/api/letters/" + letter.id).json().getJsonObject("extraction");
        int pages = extraction.getJsonArray("pages").size();
        assertTrue(pages >= 3, "the list runs over " + pages + " pages");
        // The lowest row of page 2 (a full page: the list goes on after it), off the viewer's visible part until the
        // viewer scrolls to it.
        JsonArray candidates = extraction.getJsonArray("candidates");
        int lowest = -1;
        for (int i = 0; i < candidates.size(); i++) {
            JsonObject c = candidates.getJsonObject(i);
            if (c.getInt("page") == 2 && (lowest < 0 || y(c) > y(candidates.getJsonObject(lowest)))) {
                lowest = i;
            }
        }
        double height = extraction.getJsonArray("pages").getJsonObject(1).getJsonNumber("height").doubleValue();
        assertTrue(y(candidates.getJsonObject(lowest)) / height > 0.7, "the row sits low on its page");
        openCorrection(letter);
        browser.wait.until(d -> (Boolean) browser.js(
                "const i = document.querySelector('img.page-img'); return !!i && i.complete && i.naturalWidth > 0"));
        browser.js("arguments[0].focus()", row(lowest).findElement(By.name("name")));
        browser.waitText(By.cssSelector(".viewer .page-no"), "第 2 / " + pages + " 页");
        browser.wait.until(d -> activeBoxInView(true));
        assertTrue((Boolean) browser.js("return document.querySelector('svg.boxes rect.active').dataset.key === arguments[0]",
                "c:" + lowest));

        // Zoom: the button, Ctrl+wheel over the page, and + / − while the viewer has focus; the row stays in view.
        double fit = imageWidth();
        browser.click(By.id("zoom-in"));
        browser.wait.until(d -> imageWidth() > fit * 1.2);
        double once = imageWidth();
        browser.js("document.querySelector('.stage-wrap').dispatchEvent(new WheelEvent('wheel',"
                + " { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }))");
        browser.wait.until(d -> imageWidth() > once * 1.2);
        browser.wait.until(d -> activeBoxInView(false));
        double twice = imageWidth();
        WebElement stage = browser.driver.findElement(By.cssSelector(".stage-wrap"));
        browser.js("arguments[0].focus()", stage);
        stage.sendKeys("-");
        browser.wait.until(d -> imageWidth() < twice * 0.9);
        stage.sendKeys("+");
        browser.wait.until(d -> imageWidth() > twice * 0.95);
        assertTrue(browser.driver.findElement(By.id("zoom-level")).getText().matches("\\d+%"));
        browser.shot("correction-viewer-zoomed");
    }

    @Test
    void aWordLetterIsShownBesideItsFieldsOnPagesDrawnFromItsText() {
        Letter letter = upload(30, Set.of(), "来函.docx", DocxLetterRenderer::render);
        JsonArray pages = Api.as("clerk").get("/api/letters/" + letter.id).json().getJsonObject("extraction")
                .getJsonArray("pages");
        assertTrue(pages.size() >= 2, "30 rows run over a second A4 page: " + pages);
        openCorrection(letter);
        browser.wait.until(d -> (Boolean) browser.js(
                "const i = document.querySelector('.viewer img.page-img'); return !!i && i.complete && i.naturalWidth === 1190"));
        browser.waitText(By.cssSelector(".viewer .page-no"), "第 1 / " + pages.size() + " 页");
        assertTrue(browser.driver.findElement(By.cssSelector(".viewer .viewer-bar")).getText().contains("原件"),
                "the file itself one click away");
        browser.driver.findElements(By.cssSelector(".viewer .viewer-bar button")).stream()
                .filter(b -> b.getText().equals("下一页")).findFirst().orElseThrow().click();
        browser.waitText(By.cssSelector(".viewer .page-no"), "第 2 / " + pages.size() + " 页");
        browser.shot("correction-docx");
    }

    @Test
    void aScanIsShownAsReceivedOrAsPreparedWithItsBoxes() {
        // Skewed by 1.5°: the prepared page is turned straight, the original not.
        Letter letter = upload(4, Set.of(), "来函.tif", spec -> ScanLetterRenderer.tiff(ScanLetterRenderer.render(spec,
                new ScanLetterRenderer.ScanOptions(200, 1.5, false, 0, 1f, false, false, false))));
        openCorrection(letter);
        browser.wait.until(d -> (Boolean) browser.js(
                "const i = document.querySelector('.viewer img.page-img'); return !!i && i.complete && i.naturalWidth > 0"));
        String prepared = (String) browser.js("return document.querySelector('.viewer img.page-img').src");
        assertFalse((Boolean) browser.js("return getComputedStyle(document.querySelector('svg.boxes')).display === 'none'"), "boxes on the prepared page");
        browser.click(By.id("toggle-original"));
        browser.wait.until(d -> (Boolean) browser.js("const i = document.querySelector('.viewer img.page-img');"
                + " return i.src !== arguments[0] && i.complete && i.naturalWidth > 0", prepared));
        assertEquals("true", browser.driver.findElement(By.id("toggle-original")).getAttribute("aria-pressed"));
        assertTrue((Boolean) browser.js("return getComputedStyle(document.querySelector('svg.boxes')).display === 'none'"),
                "the original has no boxes: they belong to the prepared page");
        List<String> details = Api.as("auditor").get("/api/audit?letterId=" + letter.id + "&limit=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("detail", "")).toList();
        assertTrue(details.contains("查看原件图像 第 1 页"), "the server gave the scan as received: " + details);
        browser.shot("correction-original");
        active(Keys.chord(Keys.ALT, "o"));
        browser.wait.until(d -> "false".equals(browser.driver.findElement(By.id("toggle-original")).getAttribute("aria-pressed")));
        browser.wait.until(d -> !(Boolean) browser.js("return getComputedStyle(document.querySelector('svg.boxes')).display === 'none'"));
    }

    @Test
    void theConfirmDialogStartsOnTheSafeButtonAndShowsWhereFocusIs() {
        Letter letter = upload(2, Set.of());
        openCorrection(letter);
        browser.click(By.id("confirm-extraction"));
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.modal")));
        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals("button", focused.getAttribute("type"), "the default is not the submitting button");
        assertEquals("返回修改", focused.getText().strip(), "the safe button says what it does");
        for (WebElement button : dialog.findElements(By.tagName("button"))) {
            browser.js("arguments[0].focus()", button);
            assertTrue((Boolean) browser.js("const s = getComputedStyle(document.activeElement);"
                    + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2", button),
                    "a visible focus ring on " + button.getText());
        }
        assertTrue(dialog.findElement(By.cssSelector("button[type=submit]")).getText().contains("确认无误"));
        browser.js("arguments[0].focus()", focused);
        focused.sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.modal")));
        assertEquals("EXTRACTED", Api.as("clerk").get("/api/letters/" + letter.id).json().getString("status"),
                "a reflexive Enter confirms nothing");
    }

    @Test
    void anEditedValueNoLongerShowsTheEnginesConfidence() {
        Letter letter = upload(2, Set.of());
        openCorrection(letter);
        WebElement unit = browser.driver.findElement(By.cssSelector(".editor [name=senderUnit]"));
        WebElement hint = unit.findElement(By.xpath("following-sibling::small[contains(@class,'hint')]"));
        assertTrue(hint.getText().contains("置信度"), "a read field shows its confidence: " + hint.getText());
        retype(unit, "某某市人力资源和社会保障局");
        assertFalse(hint.getText().contains("置信度"), hint.getText());
        assertTrue(hint.getText().contains("已修改"), hint.getText());
        WebElement confidence = row(0).findElement(By.cssSelector("td:nth-child(5)"));
        assertTrue(confidence.getText().contains("%"), confidence.getText());
        retype(row(0).findElement(By.name("name")), "王小明");
        browser.wait.until(d -> !row(0).findElement(By.cssSelector("td:nth-child(5)")).getText().contains("%"));
        assertTrue(row(0).findElement(By.cssSelector("td:nth-child(5)")).getText().contains("已修改"));
    }

    @Test
    void aPhoneNumberAsContactIsRefusedAtConfirmAndTheFieldFocused() {
        Letter letter = upload(2, Set.of());
        openCorrection(letter);
        retype(browser.driver.findElement(By.cssSelector(".editor [name=contactName]")), "13912345678");
        browser.click(By.id("confirm-extraction"));
        browser.submitConfirmDialog();
        browser.waitText(By.id("correction-message"), "联系人");
        assertTrue(browser.driver.findElement(By.id("correction-message")).getText().contains("不是姓名"));
        browser.wait.until(d -> "f:contactName".equals(active()));
        assertEquals("EXTRACTED", Api.as("clerk").get("/api/letters/" + letter.id).json().getString("status"));
        Api.Response refused = Api.as("clerk").post("/api/letters/" + letter.id + "/extraction/confirm",
                jakarta.json.Json.createObjectBuilder().build());
        assertEquals(422, refused.status(), refused.body());
        assertEquals("contactName", refused.json().getJsonArray("fields").getString(0), refused.body());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private record Letter(String id, String receipt, LetterSpec spec) {
    }

    /** A text-PDF letter of that many generated candidates; the rows named get an ID the reading repairs. */
    private static Letter upload(int count, Set<Integer> repaired) {
        return upload(count, repaired, "来函.pdf", PdfLetterRenderer::render);
    }

    private static Letter upload(int count, Set<Integer> repaired, String fileName,
                                 java.util.function.Function<LetterSpec, byte[]> renderer) {
        LetterSpec generated = LetterGenerator.generate(System.nanoTime(), count);
        List<LetterSpec.CandidateSpec> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LetterSpec.CandidateSpec c = generated.candidates().get(i);
            people.add(repaired.contains(i) ? new LetterSpec.CandidateSpec(c.name(), Workflow.withLetterOForZero(c.idNumber())) : c);
        }
        LetterSpec spec = Workflow.letterWith(generated.seed(), people);
        Api registry = Api.as("registry");
        JsonObject created = registry.upload(fileName, renderer.apply(spec)).json();
        String id = created.getString("id");
        assertEquals("EXTRACTED", Workflow.awaitRead(registry, id).getString("status"));
        return new Letter(id, created.getString("receiptNumber"), spec);
    }

    /** What the server marks needsCheck, in the page's order, as {@link #ACTIVE} names the input it goes to. */
    private static List<String> markedByServer(String id) {
        JsonObject extraction = Api.as("clerk").get("/api/letters/" + id).json().getJsonObject("extraction");
        List<String> marked = new ArrayList<>();
        for (String f : FIELDS) {
            if (extraction.getJsonObject("fields").getJsonObject(f).getBoolean("needsCheck")) {
                marked.add("f:" + f);
            }
        }
        JsonArray candidates = extraction.getJsonArray("candidates");
        for (int i = 0; i < candidates.size(); i++) {
            JsonObject c = candidates.getJsonObject(i);
            if (c.getBoolean("needsCheck")) {
                boolean idDoubt = c.getJsonArray("doubts").stream()
                        .anyMatch(d -> ID_DOUBTS.contains(d.asJsonObject().getString("code")));
                marked.add("r:" + i + ":" + (idDoubt ? "idNumber" : "name"));
            }
        }
        return marked;
    }

    /**
     * Opens the letter's correction page; a page left with unsaved edits or an open dialog by an earlier (failed)
     * test is left anyway, so each test starts from a page of its own.
     */
    /**
     * Dates are typed YYYY-MM-DD whatever the browser's locale (the native picker shows mm/dd/yyyy in an English one),
     * and a day that does not exist is refused before the form is sent (issue 17).
     */
    @Test
    void listFiltersTakeDatesAsYearMonthDayAndRefuseOneThatDoesNotExist() {
        browser.js("document.querySelectorAll('dialog[open]').forEach((d) => d.close());"
                + " window.confirm = () => true; location.hash = '#/correction'");
        WebElement from = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".letter-list input[name=from]")));
        assertEquals("text", from.getAttribute("type"));
        assertEquals("YYYY-MM-DD", from.getAttribute("placeholder"));
        for (String[] typed : new String[][]{{"2026-02-30", "false"}, {"10/09/2026", "false"}, {"2026-10-09", "true"}}) {
            from.clear();
            from.sendKeys(typed[0]);
            assertEquals(Boolean.valueOf(typed[1]), browser.js("return arguments[0].checkValidity()", from), typed[0]);
        }
        from.clear();
    }

    private void openCorrection(Letter letter) {
        browser.js("document.querySelectorAll('dialog[open]').forEach((d) => d.close());"
                + " window.confirm = () => true; location.hash = '#/correction/' + arguments[0]", letter.id);
        browser.waitText(By.cssSelector("h1"), letter.receipt);
        browser.wait.until(d -> rows() == letter.spec.candidates().size());
    }

    private WebElement row(int index) {
        return browser.driver.findElement(By.cssSelector("#candidates tbody tr[data-index='" + index + "']"));
    }

    private int rows() {
        return browser.driver.findElements(By.cssSelector("#candidates tbody tr[data-index]")).size();
    }

    private String active() {
        return (String) browser.js(ACTIVE);
    }

    private void active(CharSequence keys) {
        browser.driver.switchTo().activeElement().sendKeys(keys);
    }

    private boolean saveButtonHasAttention() {
        return browser.driver.findElement(By.id("save-extraction")).getAttribute("class").contains("attention");
    }

    /**
     * Whether the active box is inside the viewer's visible part and the window: whole, or (zoomed in, where a row's
     * box is wider than the viewer) its full height and the middle of its width.
     */
    private boolean activeBoxInView(boolean whole) {
        return (Boolean) browser.js("""
                const r = document.querySelector('svg.boxes rect.active');
                const w = document.querySelector('.stage-wrap');
                if (!r || !w) return false;
                const a = r.getBoundingClientRect(), b = w.getBoundingClientRect();
                const mid = (a.left + a.right) / 2;
                const across = arguments[0] ? a.left >= b.left && a.right <= b.right : mid >= b.left && mid <= b.right;
                return a.height > 0 && a.top >= b.top && a.bottom <= b.bottom && across
                  && a.top >= 0 && a.bottom <= innerHeight;
                """, whole);
    }

    private double imageWidth() {
        return ((Number) browser.js("return document.querySelector('img.page-img').getBoundingClientRect().width"))
                .doubleValue();
    }

    private static double y(JsonObject candidate) {
        return candidate.getJsonArray("box").getJsonNumber(1).doubleValue();
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        assertNotEquals("", input.getAttribute("value"));
    }
}
