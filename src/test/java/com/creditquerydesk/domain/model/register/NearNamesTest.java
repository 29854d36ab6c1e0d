package com.creditquerydesk.domain.model.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The near-name rule of the possible-hit safety net (docs/rules.md#R56): every kind of near miss, and of non-miss. */
class NearNamesTest {

    private final NearNames near = NearNames.standard();

    private Optional<NameDifference> difference(String read, String listed) {
        return near.difference(NameMatching.normalise(read), NameMatching.normalise(listed));
    }

    @ParameterizedTest(name = "{0} read for {1}: {2}")
    @CsvSource({
            // look-alikes OCR produced on scans (issue 14) and the classic shape pairs, either way round
            "郭伟臭, 郭伟昊, LOOK_ALIKE",
            "郭伟昊, 郭伟臭, LOOK_ALIKE",
            "昌明, 吕明, LOOK_ALIKE",
            "王学, 王兰, LOOK_ALIKE",
            "李或, 李彧, LOOK_ALIKE",
            "张已, 张己, LOOK_ALIKE",
            "张巳, 张已, LOOK_ALIKE",
            "陈末, 陈未, LOOK_ALIKE",
            "王士, 王土, LOOK_ALIKE",
            "刘日, 刘曰, LOOK_ALIKE",
            "王戍, 王戌, LOOK_ALIKE",
            // more than one character, each a known confusion
            "昌臭, 吕昊, LOOK_ALIKE",
            "吕伟臭, 吕玮昊, LOOK_ALIKE",
            // sound-alikes: surnames and given names of one reading
            "罗永, 罗勇, SOUND_ALIKE",
            "张伟, 张玮, SOUND_ALIKE",
            "章明, 张明, SOUND_ALIKE",
            "王莉, 王丽, SOUND_ALIKE",
            "汪俐, 王丽, SOUND_ALIKE",
            "李婧, 李静, SOUND_ALIKE",
            // one character neither looks nor sounds like the listed one
            "罗男, 罗勇, ONE_CHARACTER",
            "王勇, 罗勇, ONE_CHARACTER",
            "张伟明, 张伟刚, ONE_CHARACTER",
            "阿依古丽·买买江, 阿依古丽·买买提, ONE_CHARACTER",
            // a character dropped (a three-character name read as two, the end of a name lost) or added
            "郭伟, 郭伟昊, CHARACTER_MISSING",
            "叶一, 叶彤一, CHARACTER_MISSING",
            "伟昊, 郭伟昊, CHARACTER_MISSING",
            "阿依古丽买买提, 阿依古丽·买买提, CHARACTER_MISSING",
            "罗勇军, 罗勇, CHARACTER_EXTRA",
            "欧阳伟明, 欧伟明, CHARACTER_EXTRA",
            // given names swapped, and the surname with a two-character given name's order
            "张明伟, 张伟明, CHARACTERS_SWAPPED",
            "欧阳伟明, 欧阳明伟, CHARACTERS_SWAPPED",
            "勇罗, 罗勇, CHARACTERS_SWAPPED",
            // the parts of a dotted name in the other order
            "买买提·阿依古丽, 阿依古丽·买买提, PARTS_SWAPPED",
    })
    void aNearNameIsFlaggedWithItsReason(String read, String listed, NameDifference expected) {
        assertEquals(Optional.of(expected), difference(read, listed));
    }

    @ParameterizedTest(name = "{0} against {1}: not near")
    @CsvSource({
            // completely different names
            "李娜, 罗勇",
            "王小明, 罗勇",
            "张伟明, 李建国",
            // two characters differ and not both are known confusions
            "张伟明, 张建国",
            "罗小勇, 罗大军",
            "王芳芳, 王丽丽",
            // two characters dropped or added
            "罗, 罗勇军",
            "欧阳伟明, 欧明",
            "罗勇, 罗勇军民",
            // a swap that is no neighbouring pair, or with a change besides
            "明伟张, 张伟明",
            "张明刚, 张伟明",
            // the dotted parts reordered and changed
            "买买江·阿依古丽, 阿依古丽·买买提",
    })
    void aNameThatIsNotNearIsNotFlagged(String read, String listed) {
        assertEquals(Optional.empty(), difference(read, listed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"罗勇", "阿依古丽·买买提", "王𪚥"})
    void anEqualNameIsAnExactMatchNotAPossibleOne(String name) {
        assertEquals(Optional.empty(), difference(name, name));
        assertEquals(Optional.empty(), difference(name, ""));
    }

    @Test
    void aRareCharacterOutsideTheBasicPlaneCountsAsOneCharacter() {
        assertEquals(Optional.of(NameDifference.ONE_CHARACTER), difference("王𪚥", "王𪚤"));
        assertEquals(Optional.of(NameDifference.CHARACTER_MISSING), difference("王", "王𪚥"));
    }

    @Test
    void theBundledTableHoldsTheMisreadsSeenOnScansAndTheClassicPairs() {
        String[][] pairs = {{"昊", "臭"}, {"吕", "昌"}, {"兰", "学"}, {"彧", "或"}, {"己", "已"}, {"已", "巳"}, {"己", "巳"},
                {"未", "末"}, {"土", "士"}};
        for (String[] p : pairs) {
            assertEquals(Optional.of(NameDifference.LOOK_ALIKE), near.difference("王" + p[0] + "明", "王" + p[1] + "明"),
                    p[0] + "/" + p[1]);
        }
    }

    @Test
    void aTableIsReadFromItsFileFormat() {
        NearNames own = NearNames.parse(new StringReader("# comment\n\n形 甲 乙 丙\n音 丁 戊\n"));
        assertEquals(Optional.of(NameDifference.LOOK_ALIKE), own.difference("甲丙", "乙甲"));
        assertEquals(Optional.of(NameDifference.SOUND_ALIKE), own.difference("丁丁", "戊戊"));
        assertEquals(Optional.empty(), own.difference("甲丁", "乙己"), "己 is in no group of this table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"近 甲 乙", "形 甲", "形 甲乙 丙", "形 甲 乙 甲", "甲 乙"})
    void aMalformedLineIsRefusedByItsNumber(String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NearNames.parse(new StringReader("# table\n" + line + "\n")));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }
}
