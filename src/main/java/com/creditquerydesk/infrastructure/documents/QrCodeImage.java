package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A QR code as a PNG, drawn by the same library as the replies' verification codes, for screens. */
public final class QrCodeImage {

    private static final int MODULE_PIXELS = 6;
    private static final int QUIET_MODULES = 4;

    private QrCodeImage() {
    }

    public static byte[] png(String text) {
        BarcodeQRCode qr = new BarcodeQRCode(text, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        Image modules = qr.createAwtImage(Color.BLACK, Color.WHITE);
        int w = modules.getWidth(null);
        int h = modules.getHeight(null);
        int size = (Math.max(w, h) + 2 * QUIET_MODULES) * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.drawImage(modules, QUIET_MODULES * MODULE_PIXELS, QUIET_MODULES * MODULE_PIXELS, w * MODULE_PIXELS,
                    h * MODULE_PIXELS, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
