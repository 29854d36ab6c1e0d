package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * A PDF/A document whose embedded CJK font subsets are small and valid: no CIDSet, no empty glyph slots.
 *
 * <p>Why: iText 9.5 writes a CIDSet claiming every glyph of a CFF font (FandolFang) even when it embeds a subset,
 * and veraPDF rejects it (ISO 19005-2, 6.2.11.4.2: a CIDSet, if present, must list exactly the CIDs in the
 * program). CIDSet is optional in PDF/A-2 and deprecated in PDF 2.0, so dropping it lets the fonts stay subset
 * (a letter of tens of KB instead of 5 MB with the full font; docs/domain.md#engines).
 *
 * <p>The CFF programs themselves go through {@link CffCompactor}, which drops the empty glyph slots iText keeps
 * (about 200 KB for a Noto Serif CJK fallback subset); it is told which glyphs are shown by {@link ShownCodes}.
 */
final class SubsetFontsPdfADocument extends PdfADocument {

    private static final PdfName CFF_CID = new PdfName("CIDFontType0C");

    SubsetFontsPdfADocument(PdfWriter writer, PdfOutputIntent intent) {
        super(writer, PdfAConformance.PDF_A_2B, intent);
    }

    /**
     * Codes (CIDs) shown on the pages, read from the content streams, which the layout flushes before iText
     * writes the font programs. A union over fonts: keeping an extra glyph slot is harmless.
     */
    private final Set<Integer> usedCids = new HashSet<>();

    /** Page content and form XObjects: the streams that show text. */
    private static boolean showsText(PdfStream stream) {
        PdfName subtype = stream.getAsName(PdfName.Subtype);
        return subtype == null && !stream.containsKey(PdfName.Type) || PdfName.Form.equals(subtype);
    }

    /** iText flushes each font descriptor and font program right after creating them: tidy them on their way out. */
    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjStm) throws IOException {
        if (object instanceof PdfStream stream && showsText(stream)) {
            ShownCodes.addTo(usedCids, stream.getBytes());
        }
        if (!usedCids.isEmpty() && object instanceof PdfStream stream && CFF_CID.equals(stream.getAsName(PdfName.Subtype))) {
            byte[] program = stream.getBytes();
            byte[] compacted = CffCompactor.compact(program, usedCids);
            if (compacted != program) {
                stream.setData(compacted);
            }
        }
        if (object instanceof PdfDictionary dict && PdfName.FontDescriptor.equals(dict.getAsName(PdfName.Type))) {
            PdfObject cidSet = dict.remove(PdfName.CIDSet);
            if (cidSet != null && cidSet.getIndirectReference() != null) {
                cidSet.getIndirectReference().setFree();
            }
        }
        super.flushObject(object, canBeInObjStm);
    }
}
