package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.infrastructure.ocr.SyntheticScan;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GreySealTest {

    /** The test page read without red removal: its seal is a mid-grey ring over the sender line. */
    private static final BufferedImage GREY = Preprocessor.toGrey(SyntheticScan.page(), false);

    @Test
    void findsTheRingOfAGreySeal() {
        GreySeal.Ring ring = GreySeal.find(GREY).orElseThrow();
        int cell = SyntheticScan.WIDTH / 210;
        assertEquals(SyntheticScan.SEAL_X, ring.x(), 2 * cell);
        assertEquals(SyntheticScan.SEAL_Y, ring.y(), 2 * cell);
        assertEquals(SyntheticScan.SEAL_R, ring.radius(), 2 * cell);
        assertTrue(ring.grey() > 80 && ring.grey() < 120, "the seal's grey: " + ring.grey());
    }

    @Test
    void noRingWhereThereIsNoSeal() {
        assertTrue(GreySeal.find(Preprocessor.toGrey(SyntheticScan.page(), true)).isEmpty(), "the seal removed as red");
    }

    @Test
    void aGentleLiftKeepsGreysTheFullLiftWhitensAndLeavesTheSealLight() {
        GreySeal.Ring ring = GreySeal.find(GREY).orElseThrow();
        Raster before = GREY.getRaster();
        Raster full = GreySeal.lifted(GREY, ring).getRaster();
        Raster gentle = GreySeal.gentlyLifted(GREY, ring).getRaster();
        int kept = 0;
        for (int y = SyntheticScan.SEAL_Y - SyntheticScan.SEAL_R; y < SyntheticScan.SEAL_Y + SyntheticScan.SEAL_R; y += 2) {
            for (int x = SyntheticScan.SEAL_X - SyntheticScan.SEAL_R; x < SyntheticScan.SEAL_X + SyntheticScan.SEAL_R; x += 2) {
                int v = before.getSample(x, y, 0);
                if (Math.hypot(x - ring.x(), y - ring.y()) > ring.radius()) {
                    continue;
                }
                if (v <= ring.grey() * 3 / 4) {
                    assertEquals(v, gentle.getSample(x, y, 0), "kept at " + x + "," + y);
                } else if (v >= ring.grey() * 3 / 2) {
                    assertEquals(255, gentle.getSample(x, y, 0), "paper at " + x + "," + y);
                } else if (Math.abs(v - ring.grey()) < 5) {
                    kept++;
                    assertEquals(255, full.getSample(x, y, 0));
                    assertTrue(gentle.getSample(x, y, 0) < 255, "seal ink stays light grey at " + x + "," + y);
                }
            }
        }
        assertTrue(kept > 500, "seal ink looked at: " + kept);
    }

    @Test
    void liftsTheSealAndKeepsTheTextUnderIt() {
        BufferedImage lifted = GreySeal.lifted(GREY, GreySeal.find(GREY).orElseThrow());
        BufferedImage colour = SyntheticScan.page();
        Raster before = GREY.getRaster();
        Raster after = lifted.getRaster();
        int seal = 0;
        int text = 0;
        for (int y = SyntheticScan.SEAL_Y - SyntheticScan.SEAL_R; y < SyntheticScan.SEAL_Y + SyntheticScan.SEAL_R; y += 2) {
            for (int x = SyntheticScan.SEAL_X - SyntheticScan.SEAL_R; x < SyntheticScan.SEAL_X + SyntheticScan.SEAL_R; x += 2) {
                int rgb = colour.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                if (r > 212 && g < 80) {
                    seal++;
                    assertEquals(255, after.getSample(x, y, 0), "seal ink at " + x + "," + y);
                } else if (r < 40 && before.getSample(x, y, 0) < 40) {
                    text++;
                    assertEquals(before.getSample(x, y, 0), after.getSample(x, y, 0), "text at " + x + "," + y);
                }
            }
        }
        assertTrue(seal > 1000, "seal pixels looked at: " + seal);
        assertTrue(text > 100, "text under the seal looked at: " + text);
    }

    /** The page as a fax-mode scanner gives it: black wherever it is darker than {@code level}, seal included. */
    private static BufferedImage bilevel(BufferedImage grey, int level) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, grey.getRaster().getSample(x, y, 0) < level ? 0 : 255);
            }
        }
        return out;
    }

    @Test
    void findsTheRingOfABlackSealOnA1BitPage() {
        BufferedImage page = bilevel(GREY, 160);
        assertTrue(GreySeal.find(page).isEmpty(), "no mid-grey on a 1-bit page");
        GreySeal.Ring ring = GreySeal.findBlack(page).orElseThrow();
        int cell = SyntheticScan.WIDTH / 210;
        assertEquals(SyntheticScan.SEAL_X, ring.x(), 2 * cell);
        assertEquals(SyntheticScan.SEAL_Y, ring.y(), 2 * cell);
        assertEquals(SyntheticScan.SEAL_R, ring.radius(), 2 * cell);
    }

    @Test
    void noBlackRingWhereTheSealWasRemoved() {
        assertTrue(GreySeal.findBlack(bilevel(Preprocessor.toGrey(SyntheticScan.page(), true), 160)).isEmpty());
    }

    /** Only the ring's stroke goes: the text inside and outside it stays black. */
    @Test
    void erasingTheRingKeepsTheTextAcrossIt() {
        BufferedImage page = bilevel(GREY, 160);
        GreySeal.Ring ring = GreySeal.findBlack(page).orElseThrow();
        Raster before = page.getRaster();
        Raster after = GreySeal.ringErased(page, ring).getRaster();
        double stroke = SyntheticScan.WIDTH / 210.0 * 1.2;
        int onRing = 0;
        int kept = 0;
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                double d = Math.abs(Math.hypot(x - ring.x(), y - ring.y()) - ring.radius());
                if (before.getSample(x, y, 0) != 0) {
                    continue;
                }
                if (d <= stroke * 0.5) {
                    onRing++;
                    assertEquals(255, after.getSample(x, y, 0), "ring at " + x + "," + y);
                } else if (d > stroke * 2) {
                    kept++;
                    assertEquals(0, after.getSample(x, y, 0), "ink at " + x + "," + y);
                }
            }
        }
        assertTrue(onRing > 200, "ring pixels looked at: " + onRing);
        assertTrue(kept > 1000, "other ink looked at: " + kept);
    }
}
