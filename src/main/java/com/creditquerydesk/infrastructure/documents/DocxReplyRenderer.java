package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import org.docx4j.Docx4J;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fills a reply template (templates/reply-*.docx) by docx4j data binding: the reply's {@link ReplyXml} replaces
 * the template's custom XML part and the OpenDoPE content controls (od:xpath, od:repeat for the table rows and
 * the records of a hit) take their values from it. The content controls stay in the result, so the letter can
 * still be edited in Word; a centre restyles a template in Word without touching code.
 */
public final class DocxReplyRenderer {

    private final Path templatesDir;

    public DocxReplyRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    public byte[] render(ReplyContent content, ReplyKind kind) {
        Path template = templatesDir.resolve(kind.templateFile());
        try (InputStream in = Files.newInputStream(template)) {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(in);
            Docx4J.bind(pkg, ReplyXml.of(content), Docx4J.FLAG_BIND_INSERT_XML | Docx4J.FLAG_BIND_BIND_XML);
            // An applicant list's others (docs/rules.md#R42) follow the attachment's table, the document's end; the
            // templates bind no element for them, so a centre's own template needs no change.
            content.othersSentence().ifPresent(text -> pkg.getMainDocumentPart().addParagraphOfText(text));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + template, e);
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot fill the template " + template, e);
        }
    }
}
