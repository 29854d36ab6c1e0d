package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionJsonTest {

    @Test
    void candidateCheckFieldsSurviveTheRoundTripAndMayBeNullOrMissing() {
        ExtractedCandidate repaired = new ExtractedCandidate("张伟", "110105199003071239", true, IdCheck.REPAIRED,
                "I10105199O0307I239", "按常见识别混淆更正了第1位", 0.8, 2, new Box(1, 2, 3, 4), 7);
        ExtractedCandidate valid = new ExtractedCandidate("王芳", "65010219900101101X", true, IdCheck.VALID, null, null, 1, 2, null, 0);
        ExtractionResult r = new ExtractionResult(DocumentNumber.parse("陕人社函〔2026〕1号"), null, null, LocalDate.of(2026, 3, 5), null, null,
                QueryKind.OTHER, List.of(repaired, valid), Map.of());

        JsonObject json = ExtractionJson.resultJson(r);
        JsonObject first = json.getJsonArray("candidates").getJsonObject(0);
        assertEquals("REPAIRED", first.getString("idCheck"));
        assertEquals("I10105199O0307I239", first.getString("idOriginal"));
        assertTrue(json.getJsonArray("candidates").getJsonObject(1).isNull("idOriginal"));
        assertEquals(List.of(repaired, valid), ExtractionJson.resultFrom(json).candidates());

        JsonObject old = Json.createObjectBuilder().add("candidates", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("name", "张伟").add("idNumber", "110105199003071239").add("idValid", true)))
                .build();
        ExtractedCandidate fromOld = ExtractionJson.resultFrom(old).candidates().get(0);
        assertNull(fromOld.idCheck());
        assertNull(fromOld.idOriginal());
        assertNull(fromOld.idNote());
        assertTrue(fromOld.idValid());
    }

    @Test
    void aDocumentNumberIsOneOrNothing() {
        JsonObject typed = Json.createObjectBuilder().add("docNumber", "陕人社函［2026］12号").build();
        assertEquals(DocumentNumber.parse("陕人社函〔2026〕12号"), ExtractionJson.resultFrom(typed).docNumber(),
                "brackets normalised");
        JsonObject malformed = Json.createObjectBuilder().add("docNumber", "陕人社函2026年12号").build();
        assertEquals("DOCUMENT_NUMBER_INVALID",
                assertThrows(DomainException.class, () -> ExtractionJson.resultFrom(malformed)).code(),
                "a clerk's malformed number is refused");
        JsonObject stored = Json.createObjectBuilder().add("docNumber", "陕人社函2026年12号").add("source", "MANUAL")
                .add("pages", Json.createArrayBuilder()).build();
        assertNull(ExtractionJson.readingFrom(stored).result().docNumber(), "one stored before is left to enter again");
        assertNull(ExtractionJson.resultFrom(Json.createObjectBuilder().add("docNumber", " ").build()).docNumber());
    }
}
