package com.creditquerydesk.domain.model.candidate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitMisreadsTest {

    @Test
    void eachLetterStandsForItsOneDigit() {
        assertEquals("00011112566899", DigitMisreads.undo("OoDIl|iZSGbBgq"));
        assertEquals(14, DigitMisreads.LETTERS.length());
    }

    @Test
    void digitsAndOtherCharactersStay() {
        assertEquals("0123456789Xx×?年", DigitMisreads.undo("0123456789Xx×?年"));
        assertFalse(DigitMisreads.isMisread('X'));
        assertFalse(DigitMisreads.isMisread('7'));
        assertTrue(DigitMisreads.isMisread('q'));
    }
}
