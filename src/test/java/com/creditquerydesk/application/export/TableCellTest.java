package com.creditquerydesk.application.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableCellTest {

    @Test
    void cellsDisplayAsAPersonReadsThem() {
        assertEquals("陈**", TableCell.text("陈**").display());
        assertEquals("42", TableCell.count(42).display());
        assertEquals("1.50", TableCell.decimal(new BigDecimal("1.50")).display());
        assertEquals("12.5%", TableCell.percent(0.125).display());
        assertEquals("100%", new TableCell.Percent(1, 0).display());
        assertEquals("66.67%", new TableCell.Percent(2.0 / 3, 2).display());
        assertEquals("2026-03-05", TableCell.day(LocalDate.of(2026, 3, 5)).display());
        assertEquals("2026-03-05 09:07", TableCell.moment(LocalDateTime.of(2026, 3, 5, 9, 7, 59)).display());
        assertEquals("", TableCell.blank().display());
    }

    @Test
    void nullIsBlank() {
        assertInstanceOf(TableCell.Blank.class, TableCell.text(null));
        assertInstanceOf(TableCell.Blank.class, TableCell.day(null));
        assertInstanceOf(TableCell.Blank.class, TableCell.moment(null));
        assertInstanceOf(TableCell.Blank.class, TableCell.decimal(null));
    }

    @Test
    void aPercentageNeedsAFiniteRatio() {
        assertThrows(IllegalArgumentException.class, () -> TableCell.percent(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TableCell.Percent(0.5, 5));
    }

    @Test
    void wideTablesAreLandscape() {
        var six = java.util.Collections.nCopies(6, TableColumn.of("列"));
        var seven = java.util.Collections.nCopies(7, TableColumn.of("列"));
        assertFalse(new ExportTable("表", null, six, java.util.List.of()).landscape());
        assertTrue(new ExportTable("表", null, seven, java.util.List.of()).landscape());
        assertFalse(new ExportTable("表", null, seven, java.util.List.of())
                .withOrientation(ExportTable.Orientation.PORTRAIT).landscape());
        assertTrue(new ExportTable("表", null, six, java.util.List.of())
                .withOrientation(ExportTable.Orientation.LANDSCAPE).landscape());
    }
}
