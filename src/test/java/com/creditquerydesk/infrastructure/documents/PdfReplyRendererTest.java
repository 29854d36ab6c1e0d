package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.infrastructure.signing.SealImage;
import com.creditquerydesk.infrastructure.signing.SealImageGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PdfReplyRendererTest {

    @Test
    void rendersDraftAndFinal() throws Exception {
        ReplyFonts fonts = new ReplyFonts(SampleReplies.FONTS);
        PdfReplyRenderer renderer = new PdfReplyRenderer(fonts);
        SealImage seal = new SealImageGenerator(SampleReplies.FONTS.resolve("FandolSong-Bold.otf"))
                .generate("陕西省公共信用信息中心", "", true);
        VerificationLink link = VerificationLink.of("https://xyxx.shaanxi.example/", "K7Q2-9XPA");
        Path dir = Files.createDirectories(Path.of("target/reply-docs"));
        Files.write(dir.resolve("seal.png"), seal.png());
        byte[] draft = renderer.render(SampleReplies.draft(), ReplyKind.NATIONAL, Optional.empty(), link);
        Files.write(dir.resolve("draft.pdf"), draft);
        byte[] fin = renderer.render(SampleReplies.signedOff(), ReplyKind.NATIONAL, Optional.of(seal), link);
        Files.write(dir.resolve("final.pdf"), fin);
        assertEquals("", PdfAValidation.failures(draft));
        assertEquals("", PdfAValidation.failures(fin));
    }
}
