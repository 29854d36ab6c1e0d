package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 §6 over HTTP: the letter lists' search box by every key, a candidate's ID found through its keyed hash and
 * a masked or partial one not (docs/rules.md#R92), filters, sorting and server-side paging with totals and the 400s
 * (R93), the search recorded without the clear ID, and the 流程跟踪 of a letter (R94).
 */
class LetterSearchIT {

    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final long RUN = System.nanoTime() % 1_000_000;
    private static final String UNIT = "检索测试" + chinese(RUN) + "人力资源和社会保障局";
    /** A name and an ID no other test uses. */
    private static final String NAME = "司马" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (RUN % 10)) + "明";
    private static final String ID = Workflow.idMatchingMask("61010219" + (50 + RUN % 40), "4" + (100 + RUN % 900));
    private static final String OTHER_ID = Workflow.idMatchingMask("6101131990", "2222");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));

    private static String clean;
    private static String hit;
    private static String unread;
    private static JsonObject cleanLetter;

    private final Api registry = Api.as("registry");

    private static String chinese(long n) {
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            s.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return s.toString();
    }

    @BeforeAll
    static void threeLettersOfOneUnit() {
        Workflow.importSampleRegister();
        clean = Workflow.screenedLetterFrom(UNIT, 1901, List.of(new CandidateSpec(NAME, ID)));
        hit = Workflow.screenedLetterFrom(UNIT, 1902, List.of(new CandidateSpec("罗勇", LISTED_ID)));
        unread = Workflow.readLetterFrom(UNIT, 1903, List.of(new CandidateSpec("李娜", OTHER_ID)));
        cleanLetter = Api.as("handler").get("/api/letters/" + clean).json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonObject page(String query) {
        Api.Response r = registry.get("/api/letters?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private Set<String> found(String q) {
        return Set.copyOf(ids(page("q=" + enc(q) + "&size=200")));
    }

    @Test
    void eachKeyFindsItsLetter() {
        assertEquals(Set.of(clean), found(cleanLetter.getString("receiptNumber")), "收文编号");
        assertTrue(found(cleanLetter.getString("docNumber")).contains(clean), "来函文号");
        page("q=" + enc(cleanLetter.getString("docNumber")) + "&size=200").getJsonArray("items").forEach(v ->
                assertTrue(v.asJsonObject().getString("docNumber", "").contains(cleanLetter.getString("docNumber"))));
        assertEquals(Set.of(clean, hit, unread), found(UNIT), "the requesting unit");
        assertEquals(Set.of(clean, hit, unread), found(UNIT.substring(0, 6)), "part of the unit's name");
        assertEquals(Set.of(clean), found(NAME), "a candidate's whole name, through its keyed hash");
        assertEquals("TEXT", page("q=" + enc(NAME)).getString("searchedAs"));
    }

    @Test
    void aWholeIdIsFoundThroughItsHashHoweverTyped() {
        assertEquals(Set.of(clean), found(ID));
        assertEquals(Set.of(clean), found(ID.substring(0, 6) + " " + ID.substring(6, 14) + " " + ID.substring(14)));
        StringBuilder fullWidth = new StringBuilder();
        ID.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
        assertEquals(Set.of(clean), found(fullWidth.toString()));
        Set<String> listed = found(LISTED_ID); // other tests' letters name 罗勇 too
        assertTrue(listed.contains(hit) && !listed.contains(clean) && !listed.contains(unread), listed.toString());
        JsonObject p = page("q=" + ID);
        assertEquals("ID", p.getString("searchedAs"));
        assertEquals(1, p.getInt("total"));
        // the unread letter's candidates are searchable as soon as it is read, before anyone confirms it
        assertEquals(Set.of(unread), found(OTHER_ID).stream().filter(Set.of(clean, hit, unread)::contains)
                .collect(Collectors.toSet()));
    }

    @Test
    void aMaskedOrPartialIdFindsNoCandidateAndSaysSo() {
        for (String partial : List.of(ID.substring(0, 6) + "********" + ID.substring(14), ID.substring(0, 14),
                ID.substring(0, 17))) {
            JsonObject p = page("q=" + enc(partial));
            assertEquals(0, p.getInt("total"), partial);
            assertEquals("PARTIAL_ID", p.getString("searchedAs"));
            assertTrue(p.getString("searchNote").contains("完整"), p.toString());
            assertFalse(p.getString("searchNoteEn").isBlank());
        }
    }

    @Test
    void pagesAreCountedOnTheServer() {
        String q = "q=" + enc(UNIT) + "&sort=receiptNumber&dir=asc&size=2";
        JsonObject first = page(q + "&page=1");
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(1, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        JsonObject second = page(q + "&page=2");
        assertEquals(3, second.getInt("total"));
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals(2, second.getInt("offset"));
        assertEquals(0, page(q + "&page=3").getJsonArray("items").size());
        // in receipt-number order, across the pages, and the same through offset and limit
        List<String> order = new java.util.ArrayList<>(ids(first));
        order.addAll(ids(second));
        assertEquals(List.of(clean, hit, unread), order, "registered in this order");
        assertEquals(ids(second), ids(page("q=" + enc(UNIT) + "&sort=receiptNumber&dir=asc&offset=2&limit=2")));
        assertEquals(List.of(unread, hit, clean), ids(page("q=" + enc(UNIT) + "&sort=receiptNumber&dir=desc")));
    }

    @Test
    void filtersNarrowTheSearch() {
        String q = "q=" + enc(UNIT);
        assertEquals(List.of(hit), ids(page(q + "&hits=true")), "hits only");
        assertEquals(List.of(unread), ids(page(q + "&status=EXTRACTED")));
        assertEquals(Set.of(clean, hit), Set.copyOf(ids(page(q + "&status=SCREENED,IN_REVIEW"))));
        assertEquals(Set.of(clean, hit), Set.copyOf(ids(page(q + "&handler=handler"))), "the unread one has no handler");
        assertEquals(0, page(q + "&handler=handler2").getInt("total"));
        LocalDate today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
        assertEquals(3, page(q + "&from=" + today + "&to=" + today).getInt("total"));
        assertEquals(0, page(q + "&to=" + today.minusDays(1)).getInt("total"));
    }

    @Test
    void badInputIs400InBothLanguages() {
        for (String[] c : new String[][]{{"size=0", "PAGE_PARAMETER_INVALID"}, {"size=201", "PAGE_PARAMETER_INVALID"},
                {"page=0", "PAGE_PARAMETER_INVALID"}, {"page=abc", "PAGE_PARAMETER_INVALID"},
                {"limit=-1", "PAGE_PARAMETER_INVALID"}, {"from=2026-13-01", "DATE_INVALID"},
                {"from=2026-12-07&to=2026-12-01", "DATE_RANGE_INVALID"}, {"sort=nope", "SORT_UNKNOWN"},
                {"sort=dueDate&dir=up", "SORT_DIRECTION_UNKNOWN"}, {"status=NOPE", "STATUS_UNKNOWN"},
                {"q=" + enc("单".repeat(101)), "QUERY_TOO_LONG"}}) {
            Api.Response r = registry.get("/api/letters?" + c[0]);
            assertEquals(400, r.status(), c[0] + " " + r.body());
            assertEquals(c[1], r.json().getString("code"), c[0]);
            assertTrue(r.json().getString("message").codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN), "Chinese: " + r.body());
            assertFalse(r.json().getString("messageEn").isBlank());
        }
    }

    @Test
    void theSearchIsRecordedWithTheIdMasked() {
        Api auditor = Api.as("auditor");
        long before = auditor.get("/api/audit?action=LETTER_SEARCHED&actor=handler2&limit=1").json().getInt("total");
        Api handler2 = Api.as("handler2");
        assertEquals(200, handler2.get("/api/letters?q=" + ID).status());
        assertEquals(200, handler2.get("/api/letters").status(), "paging without a search is not recorded");
        Api.Response r = auditor.get("/api/audit?action=LETTER_SEARCHED&actor=handler2&limit=5");
        assertEquals(before + 1, r.json().getInt("total"), r.body());
        JsonObject e = r.json().getJsonArray("items").getJsonObject(0);
        assertEquals("检索来函", e.getString("label"));
        assertTrue(e.getString("detail").contains(ID.substring(0, 6) + "********" + ID.substring(14)), e.toString());
        assertFalse(r.body().contains(ID), "never the clear ID: " + r.body());
        assertFalse(r.body().contains(ID.substring(6, 14)));
    }

    @Test
    void theTimelineShowsEachStepWhoWhenAndWorkingDays() {
        Api.Response r = registry.get("/api/letters/" + hit + "/timeline");
        assertEquals(200, r.status(), r.body());
        JsonObject t = r.json();
        assertEquals(Api.as("handler").get("/api/letters/" + hit).json().getString("receiptNumber"),
                t.getString("receiptNumber"));
        List<JsonObject> steps = t.getJsonArray("steps").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LETTER_RECEIVED", "EXTRACTION_DONE", "EXTRACTION_VERIFIED", "SCREENED"),
                steps.stream().map(s -> s.getString("action")).filter(a -> !a.equals("LETTER_REASSIGNED")).toList());
        assertEquals(List.of("收文登记", "识别完成", "校对确认", "查询核查"), steps.stream()
                .filter(s -> !s.getString("action").equals("LETTER_REASSIGNED")).map(s -> s.getString("label")).toList());
        JsonObject received = steps.get(0).getJsonObject("who");
        assertEquals("registry", received.getString("username"));
        assertEquals("李收发", received.getString("displayName"));
        assertEquals("系统", steps.get(1).getJsonObject("who").getString("displayName"));
        assertEquals("王校对", steps.stream().filter(s -> s.getString("action").equals("EXTRACTION_VERIFIED"))
                .findFirst().orElseThrow().getJsonObject("who").getString("displayName"));
        // the working days between the steps' days in the centre's zone, by the bundled calendar (0 between steps
        // taken the same day; across a weekend in TimelineClockIT)
        ZoneId zone = ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        int total = 0;
        for (int i = 0; i < steps.size(); i++) {
            int expected = i == 0 ? 0 : CALENDAR.workingDaysBetween(day(steps.get(i - 1), zone), day(steps.get(i), zone));
            assertEquals(expected, steps.get(i).getInt("workingDays"), steps.get(i).toString());
            total += expected;
        }
        assertEquals(total, t.getInt("totalWorkingDays"));
        assertEquals(404, registry.get("/api/letters/no-such-letter/timeline").status());
    }

    private static LocalDate day(JsonObject step, ZoneId zone) {
        return Instant.parse(step.getString("at")).atZone(zone).toLocalDate();
    }
}
