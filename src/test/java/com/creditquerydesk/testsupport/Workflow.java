package com.creditquerydesk.testsupport;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Drives a letter along its path over the API, as the demo users would. */
public final class Workflow {

    private Workflow() {
    }

    /**
     * The body of a confirmation that answers the letter here even where it is addressed to another unit
     * (docs/rules.md#R85): the generated letters address the national centre too.
     */
    public static final JsonObject CONFIRM = Json.createObjectBuilder().add("answerAddressedElsewhere", true).build();

    /** A generated letter whose list is exactly these candidates. */
    public static LetterSpec letterWith(long seed, List<LetterSpec.CandidateSpec> candidates) {
        LetterSpec s = LetterGenerator.generate(seed, candidates.size());
        return new LetterSpec(s.seed(), s.queryKind(), s.title(), s.body(), s.docNumber(), s.addressee(), s.senderUnit(),
                s.letterDate(), s.chineseNumeralDate(), s.contactName(), s.contactPhone(), candidates, s.extraColumns(),
                s.letterhead());
    }

    /**
     * The letter with the name characters PP-OCR's dictionary lacks or reads as a confident look-alike (翀 昳 赟 䶮 彧 昊,
     * issue 14's accuracy report measures them) given a common one instead: for tests of something other than reading.
     */
    public static LetterSpec withCommonNameCharacters(LetterSpec spec) {
        return letterWith(spec.seed(), spec.candidates().stream()
                .map(c -> new LetterSpec.CandidateSpec(c.name().replaceAll("[翀昳赟䶮彧昊]", "明"), c.idNumber())).toList());
    }

    /** The ID as a sending unit might type it, with a letter O for its first zero: a reading repairs it. */
    public static String withLetterOForZero(String id) {
        int zero = id.substring(0, 17).indexOf('0');
        if (zero < 0) {
            throw new IllegalArgumentException("no zero before the check character");
        }
        return id.substring(0, zero) + 'O' + id.substring(zero + 1);
    }

    /** A valid ID whose visible characters are the given first 10 and last 4 (the public register's mask). */
    public static String idMatchingMask(String first10, String last4) {
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 28; day++) {
                String first17 = first10 + String.format("%02d%02d", month, day) + last4.substring(0, 3);
                if (IdNumber.checkCharacter(first17) == last4.charAt(3)) {
                    return first17 + last4.charAt(3);
                }
            }
        }
        throw new IllegalArgumentException("no birth date gives that check character");
    }

    /** Uploads as registry, waits for the reading, confirms as clerk, and makes "handler" its handler. */
    public static String verifiedLetter(LetterSpec spec) {
        return verifiedLetter(Api.BASE, spec);
    }

    /** {@link #verifiedLetter(LetterSpec)} on the server at that base URL. */
    public static String verifiedLetter(String base, LetterSpec spec) {
        return verified(base, extractedLetter(base, "来函.docx", DocxLetterRenderer.render(spec)));
    }

    /** Uploads the file as registry and waits until it is read: the letter is EXTRACTED. */
    public static String extractedLetter(String base, String fileName, byte[] content) {
        Api registry = Api.as(base, "registry");
        Api.Response created = registry.upload(fileName, content);
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        JsonObject read = awaitRead(registry, id);
        assertEquals("EXTRACTED", read.getString("status"), read.toString());
        return id;
    }

    /** Confirms the read letter as clerk and makes "handler" its handler. */
    public static String verified(String base, String id) {
        Api.Response confirmed = Api.as(base, "clerk").post("/api/letters/" + id + "/extraction/confirm", CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        if (!"handler".equals(confirmed.json().getJsonObject("handler").getString("username"))) {
            Api.Response r = Api.as(base, "admin").post("/api/letters/" + id + "/handler", Json.createObjectBuilder()
                    .add("handler", "handler").add("reason", "测试：固定经办人").build());
            assertEquals(200, r.status(), r.body());
        }
        return id;
    }

    /** A generated letter of these candidates sent by {@code unit}, uploaded and read (EXTRACTED) under that unit. */
    public static String readLetterFrom(String unit, long seed, List<LetterSpec.CandidateSpec> candidates) {
        LetterSpec g = letterWith(seed, candidates);
        LetterSpec spec = new LetterSpec(g.seed(), g.queryKind(), g.title(), g.body(), g.docNumber(), g.addressee(), unit,
                g.letterDate(), g.chineseNumeralDate(), g.contactName(), g.contactPhone(), g.candidates(), g.extraColumns(),
                g.letterhead());
        String id = extractedLetter(Api.BASE, "来函.docx", DocxLetterRenderer.render(spec));
        assertEquals(unit, Api.as("registry").get("/api/letters/" + id).json().getString("requestingUnit"));
        return id;
    }

    /** {@link #readLetterFrom}, confirmed with "handler" as its handler and screened by him. */
    public static String screenedLetterFrom(String unit, long seed, List<LetterSpec.CandidateSpec> candidates) {
        String id = verified(Api.BASE, readLetterFrom(unit, seed, candidates));
        Api.Response screened = Api.as("handler").post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        return id;
    }

    /** The reviewer's decision (CONFIRM or OVERTURN) on the letter's first candidate, with a note. */
    public static void reviewFirst(String id, String decision) {
        Api.Response r = Api.as("reviewer").post("/api/letters/" + id + "/screening/results/1/review",
                Json.createObjectBuilder().add("decision", decision).add("note", "与名单记录逐项比对").build());
        assertEquals(200, r.status(), r.body());
    }

    /** The handler drafts the reply and the officer signs it off. */
    public static void draftedAndSigned(String id) {
        Api.Response draft = Api.as("handler").post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());
        Api officer = Api.as("officer");
        Api.Response signed = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
    }

    /** A letter whose one candidate is on no register, screened and its reply drafted: ready for sign-off. */
    public static String draftedLetterWithoutHits(String base, long seed) {
        String id = verifiedLetter(base, letterWith(seed, List.of(
                new LetterSpec.CandidateSpec("李娜", idMatchingMask("6101131990", "2222")))));
        Api handler = Api.as(base, "handler");
        Api.Response screened = handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        Api.Response draft = handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());
        return id;
    }

    /** Imports a register file as the administrator ("snapshot" or "delta") and waits for the job's end. */
    public static JsonObject importRegister(Api admin, String csv, String mode, String name) {
        Api.Response started = admin.upload("/api/register/imports", name, csv.getBytes(StandardCharsets.UTF_8),
                Map.of("mode", mode));
        assertEquals(202, started.status(), started.body());
        long jobId = started.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 600; i++) {
            JsonObject job = admin.get("/api/register/imports/" + jobId).json();
            if (!job.getString("status").equals("RUNNING")) {
                return job;
            }
            pause(200);
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    /** Imports the demo register (src/main/resources/demo/register-sample.csv, 罗勇 listed) as a snapshot, as the admin. */
    public static JsonObject importSampleRegister() {
        try (java.io.InputStream in = Workflow.class.getResourceAsStream("/demo/register-sample.csv")) {
            return importRegister(Api.as("admin"), new String(in.readAllBytes(), StandardCharsets.UTF_8), "snapshot",
                    "register-sample.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the letter's light status until it is read, then returns the letter with what was read. */
    public static JsonObject awaitRead(Api api, String id) {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = api.get("/api/letters/" + id + "/status").json().getString("status");
            if (!status.equals("RECEIVED") && !status.equals("EXTRACTING")) {
                return api.get("/api/letters/" + id).json();
            }
            pause(300);
        }
        throw new AssertionError("letter " + id + " was not read in time");
    }
}
