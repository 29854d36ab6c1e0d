package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seal is stamped over the sending unit and the date. On a grey scan (and under ink too dense for the
 * colour filter) its strokes stay as mid-grey and cut characters out of those two rows. Those rows are read
 * once more from a crop in which mid-greys are lifted to white (the seal's grey is lighter than printed
 * text); the new lines replace the old ones in that region only when they hold more surely read characters.
 * Lifting greys everywhere would erase blurred low-resolution text, so it is done only here, and only kept
 * when it reads better. On such a scan the preprocessor's lift inside the seal's ring can erase both rows, and on a
 * 1-bit page the black seal hides the unit: when the unit was not read, the preprocessor's band across the seal
 * (gently lifted, or with the 1-bit ring's stroke erased) is read instead (docs/rules.md#R98).
 */
final class SealRows {

    /** Grey at or below this is kept as it is (text). */
    static final int KEEP = 70;
    /** Grey at or above this becomes white (seal strokes, paper); in between, stretched. */
    static final int LIFT = 110;
    /** A character counts as surely read at this confidence. */
    private static final double SURE = 0.8;
    /**
     * What a line read across a black seal is worth at most: the seal's strokes are as black as the text, so a
     * confident reading can still be a misreading (陕西有育厅 for 陕西省教育厅, read at 0.98); below the needsCheck
     * threshold, it always goes to the clerk (docs/rules.md#R98).
     */
    static final double THROUGH_BLACK_SEAL = 0.6;

    private SealRows() {
    }

    /**
     * The pages with the seal region re-read when that reads better; empty when nothing changed. With
     * neither row found there is no region to crop: the band across a grey seal, lifted gently by the
     * preprocessor, is read instead.
     */
    static Optional<List<OcrPage>> reread(ExtractionResult r, List<OcrPage> pages, List<Preprocessor.Result> prepared,
                                          OcrEngine engine) {
        // a field not read has evidence too (page 0, marked MISSING: docs/rules.md#R50); only a value read is a row
        FieldEvidence unit = r.senderUnit() == null ? null : r.fields().get(Field.SENDER_UNIT);
        FieldEvidence date = r.letterDate() == null ? null : r.fields().get(Field.LETTER_DATE);
        FieldEvidence anchor = unit != null ? unit : date;
        if (unit == null) {
            // the unit under the seal was lost (on a 1-bit page the seal is as black as the text): its band is read
            Optional<List<OcrPage>> band = sealBand(pages, prepared, engine);
            if (band.isPresent() || anchor == null) {
                return band;
            }
        }
        if (anchor.box() == null || anchor.page() < 1 || anchor.page() > pages.size()) {
            return Optional.empty();
        }
        Box region = anchor.box();
        if (unit != null && date != null && date.page() == unit.page() && date.box() != null) {
            region = region.union(date.box());
        }
        int index = anchor.page() - 1;
        BufferedImage image = prepared.get(index).image();
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return Optional.empty();
        }
        int margin = anchor.box().height();
        int x = Math.max(0, region.x() - 2 * margin);
        int y = Math.max(0, region.y() - margin);
        int w = Math.min(image.getWidth(), region.right() + 2 * margin) - x;
        int h = Math.min(image.getHeight(), region.bottom() + margin) - y;
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        Box crop = new Box(x, y, w, h);
        return replaced(pages, index, crop, lifted(image, crop), engine, 1);
    }

    /** The last page's band across a grey seal read in place of what was read there. */
    private static Optional<List<OcrPage>> sealBand(List<OcrPage> pages, List<Preprocessor.Result> prepared,
                                                    OcrEngine engine) {
        for (int index = prepared.size() - 1; index >= 0; index--) {
            Optional<Preprocessor.SealBand> band = prepared.get(index).sealBand().get();
            if (band.isPresent()) {
                BufferedImage image = band.get().image();
                return replaced(pages, index, new Box(0, band.get().y(), image.getWidth(), image.getHeight()), image,
                        engine, band.get().black() ? THROUGH_BLACK_SEAL : 1);
            }
        }
        return Optional.empty();
    }

    /**
     * The lines read from {@code image} (the page's {@code crop}) instead of those in it, when more are sure; the new
     * lines' confidences then capped at {@code atMost}.
     */
    private static Optional<List<OcrPage>> replaced(List<OcrPage> pages, int index, Box crop, BufferedImage image,
                                                   OcrEngine engine, double atMost) {
        List<OcrLine> fresh = new ArrayList<>();
        for (OcrLine l : engine.recognize(image, index, 300).lines()) {
            Box b = l.box();
            fresh.add(new OcrLine(l.text(), l.confidence(), new Box(b.x() + crop.x(), b.y() + crop.y(), b.width(),
                    b.height()), l.charConfidences()));
        }
        OcrPage page = pages.get(index);
        List<OcrLine> kept = new ArrayList<>();
        List<OcrLine> old = new ArrayList<>();
        for (OcrLine l : page.lines()) {
            (inside(l.box(), crop) ? old : kept).add(l);
        }
        if (sure(fresh) <= sure(old)) {
            return Optional.empty();
        }
        fresh.replaceAll(l -> capped(l, atMost));
        kept.addAll(fresh);
        kept.sort(java.util.Comparator.comparingDouble(l -> l.box().centerY()));
        List<OcrPage> out = new ArrayList<>(pages);
        out.set(index, new OcrPage(page.pageIndex(), page.width(), page.height(), kept));
        return Optional.of(out);
    }

    private static OcrLine capped(OcrLine l, double atMost) {
        if (atMost >= 1) {
            return l;
        }
        double[] c = l.charConfidences().clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.min(c[i], atMost);
        }
        return new OcrLine(l.text(), Math.min(l.confidence(), atMost), l.box(), c);
    }

    /**
     * Whether a re-reading may replace the first: a re-read crop can read better characters yet break a
     * row the first reading had (a date no longer a date), and then it is not better.
     */
    static boolean keeps(ExtractionResult first, ExtractionResult again) {
        return (first.senderUnit() == null || again.senderUnit() != null)
                && (first.letterDate() == null || again.letterDate() != null);
    }

    /** The crop with greys above {@link #KEEP} stretched to white at {@link #LIFT}. */
    static BufferedImage lifted(BufferedImage grey, Box crop) {
        BufferedImage out = new BufferedImage(crop.width(), crop.height(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(grey.getRaster().createChild(crop.x(), crop.y(), crop.width(), crop.height(), 0, 0, null));
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Preprocessor.liftGrey(px[i] & 0xff, KEEP, LIFT);
        }
        return out;
    }

    private static boolean inside(Box b, Box region) {
        double cx = b.x() + b.width() / 2.0;
        return cx >= region.x() && cx <= region.right() && b.centerY() >= region.y() && b.centerY() <= region.bottom();
    }

    /**
     * Characters and digits read at least {@link #SURE}: a seal stroke cuts them out, so more is better.
     * Punctuation does not count: a stroke read as a colon is no gain.
     */
    private static int sure(List<OcrLine> lines) {
        int n = 0;
        for (OcrLine l : lines) {
            double[] c = l.charConfidences();
            for (int i = 0; i < l.text().length(); i++) {
                if (Character.isLetterOrDigit(l.text().charAt(i)) && (c.length == 0 ? l.confidence() : c[i]) >= SURE) {
                    n++;
                }
            }
        }
        return n;
    }
}
