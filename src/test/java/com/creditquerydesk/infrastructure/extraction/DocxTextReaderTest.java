package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocxTextReaderTest {

    @Test
    void paragraphsInOrderAndTheListAsATableOnTheNextPage() {
        LetterSpec spec = LetterGenerator.generate(7);
        DocumentText text = new DocxTextReader().read(new ByteArrayInputStream(DocxLetterRenderer.render(spec)));
        assertEquals(DocumentText.Source.DOCX, text.source());
        assertFalse(text.needsOcr());
        assertEquals(2, text.pages().size(), "split at the explicit page break");
        List<String> first = text.pages().get(0).blocks().stream().map(b -> ((TextLine) b).text()).toList();
        assertEquals(List.of(spec.title(), spec.docNumber(), spec.addressee() + "：", spec.body(), spec.contactText(),
                "附件：查询对象名单（姓名、身份证号码）", spec.senderUnit(), spec.dateText()), first);
        assertNull(((TextLine) text.pages().get(0).blocks().get(0)).box(), "Word files carry no positions");
        TextTable table = assertInstanceOf(TextTable.class, text.pages().get(1).blocks().get(2));
        assertEquals(spec.candidates().size() + 1, table.rows().size());
        assertEquals(spec.tableHeader(), table.rows().get(0).stream().map(TextLine::text).toList());
        assertEquals(spec.tableRow(spec.candidates().size() - 1),
                table.rows().get(table.rows().size() - 1).stream().map(TextLine::text).toList());
    }

    @Test
    void notAWordFileIsABilingualError() {
        DomainException e = assertThrows(DomainException.class,
                () -> new DocxTextReader().read(new ByteArrayInputStream("not a docx".getBytes())));
        assertEquals("DOCX_UNREADABLE", e.code());
    }
}
