package com.creditquerydesk.infrastructure.ocr.ppocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRecognizerTest {

    private static BufferedImage crop(int width) {
        BufferedImage img = new BufferedImage(width, TextRecognizer.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, TextRecognizer.HEIGHT);
        g.dispose();
        return img;
    }

    @Test
    void inkIsFoundBetweenTheRules() {
        BufferedImage img = crop(200);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 200, 2);          // a horizontal table rule
        g.fillRect(195, 0, 3, 48);         // a vertical table rule
        g.fillRect(30, 10, 20, 28);        // a character
        g.fillRect(120, 10, 25, 28);       // another
        g.dispose();
        assertArrayEquals(new int[]{30, 145}, TextRecognizer.inkExtent(img, 200));
        assertNull(TextRecognizer.inkExtent(crop(100), 100));
    }

    @Test
    void inkFarBeyondTheReadCharactersMeansALostCharacter() {
        int[] ink = {10, 160};
        assertFalse(TextRecognizer.unreadInk(ink, 12, 150), "all ink read");
        assertTrue(TextRecognizer.unreadInk(ink, 12, 110), "the last character was not read");
        assertTrue(TextRecognizer.unreadInk(ink, 60, 158), "the first character was not read");
        assertFalse(TextRecognizer.unreadInk(null, 0, 10));
    }
}
