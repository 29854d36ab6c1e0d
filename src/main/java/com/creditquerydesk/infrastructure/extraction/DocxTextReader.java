package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextPage;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import com.creditquerydesk.domain.shared.DomainException;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DOCX letter into {@link DocumentText}: body paragraphs in order, tables kept as rows of cells,
 * pages split at explicit page and section breaks (w:br type="page", pageBreakBefore, a paragraph's sectPr)
 * since Word's own pagination is not in the file. Content controls are read through; deleted revisions are not text.
 */
public final class DocxTextReader {

    public DocumentText read(InputStream docx) {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(docx);
        } catch (Docx4JException e) {
            throw new DomainException("DOCX_UNREADABLE", "无法读取该 Word 文档", "the Word document cannot be read");
        }
        Collector c = new Collector();
        c.blocks(pkg.getMainDocumentPart().getContent());
        c.newPage();
        return new DocumentText(DocumentText.Source.DOCX, c.pages);
    }

    private static final class Collector {
        private final List<TextPage> pages = new ArrayList<>();
        private List<TextBlock> blocks = new ArrayList<>();

        void blocks(List<Object> content) {
            for (Object o : content) {
                Object u = XmlUtils.unwrap(o);
                if (u instanceof P p) {
                    paragraph(p);
                } else if (u instanceof Tbl tbl) {
                    table(tbl);
                } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                    blocks(sdt.getSdtContent().getContent());
                }
            }
        }

        private void paragraph(P p) {
            if (p.getPPr() != null && p.getPPr().getPageBreakBefore() != null
                    && p.getPPr().getPageBreakBefore().isVal() && !blocks.isEmpty()) {
                newPage();
            }
            StringBuilder text = new StringBuilder();
            for (Object o : p.getContent()) {
                inline(o, text);
            }
            line(text);
            if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
                newPage(); // a section break inside the body starts a new page
            }
        }

        /** Appends the run text; a page break ends the current line and page. */
        private void inline(Object o, StringBuilder text) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof Text t) {
                text.append(t.getValue());
            } else if (u instanceof R.Tab) {
                text.append('\t');
            } else if (u instanceof Br br) {
                if (br.getType() == STBrType.PAGE) {
                    line(text);
                    newPage();
                } else {
                    line(text);
                }
            } else if (u instanceof ContentAccessor ca) {
                for (Object child : ca.getContent()) {
                    inline(child, text);
                }
            }
        }

        private void line(StringBuilder text) {
            String s = text.toString().strip();
            if (!s.isEmpty()) {
                blocks.add(new TextLine(s, null, 1.0));
            }
            text.setLength(0);
        }

        private void table(Tbl tbl) {
            List<List<TextLine>> rows = new ArrayList<>();
            for (Object ro : tbl.getContent()) {
                if (XmlUtils.unwrap(ro) instanceof Tr tr) {
                    List<TextLine> cells = new ArrayList<>();
                    for (Object co : tr.getContent()) {
                        if (XmlUtils.unwrap(co) instanceof Tc tc) {
                            cells.add(new TextLine(cellText(tc), null, 1.0));
                        }
                    }
                    rows.add(cells);
                }
            }
            blocks.add(new TextTable(rows));
        }

        private static String cellText(Tc tc) {
            StringBuilder all = new StringBuilder();
            for (Object o : tc.getContent()) {
                if (XmlUtils.unwrap(o) instanceof P p) {
                    StringBuilder text = new StringBuilder();
                    for (Object child : p.getContent()) {
                        runText(child, text);
                    }
                    if (!all.isEmpty() && !text.isEmpty()) {
                        all.append(' ');
                    }
                    all.append(text);
                }
            }
            return all.toString().strip();
        }

        private static void runText(Object o, StringBuilder text) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof Text t) {
                text.append(t.getValue());
            } else if (u instanceof ContentAccessor ca) {
                for (Object child : ca.getContent()) {
                    runText(child, text);
                }
            }
        }

        void newPage() {
            if (!blocks.isEmpty() || pages.isEmpty()) {
                pages.add(new TextPage(pages.size() + 1, 0, 0, blocks, false));
            }
            blocks = new ArrayList<>();
        }
    }
}
