package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.infrastructure.ocr.SyntheticScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreprocessorTest {

    @ParameterizedTest
    @ValueSource(doubles = {1.5, -2.2, 0.7})
    void estimatesTheSkewWithinAThirdOfADegree(double degrees) {
        BufferedImage grey = Preprocessor.toGrey(SyntheticScan.scanned(degrees, 3), true);
        assertEquals(degrees, Preprocessor.estimateSkew(grey), 0.3);
    }

    @Test
    void deskewedPageHasNoSkewLeft() {
        Preprocessor.Result r = SyntheticScan.preparedScan();
        assertEquals(SyntheticScan.SKEW_DEGREES, r.skewDegrees(), 0.3);
        assertEquals(0.0, Preprocessor.estimateSkew(r.image()), 0.3);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, r.image().getType());
        assertEquals(SyntheticScan.WIDTH, r.image().getWidth());
    }

    @Test
    void aGreySealGivesTheBandOfRowsAcrossItInThePreparedPagesPlace() {
        Preprocessor.Result r = new Preprocessor(false).prepare(SyntheticScan.scanned(SyntheticScan.SKEW_DEGREES, 7));
        Preprocessor.SealBand band = r.sealBand().get().orElseThrow();
        assertEquals(r.image().getWidth(), band.image().getWidth());
        assertTrue(band.y() < SyntheticScan.SEAL_Y - SyntheticScan.SEAL_R + 40, "band top " + band.y());
        assertTrue(band.y() + band.image().getHeight() > SyntheticScan.SEAL_Y + SyntheticScan.SEAL_R - 40);
        // Left of the seal nothing was lifted: the band's pixels are the prepared page's, row for row.
        int differ = 0;
        for (int y = 0; y < band.image().getHeight(); y += 3) {
            for (int x = 0; x < SyntheticScan.SEAL_X - 2 * SyntheticScan.SEAL_R; x += 3) {
                if (Math.abs(band.image().getRaster().getSample(x, y, 0) - r.image().getRaster().getSample(x, band.y() + y, 0)) > 2) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ);
        assertTrue(SyntheticScan.preparedScan().sealBand().get().isEmpty(), "a red seal removed as red: no band");
    }

    @Test
    void blankPageHasNoSkew() {
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(((java.awt.image.DataBufferByte) blank.getRaster().getDataBuffer()).getData(), (byte) 255);
        assertEquals(0.0, Preprocessor.estimateSkew(blank));
    }

    @Test
    void sealRemovalWhitensRedAndKeepsBlack() {
        BufferedImage colour = SyntheticScan.page();
        BufferedImage cleaned = Preprocessor.toGrey(colour, true);
        BufferedImage plain = Preprocessor.toGrey(colour, false);
        Raster c = cleaned.getRaster();
        Raster p = plain.getRaster();
        int red = 0;
        int black = 0;
        int blackUnderSeal = 0;
        for (int y = 0; y < colour.getHeight(); y += 2) {
            for (int x = 0; x < colour.getWidth(); x += 2) {
                int rgb = colour.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 212 && g < 80 && b < 80) {
                    red++;
                    // ink on bare paper: near white (a trace of a stroke edge under it stays a light grey)
                    assertTrue(c.getSample(x, y, 0) > 200, "red ink at " + x + "," + y);
                    assertTrue(p.getSample(x, y, 0) < 140, "without removal the seal stays grey");
                } else if (r < 60 && g < 60 && b < 60) {
                    black++;
                    assertTrue(c.getSample(x, y, 0) < 60, "black text at " + x + "," + y);
                    if (Math.hypot(x - SyntheticScan.SEAL_X, y - SyntheticScan.SEAL_Y) < SyntheticScan.SEAL_R) {
                        blackUnderSeal++;
                    }
                }
            }
        }
        assertTrue(red > 1000, "the test page must carry a seal");
        assertTrue(black > 10000, "the test page must carry text");
        assertTrue(blackUnderSeal > 100, "the seal must lie over text");
    }

    @Test
    void underTheSealBrightnessDecides() {
        assertEquals(255, Preprocessor.underInk(228, 228), "ink on paper");
        assertEquals(255, Preprocessor.underInk(240, 228), "brighter than the ink on paper");
        assertTrue(Preprocessor.underInk(172, 228) < 30, "ink over black text");
        int edge = Preprocessor.underInk(200, 228);
        assertTrue(edge > 60 && edge < 200, "a stroke's edge, half under the ink, stays grey: " + edge);
    }

    @Test
    void theInkLevelIsTheSealsOwn() {
        BufferedImage page = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                // a seal of ink (200, 40, 40) over paper, a fifth of it over black text (150, 20, 20), white around
                page.setRGB(x, y, x >= 50 ? 0xffffff : y < 10 ? 0x961414 : 0xc82828);
            }
        }
        assertEquals(200, Preprocessor.inkOnPaper(page));
        BufferedImage grey = Preprocessor.toGrey(page, true);
        assertEquals(255, grey.getRaster().getSample(20, 50, 0), "ink on paper");
        assertTrue(grey.getRaster().getSample(20, 5, 0) < 60, "text under the ink");
    }

    @Test
    void redMeansStronglyRed() {
        assertTrue(Preprocessor.isRed(220, 30, 40));
        assertTrue(Preprocessor.isRed(150, 60, 70));
        assertFalse(Preprocessor.isRed(20, 20, 20), "black");
        assertFalse(Preprocessor.isRed(255, 255, 255), "white");
        assertFalse(Preprocessor.isRed(255, 210, 200), "pale pink paper");
        assertFalse(Preprocessor.isRed(100, 20, 20), "dark: could be text");
        assertFalse(Preprocessor.isRed(200, 200, 40), "yellow");
    }

    @Test
    void greyInputKeepsItsValues() {
        BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 4, 1, 0, new int[]{0, 64, 128, 255});
        int[] out = Preprocessor.toGrey(grey, true).getRaster().getSamples(0, 0, 4, 1, 0, (int[]) null);
        assertEquals(java.util.List.of(0, 64, 128, 255), java.util.Arrays.stream(out).boxed().toList());
    }
}
