package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.Doubt;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.letter.DocumentNumber;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A second engine reads the boxes of the fields a reply is addressed by (the document number and the sending
 * unit) again, on a crop of the prepared page. Agreement makes the field surer; disagreement is a doubt the clerk
 * must clear ({@link Doubt#ENGINES_DISAGREE}, docs/rules.md#R50). Switched on by {@code secondReading=true} in
 * ocr.properties.
 */
public final class SecondReading {
    static final List<Field> FIELDS = List.of(Field.DOC_NUMBER, Field.SENDER_UNIT);

    private final OcrEngine engine;

    public SecondReading(OcrEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** A page as it was given to the first engine, with its resolution. */
    public record PreparedPage(BufferedImage image, int dpi) {
    }

    /** The result with docNumber's and senderUnit's confidence or doubts adjusted; the values are never changed. */
    public ExtractionResult apply(ExtractionResult r, List<PreparedPage> pages) {
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        fields.putAll(r.fields());
        for (Field field : FIELDS) {
            FieldEvidence e = fields.get(field);
            String value = field == Field.DOC_NUMBER ? (r.docNumber() == null ? null : r.docNumber().value())
                    : r.senderUnit();
            if (e == null || value == null || e.box() == null || e.page() < 1 || e.page() > pages.size()) {
                continue;
            }
            PreparedPage page = pages.get(e.page() - 1);
            String second = read(page, e.box());
            boolean agree = field == Field.DOC_NUMBER
                    ? DocumentNumber.find(second).map(DocumentNumber::value).filter(value::equals).isPresent()
                    : second.contains(plain(value));
            fields.put(field, agree ? new FieldEvidence(surer(e.confidence()), e.page(), e.box(), e.doubts())
                    : e.withDoubts(Set.of(Doubt.ENGINES_DISAGREE)));
        }
        return r.with(r.candidates(), fields);
    }

    /** Two engines agreeing halve the doubt that is left. */
    static double surer(double confidence) {
        return 1 - (1 - confidence) / 2;
    }

    /** The crop's text, NFKC, without white space (Tesseract spaces Chinese characters apart). */
    private String read(PreparedPage page, Box box) {
        BufferedImage img = page.image();
        int margin = Math.max(4, box.height() / 3);
        int x = Math.max(0, box.x() - margin);
        int y = Math.max(0, box.y() - margin);
        int w = Math.min(img.getWidth(), box.right() + margin) - x;
        int h = Math.min(img.getHeight(), box.bottom() + margin) - y;
        if (w <= 0 || h <= 0) {
            return "";
        }
        BufferedImage crop = new BufferedImage(w, h, img.getType());
        crop.setData(img.getRaster().createChild(x, y, w, h, 0, 0, null));
        return plain(engine.recognize(crop, 0, page.dpi()).lines().stream().map(OcrLine::text)
                .collect(Collectors.joining()));
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
