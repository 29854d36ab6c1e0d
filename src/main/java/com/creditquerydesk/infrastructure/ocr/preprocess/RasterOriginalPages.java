package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.domain.model.extraction.OriginalPages;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** The original's pages of a scan (PDF, TIFF, PNG, JPEG), decoded as the reading decodes them (docs/rules.md#R68). */
@ApplicationScoped
public class RasterOriginalPages implements OriginalPages {

    private static final Set<String> RASTER = Set.of("application/pdf", "image/tiff", "image/png", "image/jpeg");

    @Override
    public byte[] png(byte[] original, String mediaType, int page) {
        if (!RASTER.contains(mediaType)) {
            throw notFound(page);
        }
        BufferedImage[] wanted = new BufferedImage[1];
        // Pages before the wanted one are decoded and dropped: a letter has a few pages, and none is kept.
        PageImages.forEachPage(original, (index, image, dpi) -> {
            if (index == page - 1) {
                wanted[0] = image;
            }
        });
        if (wanted[0] == null) {
            throw notFound(page);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(wanted[0], "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException notFound(int page) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ORIGINAL_PAGE_NOT_FOUND",
                "原件没有可显示的第 " + page + " 页图像", "the original has no image of page " + page);
    }
}
