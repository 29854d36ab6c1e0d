package com.creditquerydesk.infrastructure.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Optional;

/**
 * The seal on a grey scan (or a colour scan read without red removal): there it is not red but mid-grey,
 * lighter than print, and its strokes cut the sender's name and the date into pieces. Its ring is found (an
 * official seal is a circle of about 4 cm: a ring of mid-grey of 32–48 mm) and, inside it, greys as light as
 * the ring's are lifted to white while darker ones, the text under the seal, are kept.
 */
final class GreySeal {

    /** Letters are A4 (GB/T 9704): the page's width gives its resolution. */
    private static final double PAGE_WIDTH_MM = 210;
    private static final double MIN_RADIUS_MM = 16;
    private static final double MAX_RADIUS_MM = 24;
    /** Seal ink on a grey scan: neither print (darker) nor paper (lighter). */
    private static final int MID_LOW = 80;
    private static final int MID_HIGH = 200;
    /** A 1-mm cell belongs to a seal stroke when this share of its pixels is mid-grey (print edges: far less). */
    private static final double STROKE_SHARE = 0.25;
    /** A circle is the seal's ring when this share of it runs through stroke cells (text crosses it here and there). */
    private static final double RING_SHARE = 0.7;

    /** Black on a 1-bit page. */
    private static final int BILEVEL_DARK = 127;
    /** On a 1-bit page the text is as black as the ring: the circle must run through black nearly all round. */
    private static final double BILEVEL_RING_SHARE = 0.85;
    /** The ring's stroke with the blur of a scan: what is erased of it on a 1-bit page. */
    private static final double RING_STROKE_MM = 2.4;

    /** A ring found on the page, in pixels, with the median grey of its stroke. */
    record Ring(double x, double y, double radius, int grey) {
        /** Just outside the ring's stroke: what lies within is the seal's. */
        double outer() {
            return radius * 1.08;
        }
    }

    private GreySeal() {
    }

    static Optional<Ring> find(BufferedImage grey) {
        return find(grey, MID_LOW, MID_HIGH, RING_SHARE);
    }

    /**
     * The seal on a 1-bit page (fax mode, CCITT G4): its ink is as black as the text, so its ring is found among the
     * black cells, as a circle running through them almost all the way round (text rows cross a circle only here and
     * there). Answers the ring with grey 0: nothing on the page is lighter ink to lift.
     */
    static Optional<Ring> findBlack(BufferedImage grey) {
        return find(grey, 0, BILEVEL_DARK, BILEVEL_RING_SHARE);
    }

    /**
     * The band of rows across a 1-bit seal with only the ring's stroke erased: the unit and the date cross the ring
     * and lose a sliver where they do; everything else, the text under the star and the rim's characters included,
     * stays as scanned, for the engine to read the rows through.
     */
    static BufferedImage ringErased(BufferedImage grey, Ring ring) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.setData(grey.getRaster());
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double half = w / PAGE_WIDTH_MM * RING_STROKE_MM / 2;
        double outer = ring.radius() + half;
        for (int y = (int) Math.max(0, ring.y() - outer); y < Math.min(h, ring.y() + outer); y++) {
            for (int x = (int) Math.max(0, ring.x() - outer); x < Math.min(w, ring.x() + outer); x++) {
                if (Math.abs(Math.hypot(x - ring.x(), y - ring.y()) - ring.radius()) <= half) {
                    px[y * w + x] = (byte) 255;
                }
            }
        }
        return out;
    }

    private static Optional<Ring> find(BufferedImage grey, int strokeLow, int strokeHigh, double ringShare) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        double perMm = w / PAGE_WIDTH_MM;
        int cell = Math.max(1, (int) Math.round(perMm));
        int cw = w / cell;
        int ch = h / cell;
        boolean[] stroke = new boolean[cw * ch];
        int[] mid = new int[cw];
        for (int cy = 0; cy < ch; cy++) {
            Arrays.fill(mid, 0);
            for (int y = cy * cell; y < (cy + 1) * cell; y++) {
                for (int x = 0; x < cw * cell; x++) {
                    int v = px[y * w + x] & 0xff;
                    if (v >= strokeLow && v <= strokeHigh) {
                        mid[x / cell]++;
                    }
                }
            }
            for (int cx = 0; cx < cw; cx++) {
                stroke[cy * cw + cx] = mid[cx] >= STROKE_SHARE * cell * cell;
            }
        }
        double bestShare = ringShare;
        int[] best = null;
        int minR = (int) Math.floor(MIN_RADIUS_MM * perMm / cell);
        int maxR = (int) Math.ceil(MAX_RADIUS_MM * perMm / cell);
        for (int r = minR; r <= maxR; r++) {
            int points = (int) Math.ceil(2 * Math.PI * r);
            int[] dx = new int[points];
            int[] dy = new int[points];
            for (int i = 0; i < points; i++) {
                dx[i] = (int) Math.round(r * Math.cos(2 * Math.PI * i / points));
                dy[i] = (int) Math.round(r * Math.sin(2 * Math.PI * i / points));
            }
            for (int cy = r; cy < ch - r; cy++) {
                for (int cx = r; cx < cw - r; cx++) {
                    // A ring has stroke cells at its top, bottom, left and right: most centres fail here at once.
                    if (!stroke[(cy - r) * cw + cx] && !stroke[(cy + r) * cw + cx]) {
                        continue;
                    }
                    int hits = 0;
                    for (int i = 0; i < points; i++) {
                        if (stroke[(cy + dy[i]) * cw + cx + dx[i]]) {
                            hits++;
                        }
                    }
                    double share = (double) hits / points;
                    if (share > bestShare) {
                        bestShare = share;
                        best = new int[]{cx, cy, r};
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double x = (best[0] + 0.5) * cell;
        double y = (best[1] + 0.5) * cell;
        double radius = best[2] * cell;
        return Optional.of(new Ring(x, y, radius, ringGrey(px, w, h, x, y, radius, cell)));
    }

    /** The median of the mid-greys within a cell of the ring's circle: the seal ink's grey on this page. */
    private static int ringGrey(byte[] px, int w, int h, double x, double y, double radius, int cell) {
        int[] histogram = new int[256];
        int n = 0;
        for (int py = (int) Math.max(0, y - radius - cell); py < Math.min(h, y + radius + cell); py++) {
            for (int qx = (int) Math.max(0, x - radius - cell); qx < Math.min(w, x + radius + cell); qx++) {
                double d = Math.hypot(qx - x, py - y);
                int v = px[py * w + qx] & 0xff;
                if (Math.abs(d - radius) <= cell && v >= MID_LOW && v <= MID_HIGH) {
                    histogram[v]++;
                    n++;
                }
            }
        }
        return Preprocessor.quantile(histogram, n, 0.5, MID_HIGH);
    }

    /**
     * Inside the ring (and its stroke), greys at or above three quarters of the way from black to the ring's
     * grey become white, those at or below half of it stay (text, also under the ink), in between stretched.
     */
    static BufferedImage lifted(BufferedImage grey, Ring ring) {
        return lifted(grey, ring, ring.grey() / 2, ring.grey() * 3 / 4);
    }

    /**
     * Lifted gently, for reading the seal's rows again when the full lift left neither the unit nor the date:
     * on a blurred low-resolution scan the text's strokes are as light as the seal's and went white with it.
     * Greys the full lift whitened stay; only greys half again lighter than the ring's go white, so the
     * seal's strokes remain as a light grey the engine reads through.
     */
    static BufferedImage gentlyLifted(BufferedImage grey, Ring ring) {
        return lifted(grey, ring, ring.grey() * 3 / 4, Math.min(255, ring.grey() * 3 / 2));
    }

    private static BufferedImage lifted(BufferedImage grey, Ring ring, int keep, int lift) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.setData(grey.getRaster());
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double outer = ring.outer();
        for (int y = (int) Math.max(0, ring.y() - outer); y < Math.min(h, ring.y() + outer); y++) {
            for (int x = (int) Math.max(0, ring.x() - outer); x < Math.min(w, ring.x() + outer); x++) {
                if (Math.hypot(x - ring.x(), y - ring.y()) <= outer) {
                    px[y * w + x] = (byte) Preprocessor.liftGrey(px[y * w + x] & 0xff, keep, lift);
                }
            }
        }
        return out;
    }
}
