package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 流程跟踪's working days across a weekend (docs/rules.md#R94) on a server whose clock says Friday 4 December 2026
 * and then, restarted on the same data, Monday 7 and Wednesday 9 December (CQD_CLOCK_TODAY): registered and confirmed on
 * the Friday, screened on the Monday (1 working day), drafted on the Wednesday (2). The days are written out.
 */
@Tag("slow")
class TimelineClockIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path work;

    @Test
    void aStepFromFridayToMondayTookOneWorkingDay() {
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_timeline"));
        env.put("CQD_DEMO", "true");
        try (ServerProcess server = new ServerProcess(work, 390, env)) {
            String base = server.restartOn("2026-12-04", SHANGHAI).baseUrl();
            String letter = Workflow.verifiedLetter(base, Workflow.letterWith(1971, List.of(
                    new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));

            server.restartOn("2026-12-07", SHANGHAI);
            Api.Response screened = Api.as(base, "handler").post("/api/letters/" + letter + "/screening",
                    Json.createObjectBuilder().build());
            assertEquals(200, screened.status(), screened.body());

            server.restartOn("2026-12-09", SHANGHAI);
            Api handler = Api.as(base, "handler");
            Api.Response drafted = handler.post("/api/letters/" + letter + "/reply", Json.createObjectBuilder().build());
            assertEquals(200, drafted.status(), drafted.body());

            JsonObject timeline = handler.get("/api/letters/" + letter + "/timeline").json();
            List<JsonObject> steps = timeline.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                    .filter(s -> !s.getString("action").equals("LETTER_REASSIGNED")).toList();
            assertEquals(List.of("LETTER_RECEIVED 2026-12-04 0", "EXTRACTION_DONE 2026-12-04 0",
                    "EXTRACTION_VERIFIED 2026-12-04 0", "SCREENED 2026-12-07 1", "REPLY_DRAFTED 2026-12-09 2"),
                    steps.stream().map(s -> s.getString("action") + " " + java.time.Instant.parse(s.getString("at"))
                            .atZone(SHANGHAI).toLocalDate() + " " + s.getInt("workingDays")).toList());
            assertEquals(3, timeline.getInt("totalWorkingDays"));
            assertEquals("起草复函", steps.get(4).getString("label"));
        }
    }
}
