package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 收文登记 over HTTP against the running server (issue 2, "Intake" and "Must show"). */
class IntakeIT {

    private static final Pattern RECEIPT = Pattern.compile("收\\d{4}-\\d{4,}");
    private final Api registry = Api.as("registry");

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    @Test
    void pdfDocxPngAndMultiPageTiffAreRegisteredWithReceiptNumbersAndDueDates() {
        List<JsonObject> letters = new ArrayList<>();
        letters.add(created(registry.upload("/api/letters", "来函.pdf", TestFiles.pdf(2, unique()),
                Map.of("channel", "electronic", "note", "电子来函"))));
        letters.add(created(registry.upload("来函.docx", TestFiles.docx(unique()))));
        letters.add(created(registry.upload("/api/letters", "scan.png", TestFiles.image("png", unique()),
                Map.of("channel", "paper"))));
        letters.add(created(registry.upload("scan.tif", TestFiles.tiff(3, unique()))));

        assertEquals(List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "image/png", "image/tiff"),
                letters.stream().map(l -> l.getJsonObject("file").getString("mediaType")).toList());
        assertEquals(List.of(2, 1, 1, 3), letters.stream().map(l -> l.getJsonObject("file").getInt("pages")).toList());
        int previous = -1;
        for (JsonObject l : letters) {
            String receipt = l.getString("receiptNumber");
            assertTrue(RECEIPT.matcher(receipt).matches(), receipt);
            int serial = Integer.parseInt(receipt.substring(receipt.indexOf('-') + 1));
            if (previous > 0) {
                assertEquals(previous + 1, serial, "receipt numbers are consecutive");
            }
            previous = serial;
            LocalDate due = LocalDate.parse(l.getString("dueDate"));
            assertTrue(due.isAfter(LocalDate.parse(l.getString("receivedAt").substring(0, 10)).minusDays(1)));
            assertTrue(List.of("RECEIVED", "EXTRACTING", "EXTRACTED", "FAILED").contains(l.getString("status")));
        }
        assertEquals("PAPER", letters.get(2).getString("channel"));
        assertEquals("电子来函", letters.get(0).getString("note"));
    }

    @Test
    void concurrentRegistrationsGetGapFreeUniqueReceiptNumbers() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            futures.add(pool.submit(() -> created(registry.upload("c.pdf", TestFiles.pdf(1, unique()))).getString("receiptNumber")));
        }
        List<Integer> serials = new ArrayList<>();
        for (var f : futures) {
            String receipt = f.get();
            serials.add(Integer.parseInt(receipt.substring(receipt.indexOf('-') + 1)));
        }
        pool.shutdown();
        serials.sort(null);
        assertEquals(30, serials.stream().distinct().count(), "no number twice: " + serials);
        assertEquals(29, serials.get(29) - serials.get(0), "no gap: " + serials);
    }

    @Test
    void theSameFileTwiceAnswers409WithTheExistingLetter() {
        byte[] pdf = TestFiles.pdf(1, unique());
        JsonObject first = created(registry.upload("a.pdf", pdf));
        Api.Response again = registry.upload("renamed.pdf", pdf);
        assertEquals(409, again.status());
        assertEquals(first.getString("id"), again.json().getString("existingId"));
        assertBilingual(again.json());
    }

    @Test
    void anExecutableRenamedToPdfAnswers415() {
        Api.Response r = registry.upload("letter.pdf", TestFiles.exe());
        assertEquals(415, r.status());
        assertBilingual(r.json());
    }

    @Test
    void badFilesAreRefusedWithAReasonAndNothingIsStored() {
        long before = total();
        assertEquals(400, registry.upload("empty.pdf", new byte[0]).status());
        assertEquals(422, registry.upload("locked.pdf", TestFiles.encryptedPdf(unique())).status());
        assertEquals(413, registry.upload("bomb.png", TestFiles.pngBomb()).status());
        assertEquals(422, registry.upload("xxe.docx", TestFiles.docxWithExternalEntity()).status());
        assertEquals(413, registry.upload("bomb.docx", TestFiles.docxZipBomb()).status());
        Api.Response noFile = registry.upload("/api/letters", "x", new byte[0], Map.of());
        assertEquals(400, noFile.status());
        assertEquals(before, total());
    }

    @Test
    void theOriginalBytesComeBackUnchanged() {
        byte[] tiff = TestFiles.tiff(2, unique());
        JsonObject letter = created(registry.upload("scan.tiff", tiff));
        Api.Response file = Api.as("clerk").get("/api/letters/" + letter.getString("id") + "/file");
        assertEquals(200, file.status());
        assertArrayEquals(tiff, file.bytes());
        assertEquals("image/tiff", file.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void lettersAreListedPagedAndFiltered() {
        created(registry.upload("p.pdf", TestFiles.pdf(1, unique())));
        created(registry.upload("q.pdf", TestFiles.pdf(1, unique())));
        JsonObject page = registry.get("/api/letters?limit=1&offset=0").json();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 2);
        JsonObject other = registry.get("/api/letters?limit=1&offset=1").json();
        assertFalse(page.getJsonArray("items").getJsonObject(0).getString("id")
                .equals(other.getJsonArray("items").getJsonObject(0).getString("id")));
        // The date the centre received them on: in China, which is already tomorrow after 16:00 UTC.
        String today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"))).toString();
        assertTrue(registry.get("/api/letters?from=" + today + "&to=" + today).json().getInt("total") >= 2);
        assertEquals(0, registry.get("/api/letters?to=2001-01-01").json().getInt("total"));
        assertEquals(0, registry.get("/api/letters?status=DISPATCHED&unit=不存在的单位").json().getInt("total"));
        assertTrue(registry.get("/api/letters?overdueFirst=true").status() == 200);
        assertEquals(400, registry.get("/api/letters?status=NOPE").status());
    }

    @Test
    void aLetterIsReadBackWithItsDatesAndAnEmptyExtractionAtFirst() {
        JsonObject letter = created(registry.upload("r.pdf", TestFiles.pdf(1, unique())));
        JsonObject read = registry.get("/api/letters/" + letter.getString("id")).json();
        assertEquals(letter.getString("receiptNumber"), read.getString("receiptNumber"));
        assertEquals(letter.getString("dueDate"), read.getString("dueDate"));
        assertTrue(read.containsKey("status"));
        assertEquals(404, registry.get("/api/letters/" + unique()).status());
    }

    private long total() {
        return registry.get("/api/letters?limit=1").json().getInt("total");
    }

    static JsonObject created(Api.Response r) {
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static void assertBilingual(JsonObject error) {
        assertFalse(error.getString("code").isBlank());
        assertTrue(error.getString("message").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                error.getString("message"));
        assertTrue(error.getString("messageEn").matches(".*[a-z].*"));
    }
}
