package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.RegionCodes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Snapping a unit read by OCR to the lexicon of ocr-models/unit-lexicon.txt over GB/T 2260 (docs/rules.md#R99). */
class UnitLexiconTest {

    private static final UnitLexicon LEXICON = load();

    private static UnitLexicon load() {
        try (Reader r = Files.newBufferedReader(Path.of("ocr-models", "unit-lexicon.txt"), StandardCharsets.UTF_8)) {
            return UnitLexicon.parse(r, RegionCodes.standard());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCharacterMisreadInTheOrganIsSnapped() {
        assertEquals(Optional.of("陕西省人力资源和社会保障厅"), LEXICON.snap("陕西省人为资源和社会保障厅"));
        assertEquals(Optional.of("中共西安市委组织部"), LEXICON.snap("中共西安市委组织郡"));
    }

    @Test
    void aCharacterMisreadInTheRegionIsSnapped() {
        assertEquals(Optional.of("深圳市福田区人民政府"), LEXICON.snap("深圳市福由区人民政府"));
        assertEquals(Optional.of("中共渭南市委组织部"), LEXICON.snap("中共渭男市委组织部"));
        // 榆休市: 榆林市 and 榆树市 are both one character off
        assertEquals(Optional.empty(), LEXICON.snap("榆休市人民政府办公室"));
    }

    @Test
    void aCharacterDroppedUnderTheSealIsPutBack() {
        assertEquals(Optional.of("西安市碑林区人力资源和社会保障局"), LEXICON.snap("西安市碑林区人力资源社会保障局"));
        assertEquals(Optional.of("政协陕西省委员会办公厅"), LEXICON.snap("政协陕西省委员办公厅"));
        // 生 dropped and 健 read 建: two off a name of nine characters, left to the clerk
        assertEquals(Optional.empty(), LEXICON.snap("陕西省卫建康委员会"));
    }

    @Test
    void aLongNameTwoCharactersOffIsSnappedAShortOneIsNot() {
        assertEquals(Optional.of("陕西省人力资源和社会保障厅"), LEXICON.snap("陕西省人为资源和社保障厅"));
        // …厅 and …局 are both two characters off 陕西省人为资源和社会保障斤
        assertEquals(Optional.empty(), LEXICON.snap("陕西省人为资源和社会保障斤"));
        assertEquals(Optional.empty(), LEXICON.snap("陕西省教肓斤"));
    }

    @Test
    void aNameOfTheLexiconStaysAsRead() {
        assertEquals(Optional.empty(), LEXICON.snap("陕西省人力资源和社会保障厅"));
        assertEquals(Optional.empty(), LEXICON.snap("中共渭南市委组织部"));
        assertEquals(Optional.empty(), LEXICON.snap("国家公共信用信息中心"));
    }

    /** Too far off to put right, yet one more character off than snapping allows: a misreading, to be marked. */
    @Test
    void aNearMissIsToldApart() {
        assertEquals(Optional.empty(), LEXICON.snap("陕西卫生建康委员会"));
        assertEquals(true, LEXICON.nearMiss("陕西卫生建康委员会"));
        assertEquals(true, LEXICON.nearMiss("陕西有夜育厅"));
        assertEquals(false, LEXICON.nearMiss("陕西省卫生健康委员会"), "a name of the lexicon");
        assertEquals(false, LEXICON.nearMiss("西安高新技术产业开发区管委会"), "nothing close");
        assertEquals(false, LEXICON.nearMiss(null));
    }

    @Test
    void nothingCloseIsNotSnapped() {
        assertEquals(Optional.empty(), LEXICON.snap("西安高新技术产业开发区管委会"));
        assertEquals(Optional.empty(), LEXICON.snap("某某有限公司"));
        assertEquals(Optional.empty(), LEXICON.snap(null));
    }

    /** Two names one character off (长安区 of 西安 and of 石家庄 are the same string; 鼓楼区 and 古楼区 are not). */
    @Test
    void twoNamesAsCloseAreLeftToTheClerk() {
        UnitLexicon l = UnitLexicon.parse(new StringReader("organ 教育局\n"),
                RegionCodes.parse(new StringReader("350102 鼓楼区\n320106 鼓楼区\n410204 古楼区\n")));
        assertEquals(Optional.of("鼓楼区教育局"), l.snap("鼓搂区教育局"));
        assertEquals(Optional.empty(), l.snap("估楼区教育局"));
    }

    @Test
    void aMalformedLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnitLexicon.parse(new StringReader("organ 教育局\nsuffix 局\n"), RegionCodes.standard()));
        assertEquals(true, e.getMessage().startsWith("line 2"), e.getMessage());
    }

    @Test
    void distanceStopsBeyondTheLimit() {
        assertEquals(1, UnitLexicon.distance("福田区", "福由区", 2));
        assertEquals(3, UnitLexicon.distance("福田区", "人民政府办公室", 2));
        assertEquals(2, UnitLexicon.distance("人力资源", "人为资原", 2));
    }
}
