package com.creditquerydesk.infrastructure.signing;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealImageGeneratorTest {

    final SealImageGenerator generator = new SealImageGenerator(Path.of("templates/fonts/FandolSong-Bold.otf"));

    @Test
    void aRoundRedSealOnATransparentGround() throws Exception {
        SealImage seal = generator.generate("陕西省公共信用信息中心", "", true);
        assertEquals(42f, seal.diameterMm());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(seal.png()));
        int n = img.getWidth();
        assertEquals(0, img.getRGB(0, 0) >>> 24, "corners are transparent");
        assertEquals(0, img.getRGB(n - 1, n - 1) >>> 24);
        int centre = img.getRGB(n / 2, n / 2 - 5); // inside the star
        assertEquals(0xFF, centre >>> 24);
        assertEquals(0xE6, (centre >> 16) & 0xFF);
        assertEquals(0x00, (centre >> 8) & 0xFF);
        int ring = img.getRGB(n / 2, 4); // on the ring at the top
        assertTrue((ring >>> 24) > 0x80, "the ring is drawn");
    }

    @Test
    void theDemoSealDiffersFromTheRealOne() {
        byte[] demo = generator.generate("陕西省公共信用信息中心", "", true).png();
        byte[] real = generator.generate("陕西省公共信用信息中心", "", false).png();
        assertNotEquals(demo.length, real.length, "演示 DEMO is drawn only on the demo seal");
    }

    @Test
    void sealImagesAreCheckedPngs() {
        assertThrows(IllegalArgumentException.class, () -> new SealImage(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}, 42));
        byte[] png = generator.generate("中心", "", false).png();
        assertThrows(IllegalArgumentException.class, () -> new SealImage(png, 100));
    }
}
