package com.creditquerydesk.application.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell of an {@link ExportTable}, typed so a spreadsheet keeps numbers and dates as numbers and dates. A
 * {@code null} given to a factory is a blank cell.
 */
public sealed interface TableCell {

    /** The cell as a person reads it (the PDF prints this; YYYY-MM-DD for dates). */
    String display();

    record Text(String value) implements TableCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    record Count(long value) implements TableCell {
        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /** A decimal shown with its own scale (1.50 stays 1.50). */
    record Decimal(BigDecimal value) implements TableCell {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /** A ratio (0.125) shown as a percentage with the given decimals (12.5%). */
    record Percent(double ratio, int decimals) implements TableCell {
        public Percent {
            if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
                throw new IllegalArgumentException("a percentage needs a finite ratio");
            }
            if (decimals < 0 || decimals > 4) {
                throw new IllegalArgumentException("decimals 0..4");
            }
        }

        @Override
        public String display() {
            return BigDecimal.valueOf(ratio * 100).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString()
                    + "%";
        }
    }

    record Day(LocalDate value) implements TableCell {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    /** A time of day on a date, in the centre's zone, shown to the minute. */
    record Moment(LocalDateTime value) implements TableCell {
        public Moment {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.toLocalDate() + " " + String.format("%02d:%02d", value.getHour(), value.getMinute());
        }
    }

    record Blank() implements TableCell {
        @Override
        public String display() {
            return "";
        }
    }

    static TableCell text(String value) {
        return value == null ? new Blank() : new Text(value);
    }

    static TableCell count(long value) {
        return new Count(value);
    }

    static TableCell decimal(BigDecimal value) {
        return value == null ? new Blank() : new Decimal(value);
    }

    static TableCell percent(double ratio) {
        return new Percent(ratio, 1);
    }

    static TableCell day(LocalDate value) {
        return value == null ? new Blank() : new Day(value);
    }

    static TableCell moment(LocalDateTime value) {
        return value == null ? new Blank() : new Moment(value);
    }

    static TableCell blank() {
        return new Blank();
    }
}
