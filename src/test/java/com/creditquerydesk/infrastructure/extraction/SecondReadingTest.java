package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.Doubt;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondReadingTest {

    /** Answers the given text for each crop, in order, and records the crops' sizes. */
    private static final class Scripted implements OcrEngine {
        final List<String> answers;
        final List<int[]> crops = new ArrayList<>();

        Scripted(String... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
            crops.add(new int[]{image.getWidth(), image.getHeight()});
            return new OcrPage(pageIndex, image.getWidth(), image.getHeight(),
                    List.of(new OcrLine(answers.remove(0), 0.9, new Box(0, 0, image.getWidth(), image.getHeight()), null)));
        }
    }

    private static ExtractionResult read() {
        return new ExtractionResult(DocumentNumber.parse("陕人社函〔2026〕112号"), "陕西省人力资源和社会保障厅", null, null, null, null, QueryKind.OTHER,
                List.of(), Map.of(Field.DOC_NUMBER, new FieldEvidence(0.8, 1, new Box(1500, 500, 600, 70)),
                Field.SENDER_UNIT, new FieldEvidence(0.9, 1, new Box(1300, 2200, 700, 80)),
                Field.ADDRESSEE, new FieldEvidence(0.7, 1, new Box(300, 1000, 700, 70))));
    }

    private static List<SecondReading.PreparedPage> page() {
        return List.of(new SecondReading.PreparedPage(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), 300));
    }

    @Test
    void agreementRaisesDisagreementFlagsAndValuesNeverChange() {
        Scripted engine = new Scripted("陕人社函 [2026] 112 号", "陕西省人力资源和社会保障厅 2026年3月5日");
        ExtractionResult agreed = new SecondReading(engine).apply(read(), page());
        assertEquals(0.9, agreed.fields().get(Field.DOC_NUMBER).confidence(), 1e-9);
        assertEquals(0.95, agreed.fields().get(Field.SENDER_UNIT).confidence(), 1e-9);
        assertEquals(0.7, agreed.fields().get(Field.ADDRESSEE).confidence(), 1e-9, "other fields are not read again");
        assertEquals(List.of(646, 116), List.of(engine.crops.get(0)[0], engine.crops.get(0)[1]), "the box and a third of its height around it");

        ExtractionResult disputed = new SecondReading(new Scripted("陕人社函〔2026〕113号", "陕西省人力资源厅")).apply(read(), page());
        assertEquals(Set.of(Doubt.ENGINES_DISAGREE), disputed.fields().get(Field.DOC_NUMBER).doubts());
        assertEquals(Set.of(Doubt.ENGINES_DISAGREE), disputed.fields().get(Field.SENDER_UNIT).doubts());
        assertEquals(Set.of(), disputed.fields().get(Field.ADDRESSEE).doubts(), "other fields are not read again");
        assertEquals(Set.of(), agreed.fields().get(Field.DOC_NUMBER).doubts());
        assertEquals("陕人社函〔2026〕112号", disputed.docNumber().value());
        assertEquals("陕西省人力资源和社会保障厅", disputed.senderUnit());
    }
}
