package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A letter page as a scanner delivers it, drawn in code: A4 at 300 dpi, a title, body lines, a table of names
 * and ID numbers in a real CJK font, a red seal stamped over the sender line, then rotated, blurred and noised.
 */
public final class SyntheticScan {

    public static final int WIDTH = 2480;
    public static final int HEIGHT = 3508;
    public static final int DPI = 300;

    public static final String TITLE = "关于查询失信联合惩戒对象的函";
    public static final List<String> BODY = List.of(
            "省公共信用信息中心：",
            "根据招聘工作安排，请协助查询以下人员是否为失信联合惩戒对象。",
            "联系人：李明，联系电话：029-88886666。");
    public static final String SENDER = "西安市人力资源和社会保障局";
    /** Names include a rare character and a widely spaced two-character name, as letters have them. */
    public static final List<String> NAMES = List.of("张伟", "王秀英", "李  娜", "欧阳文博", "陈思远");
    public static final List<String> IDS = List.of(
            id("61010319900307123"), id("61011319851122456"), id("61052619921005002"),
            id("11010519880808741"), id("61040219950214318"));

    /** Where the seal is drawn, so tests can look at its pixels. */
    public static final int SEAL_X = 1650;
    public static final int SEAL_Y = 2650;
    public static final int SEAL_R = 220;

    /** Skew of {@link #preparedScan()}; the angles real scanners feed stay within a couple of degrees. */
    public static final double SKEW_DEGREES = 1.5;

    private SyntheticScan() {
    }

    /** The skewed, noisy scan after the preprocessor, made once per test run (it takes a few seconds). */
    public static Preprocessor.Result preparedScan() {
        return Prepared.RESULT;
    }

    private static final class Prepared {
        static final Preprocessor.Result RESULT = new Preprocessor(true).prepare(scanned(SKEW_DEGREES, 7));
    }

    /** The upright, clean page with the seal (RGB). */
    public static BufferedImage page() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            Font song = font("FandolSong-Regular.otf");
            Font fang = font("FandolFang-Regular.otf");
            g.setFont(song.deriveFont(Font.PLAIN, 88f)); // 22 pt 小标宋-like title
            int titleW = g.getFontMetrics().stringWidth(TITLE);
            g.drawString(TITLE, (WIDTH - titleW) / 2, 520);
            g.setFont(fang.deriveFont(Font.PLAIN, 66f)); // 16 pt 仿宋 body
            int y = 760;
            for (String line : BODY) {
                g.drawString(line, 300, y);
                y += 120;
            }
            drawTable(g, fang.deriveFont(Font.PLAIN, 58f), y + 40);
            g.setFont(fang.deriveFont(Font.PLAIN, 66f));
            g.drawString(SENDER, 1250, 2680);
            g.drawString("2026年11月20日", 1400, 2800);
        } finally {
            g.dispose();
        }
        stampSeal(img);
        return img;
    }

    /** {@link #page()} rotated by {@code degrees} (Graphics2D convention: positive is clockwise), blurred, noised. */
    public static BufferedImage scanned(double degrees, long seed) {
        BufferedImage upright = page();
        BufferedImage rotated = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rotated.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), WIDTH / 2.0, HEIGHT / 2.0);
            g.drawImage(upright, 0, 0, null);
        } finally {
            g.dispose();
        }
        float[] k = new float[9];
        java.util.Arrays.fill(k, 1f / 9);
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(rotated, null);
        Random random = new Random(seed);
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            blurred.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int n = (int) Math.round(random.nextGaussian() * 12);
                int rgb = row[x];
                row[x] = (clamp(((rgb >> 16) & 0xff) + n) << 16) | (clamp(((rgb >> 8) & 0xff) + n) << 8)
                        | clamp((rgb & 0xff) + n);
            }
            blurred.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return blurred;
    }

    private static void drawTable(Graphics2D g, Font font, int top) {
        int[] cols = {300, 500, 1000, 2180};
        int rowH = 110;
        int rows = NAMES.size() + 1;
        g.setStroke(new BasicStroke(3f));
        for (int r = 0; r <= rows; r++) {
            g.drawLine(cols[0], top + r * rowH, cols[3], top + r * rowH);
        }
        for (int c : cols) {
            g.drawLine(c, top, c, top + rows * rowH);
        }
        g.setFont(font);
        String[] header = {"序号", "姓名", "身份证号码"};
        for (int c = 0; c < 3; c++) {
            g.drawString(header[c], cols[c] + 30, top + 78);
        }
        for (int r = 0; r < NAMES.size(); r++) {
            int base = top + (r + 1) * rowH + 78;
            g.drawString(String.valueOf(r + 1), cols[0] + 30, base);
            g.drawString(NAMES.get(r), cols[1] + 30, base);
            g.drawString(IDS.get(r), cols[2] + 30, base);
        }
    }

    /** Ink on paper multiplies: black text under the seal stays black, white paper turns red. */
    private static void stampSeal(BufferedImage img) {
        BufferedImage seal = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = seal.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(220, 30, 40));
            g.setStroke(new BasicStroke(14f));
            g.drawOval(SEAL_X - SEAL_R, SEAL_Y - SEAL_R, 2 * SEAL_R, 2 * SEAL_R);
            g.fillPolygon(starXs(70), starYs(70), 10);
        } finally {
            g.dispose();
        }
        for (int y = SEAL_Y - SEAL_R - 10; y <= SEAL_Y + SEAL_R + 10; y++) {
            for (int x = SEAL_X - SEAL_R - 10; x <= SEAL_X + SEAL_R + 10; x++) {
                int s = seal.getRGB(x, y);
                int a = (s >>> 24) & 0xff;
                if (a == 0) {
                    continue;
                }
                int p = img.getRGB(x, y);
                int r = multiply((p >> 16) & 0xff, (s >> 16) & 0xff, a);
                int gr = multiply((p >> 8) & 0xff, (s >> 8) & 0xff, a);
                int b = multiply(p & 0xff, s & 0xff, a);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int multiply(int paper, int ink, int alpha) {
        int full = paper * ink / 255;
        return (full * alpha + paper * (255 - alpha)) / 255;
    }

    private static int[] starXs(int r) {
        int[] xs = new int[10];
        for (int i = 0; i < 10; i++) {
            xs[i] = SEAL_X + (int) Math.round((i % 2 == 0 ? r : r * 0.4) * Math.sin(i * Math.PI / 5));
        }
        return xs;
    }

    private static int[] starYs(int r) {
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            ys[i] = SEAL_Y - (int) Math.round((i % 2 == 0 ? r : r * 0.4) * Math.cos(i * Math.PI / 5));
        }
        return ys;
    }

    private static Font font(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, Path.of("templates", "fonts", file).toFile());
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("font " + file, e));
        }
    }

    /** Appends the GB 11643 check character, so the test IDs are valid numbers. */
    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
