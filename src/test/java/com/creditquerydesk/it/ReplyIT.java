package com.creditquerydesk.it;

import com.creditquerydesk.infrastructure.documents.PdfAValidation;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5 over HTTP: draft, the officer's sign-off with number, seal and a verifiable signature, dispatch. */
class ReplyIT {

    private static final Pattern REPLY_NUMBER = Pattern.compile("陕信用函〔(\\d{4})〕([1-9]\\d*)号");
    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");

    private final Api handler = Api.as("handler");
    private final Api officer = Api.as("officer");

    /** A letter with one listed person and one clean one, screened, the hit confirmed, the reply drafted. */
    static String draftedLetter(long seed) {
        String id = Workflow.verifiedLetter(Workflow.letterWith(seed, List.of(
                new CandidateSpec("罗勇", LISTED_ID),
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        Api handler = Api.as("handler");
        assertEquals(200, handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build()).status());
        Api.Response refused = handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(409, refused.status(), "no draft while a hit awaits review");
        assertEquals(200, Api.as("reviewer").post("/api/letters/" + id + "/screening/results/1/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "一致").build()).status());
        Api.Response draft = handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());
        assertEquals("DRAFT", draft.json().getString("status"));
        return id;
    }

    @Test
    void theWholePathEndsInASignedSealedVerifiableLetter() throws Exception {
        String id = draftedLetter(601);
        Api.Response draftPdf = handler.get("/api/letters/" + id + "/reply.pdf");
        assertEquals(200, draftPdf.status());
        String draftText = text(draftPdf.bytes());
        assertTrue(draftText.matches("(?s).*草\\s*稿.*"), "a draft says so");
        assertTrue(draftText.contains("系失信联合惩戒对象") && draftText.contains("未发现失信联合惩戒对象记录"), draftText);
        assertEquals(200, handler.get("/api/letters/" + id + "/reply.docx").status());

        // The officer must re-enter his password; a wrong one signs nothing.
        Api.Response wrong = officer.post("/api/letters/" + id + "/sign-off", Json.createObjectBuilder().add("password", "nope").build());
        assertEquals(400, wrong.status());
        Api.Response noCode = officer.post("/api/letters/" + id + "/sign-off",
                Json.createObjectBuilder().add("password", "demo-officer").build());
        assertEquals(400, noCode.status(), "the password alone does not sign: the second factor is asked again");
        assertEquals(403, handler.post("/api/letters/" + id + "/sign-off", Json.createObjectBuilder().add("password", "demo-handler").build()).status());
        Api.Response signed = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        JsonObject reply = signed.json();
        assertEquals("SIGNED", reply.getString("status"));
        assertTrue(REPLY_NUMBER.matcher(reply.getString("number")).matches(), reply.getString("number"));
        assertEquals("SIGNED", handler.get("/api/letters/" + id).json().getString("status"));

        byte[] pdf = officer.get("/api/letters/" + id + "/reply.pdf").bytes();
        String text = text(pdf);
        assertTrue(text.contains(reply.getString("number")), "the number is printed");
        assertFalse(text.matches("(?s).*草\\s*稿.*"));
        assertTrue(text.contains("（2018）鄂0202执9851号"), "a hit names the court's case number");
        assertEquals("", PdfAValidation.failures(pdf), "PDF/A-2b per veraPDF");
        pdfsigSaysValid(pdf);

        // The public verification page: no login, no candidate data, byte-identity check.
        String code = reply.getString("verificationCode");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/verify/" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(reply.getString("number")));
        assertTrue(page.body().contains(reply.getString("sha256")));
        assertFalse(page.body().contains("罗勇") || page.body().contains(LISTED_ID.substring(0, 10)), "no candidate data");
        // The answer is the page's verdict, each exactly: "不一致" also contains "一致", so neither is searched alone.
        String same = Api.anonymous().upload("/verify/" + code, "r.pdf", pdf, Map.of()).body();
        assertTrue(same.contains("<strong>一致：</strong>") && !same.contains("不一致"), same);
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        String changed = Api.anonymous().upload("/verify/" + code, "r.pdf", altered, Map.of()).body();
        assertTrue(changed.contains("<strong>不一致：</strong>") && !changed.contains("<strong>一致："), changed);

        // Signed is final; the registry records dispatch.
        assertEquals(409, handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build()).status());
        Api.Response dispatched = Api.as("registry").post("/api/letters/" + id + "/dispatch",
                Json.createObjectBuilder().add("date", reply.getString("signedAt").substring(0, 10)).add("channel", "paper").build());
        assertEquals(200, dispatched.status(), dispatched.body());
        assertEquals("DISPATCHED", handler.get("/api/letters/" + id).json().getString("status"));
    }

    @Test
    void theOfficerCanReturnADraftWithAComment() {
        String id = draftedLetter(602);
        assertEquals(400, officer.post("/api/letters/" + id + "/return", Json.createObjectBuilder().add("comment", " ").build()).status());
        Api.Response returned = officer.post("/api/letters/" + id + "/return", Json.createObjectBuilder().add("comment", "请核对附件").build());
        assertEquals(200, returned.status(), returned.body());
        assertEquals("请核对附件", returned.json().getString("returnComment"));
        assertEquals("REVIEWED", handler.get("/api/letters/" + id).json().getString("status"));
        assertEquals(200, handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build()).status());
    }

    /** 100 sign-offs from 20 threads: the numbers are consecutive, none missing, none twice. */
    @Test
    void concurrentSignOffsGetGapFreeUniqueNumbers() throws Exception {
        int replies = Integer.getInteger("cqd.it.signoffs", 100);
        List<String> letters = Collections.synchronizedList(new ArrayList<>());
        ExecutorService prepare = Executors.newFixedThreadPool(6);
        List<Future<?>> prepared = new ArrayList<>();
        for (int i = 0; i < replies; i++) {
            long seed = 10_000 + i;
            prepared.add(prepare.submit(() -> letters.add(draftedLetter(seed))));
        }
        for (Future<?> f : prepared) {
            f.get(15, TimeUnit.MINUTES);
        }
        prepare.shutdown();
        Map<String, String> numbers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> signing = new ArrayList<>();
        for (String id : letters) {
            signing.add(pool.submit(() -> {
                Api.Response r = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
                assertEquals(200, r.status(), r.body());
                numbers.put(id, r.json().getString("number"));
            }));
        }
        for (Future<?> f : signing) {
            f.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<Integer> serials = numbers.values().stream().map(n -> {
            Matcher m = REPLY_NUMBER.matcher(n);
            assertTrue(m.matches(), n);
            return Integer.parseInt(m.group(2));
        }).sorted().toList();
        assertEquals(replies, serials.size());
        assertEquals(replies, serials.stream().distinct().count(), "no number twice");
        assertEquals(replies - 1, serials.get(serials.size() - 1) - serials.get(0), "no gap: " + serials);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void pdfsigSaysValid(byte[] pdf) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            org.junit.jupiter.api.Assumptions.abort("pdfsig (poppler-utils) is not installed; .ci/run installs it");
        }
        Path file = Files.createTempFile("signed-reply", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertTrue(out.contains("Signature is Valid"), out);
        assertTrue(out.contains("Total document signed"), out);
    }
}
