package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.shared.DomainException;

/** An axis-aligned rectangle in page pixels (origin top left). */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new DomainException("ocr.box.invalid",
                    "识别框坐标无效：" + x + "," + y + "," + width + "×" + height,
                    "invalid OCR box: " + x + "," + y + "," + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int nx = Math.min(x, other.x);
        int ny = Math.min(y, other.y);
        return new Box(nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
    }

    /** Area shared with the other box, in square pixels (0 when they do not touch). */
    public long intersectionArea(Box other) {
        long w = Math.min(right(), other.right()) - Math.max(x, other.x);
        long h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public long area() {
        return (long) width * height;
    }
}
