package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing the server acknowledged is lost by a kill -9 right after the answer, and no receipt or reply number is
 * ever issued twice (issue 11, README "Durability"). Each round sends uploads and sign-offs at once, kills the
 * server with kill -9 within 50 ms of the last answer, restarts it and finds every acknowledged letter, number and
 * audit event. Runs on the database of the pass: H2 in the data directory, or PostgreSQL with -Ppostgres.
 */
@Tag("durability")
@Tag("slow")
class DurabilityIT {

    private static final int ROUNDS = Integer.getInteger("cqd.it.durability.rounds", 8);
    private static final int UPLOADS = 4;
    private static final int SIGN_OFFS = 2;
    private static final long KILL_WITHIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    @TempDir
    Path work;

    /** What the server answered 2xx to, in one round. */
    private record Acknowledged(List<JsonObject> letters, Map<String, String> replyNumbers, long lastAnswerNanos) {
    }

    @Test
    void everyAcknowledgedUploadAndSignOffSurvivesAKillRightAfterTheAnswer() throws Exception {
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_durability"));
        env.put("CQD_DEMO", "true");
        try (ServerProcess server = new ServerProcess(work, 320, env).start()) {
            List<String> drafts = prepareDrafts(server.baseUrl(), ROUNDS * SIGN_OFFS);
            Set<String> receiptNumbers = new HashSet<>();
            Set<String> replyNumbers = new HashSet<>();
            List<String> allLetters = new ArrayList<>();
            Map<String, String> allReplies = new HashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                Acknowledged ack = sendAtOnce(server.baseUrl(), round,
                        drafts.subList(round * SIGN_OFFS, (round + 1) * SIGN_OFFS));
                long sinceAnswer = System.nanoTime() - ack.lastAnswerNanos();
                server.kill();
                assertTrue(sinceAnswer < KILL_WITHIN_NANOS, "killed " + sinceAnswer / 1_000_000 + " ms after the answer");
                for (JsonObject letter : ack.letters()) {
                    assertTrue(receiptNumbers.add(letter.getString("receiptNumber")),
                            "receipt number issued twice: " + letter.getString("receiptNumber"));
                    allLetters.add(letter.getString("id"));
                }
                for (var e : ack.replyNumbers().entrySet()) {
                    assertTrue(replyNumbers.add(e.getValue()), "reply number issued twice: " + e.getValue());
                    allReplies.put(e.getKey(), e.getValue());
                }
                try {
                    server.start();
                } catch (IllegalStateException e) {
                    throw new AssertionError("round " + round + ": the server did not start again after the kill", e);
                }
                assertEverythingThere(server.baseUrl(), round, ack);
            }
            // Every letter and reply acknowledged in any round is still there after all the kills.
            Api registry = Api.as(server.baseUrl(), "registry");
            for (String id : allLetters) {
                assertEquals(200, registry.get("/api/letters/" + id).status(), id);
            }
            Api officer = Api.as(server.baseUrl(), "officer");
            for (var e : allReplies.entrySet()) {
                assertEquals(e.getValue(), officer.get("/api/letters/" + e.getKey() + "/reply").json().getString("number"));
            }
            assertEquals(ROUNDS * UPLOADS, receiptNumbers.size());
            assertEquals(ROUNDS * SIGN_OFFS, replyNumbers.size());
        }
    }

    private static List<String> prepareDrafts(String base, int count) throws Exception {
        List<String> drafts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> prepared = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = 70_000 + i;
            prepared.add(pool.submit(() -> drafts.add(Workflow.draftedLetterWithoutHits(base, seed))));
        }
        for (Future<?> f : prepared) {
            f.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new ArrayList<>(drafts);
    }

    /** Uploads and sign-offs sent together, so their commits overlap; returns once all are answered. */
    private static Acknowledged sendAtOnce(String base, int round, List<String> toSign) throws Exception {
        Api registry = Api.as(base, "registry");
        Api officer = Api.as(base, "officer");
        ConcurrentLinkedQueue<JsonObject> letters = new ConcurrentLinkedQueue<>();
        Map<String, String> numbers = Collections.synchronizedMap(new HashMap<>());
        AtomicLong lastAnswer = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS + SIGN_OFFS);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            String name = "durable-" + round + "-" + i + ".pdf";
            requests.add(pool.submit(() -> {
                go.await();
                Api.Response r = registry.upload(name, TestFiles.pdf(1, UUID.randomUUID().toString()));
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                assertEquals(201, r.status(), r.body());
                letters.add(r.json());
                return null;
            }));
        }
        for (String id : toSign) {
            requests.add(pool.submit(() -> {
                go.await();
                Api.Response r = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                assertEquals(200, r.status(), r.body());
                numbers.put(id, r.json().getString("number"));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : requests) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new Acknowledged(List.copyOf(letters), Map.copyOf(numbers), lastAnswer.get());
    }

    private static void assertEverythingThere(String base, int round, Acknowledged ack) {
        Api registry = Api.as(base, "registry");
        Api officer = Api.as(base, "officer");
        Api auditor = Api.as(base, "auditor");
        for (JsonObject letter : ack.letters()) {
            String id = letter.getString("id");
            Api.Response r = registry.get("/api/letters/" + id);
            assertEquals(200, r.status(), "round " + round + ": acknowledged letter " + letter.getString("receiptNumber")
                    + " lost");
            assertEquals(letter.getString("receiptNumber"), r.json().getString("receiptNumber"));
            assertEquals(200, Api.as(base, "clerk").get("/api/letters/" + id + "/file").status());
            assertTrue(actions(auditor, id).contains("LETTER_RECEIVED"), "round " + round + ": audit of " + id);
        }
        for (var e : ack.replyNumbers().entrySet()) {
            JsonObject reply = officer.get("/api/letters/" + e.getKey() + "/reply").json();
            assertEquals("SIGNED", reply.getString("status"), "round " + round + ": signed reply " + e.getValue() + " lost");
            assertEquals(e.getValue(), reply.getString("number"));
            assertEquals(200, officer.get("/api/letters/" + e.getKey() + "/reply.pdf").status());
            assertTrue(actions(auditor, e.getKey()).contains("REPLY_SIGNED_OFF"), "round " + round + ": audit of "
                    + e.getValue());
        }
        JsonObject verify = auditor.get("/api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify.toString());
    }

    private static List<String> actions(Api auditor, String letterId) {
        return auditor.get("/api/audit?letterId=" + letterId + "&limit=200").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).map(e -> e.getString("action")).toList();
    }
}
