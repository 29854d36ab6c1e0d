package com.creditquerydesk.testsupport.letters;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A page as a phone photographs it on a desk: the sheet a little smaller than the frame, its corners pulled by
 * the camera's tilt (a perspective, not a rotation), the desk's wood around it, light falling off towards the
 * corners (vignette) and from one side.
 */
final class PhonePhoto {

    private PhonePhoto() {
    }

    static BufferedImage take(BufferedImage page, Random r) {
        int pw = page.getWidth();
        int ph = page.getHeight();
        int w = (int) Math.round(pw * 1.14);
        int h = (int) Math.round(ph * 1.12);
        // where the page's corners land in the photo (top-left, top-right, bottom-right, bottom-left)
        double mx = pw * 0.07;
        double my = ph * 0.06;
        double jx = pw * 0.035;
        double jy = ph * 0.025;
        double[][] corners = {
                {mx + jitter(r, jx), my + jitter(r, jy)},
                {w - mx + jitter(r, jx), my + jitter(r, jy)},
                {w - mx + jitter(r, jx), h - my + jitter(r, jy)},
                {mx + jitter(r, jx), h - my + jitter(r, jy)}};
        double[][] pageCorners = {{0, 0}, {pw, 0}, {pw, ph}, {0, ph}};
        double[] toPage = homography(corners, pageCorners);
        int[] desk = {110 + r.nextInt(50), 80 + r.nextInt(30), 50 + r.nextInt(25)};
        double lightAngle = r.nextDouble() * 2 * Math.PI;
        double side = 0.12 + r.nextDouble() * 0.12;
        double vignette = 0.25 + r.nextDouble() * 0.2;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double cx = w / 2.0;
        double cy = h / 2.0;
        double maxD = Math.hypot(cx, cy);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = toPage[6] * x + toPage[7] * y + 1;
                double sx = (toPage[0] * x + toPage[1] * y + toPage[2]) / d;
                double sy = (toPage[3] * x + toPage[4] * y + toPage[5]) / d;
                int rgb;
                if (sx >= 0 && sy >= 0 && sx < pw - 1 && sy < ph - 1) {
                    rgb = bilinear(page, sx, sy);
                } else {
                    int grain = (int) (12 * Math.sin(y * 0.02 + Math.sin(x * 0.003) * 6));
                    rgb = (clamp(desk[0] + grain) << 16) | (clamp(desk[1] + grain) << 8) | clamp(desk[2] + grain);
                }
                double dx = (x - cx) / maxD;
                double dy = (y - cy) / maxD;
                double light = (1 - vignette * (dx * dx + dy * dy))
                        * (1 - side * (0.5 + 0.5 * (dx * Math.cos(lightAngle) + dy * Math.sin(lightAngle)) * 1.4));
                out.setRGB(x, y, (clamp((int) (((rgb >> 16) & 255) * light)) << 16)
                        | (clamp((int) (((rgb >> 8) & 255) * light)) << 8) | clamp((int) ((rgb & 255) * light * 0.97)));
            }
        }
        return out;
    }

    private static double jitter(Random r, double range) {
        return (r.nextDouble() * 2 - 1) * range;
    }

    private static int bilinear(BufferedImage img, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int a = img.getRGB(x0, y0);
        int b = img.getRGB(x0 + 1, y0);
        int c = img.getRGB(x0, y0 + 1);
        int d = img.getRGB(x0 + 1, y0 + 1);
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((a >> shift) & 255) * (1 - fx) + ((b >> shift) & 255) * fx;
            double bottom = ((c >> shift) & 255) * (1 - fx) + ((d >> shift) & 255) * fx;
            out |= clamp((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
        }
        return out;
    }

    /** The 3×3 projective map (h33 = 1, as 8 numbers) taking each {@code from} point to its {@code to} point. */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[]{x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[]{0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int row = col + 1; row < 8; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int row = 0; row < 8; row++) {
                if (row != col) {
                    double f = a[row][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[row][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
