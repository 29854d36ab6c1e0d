package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;

import java.io.IOException;

/**
 * A PDF/A document that writes no CIDSet for its fonts.
 *
 * <p>Why: iText 9.5 writes a CIDSet claiming every glyph of a CFF font (FandolFang) even when it embeds a subset,
 * and veraPDF rejects it (ISO 19005-2, 6.2.11.4.2: a CIDSet, if present, must list exactly the CIDs in the
 * program). CIDSet is optional in PDF/A-2 and deprecated in PDF 2.0, so dropping it lets the fonts stay subset
 * (a letter of tens of KB instead of 5 MB with the full font). STACK.md, "Documents and PDF".
 */
final class CidSetFreePdfADocument extends PdfADocument {

    CidSetFreePdfADocument(PdfWriter writer, PdfOutputIntent intent) {
        super(writer, PdfAConformance.PDF_A_2B, intent);
    }

    /** iText flushes each font descriptor right after creating it: take the CIDSet out on its way to the file. */
    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjStm) throws IOException {
        if (object instanceof PdfDictionary dict && PdfName.FontDescriptor.equals(dict.getAsName(PdfName.Type))) {
            PdfObject cidSet = dict.remove(PdfName.CIDSet);
            if (cidSet != null && cidSet.getIndirectReference() != null) {
                cidSet.getIndirectReference().setFree();
            }
        }
        super.flushObject(object, canBeInObjStm);
    }
}
