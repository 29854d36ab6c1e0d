package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RasterOriginalPagesTest {

    private final RasterOriginalPages pages = new RasterOriginalPages();

    private static BufferedImage page(int width, Color mark) {
        BufferedImage img = new BufferedImage(width, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, 400);
        g.setColor(mark);
        g.fillRect(10, 10, 50, 50);
        g.dispose();
        return img;
    }

    @Test
    void theAskedPageOfAMultiPageScanComesBackAsReceived() throws IOException {
        byte[] tiff = ScanLetterRenderer.tiff(List.of(page(300, Color.RED), page(320, Color.BLUE)));
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(pages.png(tiff, "image/tiff", 2)));
        assertEquals(320, second.getWidth(), "page 2, not page 1");
        assertEquals(Color.BLUE.getRGB(), second.getRGB(30, 30), "its pixels untouched");
    }

    @Test
    void aPageTheFileDoesNotHaveOrAFileWithoutPagesIsNotFound() throws IOException {
        byte[] png = ScanLetterRenderer.png(page(300, Color.RED));
        assertEquals(300, ImageIO.read(new ByteArrayInputStream(pages.png(png, "image/png", 1))).getWidth());
        DomainException beyond = assertThrows(DomainException.class, () -> pages.png(png, "image/png", 2));
        assertEquals(List.of("ORIGINAL_PAGE_NOT_FOUND", DomainException.Kind.NOT_FOUND), List.of(beyond.code(), beyond.kind()));
        DomainException word = assertThrows(DomainException.class, () -> pages.png(new byte[] {'P', 'K', 3, 4},
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1));
        assertEquals("ORIGINAL_PAGE_NOT_FOUND", word.code());
    }
}
