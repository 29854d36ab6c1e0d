package com.creditquerydesk.infrastructure.signing;

import java.util.Objects;

/**
 * A seal as a transparent PNG and the size it is printed at (an official round seal is 42 mm across).
 */
public record SealImage(byte[] png, float diameterMm) {

    public SealImage {
        Objects.requireNonNull(png, "png");
        if (png.length < 8 || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalArgumentException("a seal image is a PNG");
        }
        if (diameterMm < 20 || diameterMm > 60) {
            throw new IllegalArgumentException("a seal is 20–60 mm across");
        }
    }
}
