package com.creditquerydesk.interfaces.rest.screening;

import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.infrastructure.screening.ScreeningJson;
import com.creditquerydesk.interfaces.rest.common.People;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * A screening as the API shows it: {@link ScreeningJson}'s shape (the stored one) with its people named,
 * {@code screenedBy} and each result's {@code review.reviewer} a person {"username","displayName"} (issue 17).
 */
public final class ScreeningView {

    private ScreeningView() {
    }

    public static JsonObject of(Screening s, People people) {
        JsonObject stored = ScreeningJson.toJson(s);
        JsonArrayBuilder results = Json.createArrayBuilder();
        s.results().forEach(r -> results.add(of(r, people)));
        return Json.createObjectBuilder(people.named(stored, "screenedBy")).add("results", results).build();
    }

    public static JsonObject of(ScreeningResult r, People people) {
        JsonObject stored = ScreeningJson.toJson(r);
        return stored.isNull("review") ? stored : Json.createObjectBuilder(stored)
                .add("review", people.named(stored.getJsonObject("review"), "reviewer")).build();
    }
}
