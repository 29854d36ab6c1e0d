package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.Doubt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What typists and OCR do to letters that the generator does not: each variant on a hand-made letter. */
class LetterFieldExtractorVariantsTest {

    private final LetterFieldExtractor extractor = new LetterFieldExtractor(new ReadingChecks(0.9));

    private static DocumentText docx(String... lines) {
        List<DocumentText.TextBlock> blocks = new ArrayList<>();
        for (String l : lines) {
            blocks.add(new TextLine(l, null, 1.0));
        }
        return new DocumentText(DocumentText.Source.DOCX, List.of(new DocumentText.TextPage(1, 0, 0, blocks, false)));
    }

    private static String[] letter(String number, String date, String contact) {
        return new String[]{"关于申请查询公务员录用、调任人选", "社会信用记录的函", number, "陕西省公共信用信息中心：",
                "按照《公务员法》以及《公务员录用规定》《公务员调任规定》要求，现商请你中心协助查询录用人选（名单附后）的社会信用记录。",
                contact, "附件：查询对象名单（姓名、身份证号码）", "陕西省人力资源和社会保障厅", date};
    }

    @ParameterizedTest
    @CsvSource({
            "陕人社函[2026]112号, 陕人社函〔2026〕112号",
            "陕人社函【2026】112号, 陕人社函〔2026〕112号",
            "陕人社函（2026）112号, 陕人社函〔2026〕112号",
            "陕人社函 ﹝2026﹞ 第112号, 陕人社函〔2026〕112号",
            "陕人社函〔〔2026〕112号, 陕人社函〔2026〕112号",
            "陕人社函〔2026〕〕112号, 陕人社函〔2026〕112号",
            "西安市委组织部函〔2026〕7号, 西安市委组织部函〔2026〕7号"})
    void documentNumberBracketsAreNormalised(String printed, String expected) {
        assertEquals(expected, extractor.extract(docx(letter(printed, "2026年3月5日", "联系人：王敏，电话：029-88886666"))).docNumber().value());
    }

    /** How offices write the contact line: separators, 联系电话/联系方式, both in one label, the phone in brackets. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "联系人：王敏，电话：029-88886666",
            "联系人：王敏　联系电话：029-88886666",
            "联系人：王敏；联系电话：029-88886666",
            "联系人：王敏，联系方式：029-88886666",
            "联系人及电话：王敏，029-88886666",
            "联系人及联系电话：王敏　029-88886666",
            "联系人及联系方式：王敏029-88886666",
            "（联系人：王敏，联系电话：029-88886666）",
            "联系人：王敏（电话：029-88886666）",
            "联系人：王敏，电话:(029)88886666",
            "联 系 人：王敏      电 话：029-88886666"})
    void contactLineVariants(String printed) {
        ExtractionResult r = extractor.extract(docx(letter("陕人社函〔2026〕1号", "2026年3月5日", printed)));
        assertEquals("王敏", r.contactName(), printed);
        assertTrue(r.contactPhone().replaceAll("[^0-9]", "").equals("02988886666"), printed + " → " + r.contactPhone());
        assertFalse(r.fields().get(Field.CONTACT_NAME).needsCheck(), printed);
    }

    /** Some letters put the contact line at the very end, under the date and the seal. */
    @Test
    void contactLineUnderTheDate() {
        List<String> lines = new ArrayList<>(List.of(letter("陕人社函〔2026〕1号", "2026年3月5日", "附件：查询对象名单（姓名、身份证号码）")));
        lines.remove(6);
        lines.add("（联系人：王敏，联系电话：13912345678）");
        ExtractionResult r = extractor.extract(docx(lines.toArray(String[]::new)));
        assertEquals("王敏", r.contactName());
        assertEquals("13912345678", r.contactPhone());
        assertEquals(LocalDate.of(2026, 3, 5), r.letterDate());
        assertEquals("陕西省人力资源和社会保障厅", r.senderUnit());
    }

    /** The last six: the seal over the date read as a stray mark (not a misread digit), or the half-hidden 日 as 曰 白 目. */
    @ParameterizedTest
    @CsvSource({
            "2026年3月5日, 2026-03-05",
            "2026 年 3 月 5 日, 2026-03-05",
            "二〇二六年三月五日, 2026-03-05",
            "二〇二五年十二月三十一日, 2025-12-31",
            "二O二六年十月二十日, 2026-10-20",
            "12026年3月5日, 2026-03-05",
            "2026年·3月5日, 2026-03-05",
            "2026年7月Z3日, 2026-07-23",
            "2026年3月5曰, 2026-03-05",
            "2026年3月5白, 2026-03-05",
            "二〇二六年三月五目, 2026-03-05"})
    void datesInArabicOrChineseNumerals(String printed, String iso) {
        ExtractionResult r = extractor.extract(docx(letter("陕人社函〔2026〕1号", printed, "联系人：王敏，电话：029-88886666")));
        assertEquals(LocalDate.parse(iso), r.letterDate());
        assertEquals("陕西省人力资源和社会保障厅", r.senderUnit());
    }

    @Test
    void theTitleOverTwoLinesAndAContactOverTwoLines() {
        String[] l = letter("陕人社函〔2026〕1号", "2026年3月5日", "联系人：王敏");
        List<String> lines = new ArrayList<>(List.of(l));
        lines.add(6, "联系电话：13912345678");
        ExtractionResult r = extractor.extract(docx(lines.toArray(String[]::new)));
        assertEquals("王敏", r.contactName());
        assertEquals("13912345678", r.contactPhone());
        assertEquals(QueryKind.CIVIL_SERVICE, r.queryKind());
        assertEquals("陕西省公共信用信息中心", r.addressee());
    }

    @Test
    void theUnitAndTheDateOnOneLine() {
        String[] l = letter("陕人社函〔2026〕1号", "陕西省人力资源和社会保障厅 2026年3月5日", "联系人：王敏，电话：029-88886666");
        l[7] = "";
        ExtractionResult r = extractor.extract(docx(l));
        assertEquals("陕西省人力资源和社会保障厅", r.senderUnit());
        assertEquals(LocalDate.of(2026, 3, 5), r.letterDate());
    }

    @ParameterizedTest
    @CsvSource({
            "关于申请查询事业单位聘用人选社会信用记录的函, 为做好事业单位招聘工作，现商请你办协助查询。, public-institution",
            "关于申请查询录用、调任人选社会信用记录的函, 按照《公务员法》要求，现商请你中心协助查询。, civil-service",
            "关于申请查询表彰奖励人选社会信用记录的函, 为做好表彰奖励工作，现商请你中心协助查询。, other"})
    void queryKindFromTitleAndBody(String title, String body, String kind) {
        ExtractionResult r = extractor.extract(docx(title, "陕人社函〔2026〕1号", "陕西省公共信用信息中心：", body,
                "联系人：王敏，电话：029-88886666", "陕西省人力资源和社会保障厅", "2026年3月5日"));
        assertEquals(QueryKind.fromJson(kind), r.queryKind());
    }

    @Test
    void nothingFoundGivesEmptyFieldsNotErrors() {
        ExtractionResult r = extractor.extract(docx("这是一封无关的信。"));
        assertNull(r.docNumber());
        assertNull(r.letterDate());
        assertNull(r.queryKind(), "not guessed as 其他 without a title");
        assertTrue(r.candidates().isEmpty());
        for (Field f : Field.values()) {
            assertEquals(Set.of(Doubt.MISSING), r.fields().get(f).doubts(), f + " is marked for the clerk");
            assertEquals(0, r.fields().get(f).page(), f + " was found nowhere");
        }
    }

    private static OcrLine ocr(String text, int x, int y, int w) {
        double[] chars = new double[text.length()];
        java.util.Arrays.fill(chars, 0.95);
        return new OcrLine(text, 0.9, new Box(x, y, w, 30), chars);
    }

    /** docs/rules.md#R50: a doubtful bracket does not mark a number its form already checks; a doubtful digit does. */
    @ParameterizedTest
    @CsvSource({"4, false", "6, true", "13, true"})
    void aNumberIsAsSureAsItsLeastSureLetterOrDigit(int doubtful, boolean marked) {
        String number = "陕人社函〔2026〕112号";
        double[] chars = new double[number.length()];
        java.util.Arrays.fill(chars, 0.97);
        chars[doubtful] = 0.3; // 4: 〔, 6: a digit of the year, 13: 号
        List<OcrLine> page = List.of(ocr("关于申请查询录用人选社会信用记录的函", 300, 100, 700),
                new OcrLine(number, 0.9, new Box(400, 150, 300, 30), chars));
        ExtractionResult r = extractor.extractOcr(List.of(new OcrPage(0, 1240, 1754, page)));
        assertEquals(number, r.docNumber().value());
        assertEquals(marked, r.fields().get(Field.DOC_NUMBER).needsCheck(), r.fields().get(Field.DOC_NUMBER).toString());
    }

    @Test
    void aCandidateIsAsSureAsItsLeastSureCharacter() {
        List<OcrLine> page = List.of(
                new OcrLine("张喆", 0.9, new Box(260, 200, 60, 30), new double[]{0.98, 0.41}),
                ocr("110105199003071239", 560, 200, 330));
        ExtractionResult r = extractor.extractOcr(List.of(new OcrPage(0, 1240, 1754, page)));
        assertEquals(0.41, r.candidates().get(0).confidence(), 1e-9);
    }

    @Test
    void ocrRowsWithoutHeaderSpacedIdsLowerCaseXAndBadCheckDigits() {
        List<OcrLine> page = List.of(
                ocr("1", 150, 200, 12),
                ocr("阿依古丽•买买提", 260, 203, 160),
                ocr("6501 0219 9001 0110 1x", 560, 198, 330),
                ocr("2", 150, 260, 12),
                ocr("王", 300, 258, 28),
                ocr("芳", 350, 262, 28),
                ocr("610102199001011235", 560, 259, 330),
                ocr("3 欧阳明华 11010519900307123X", 150, 320, 700));
        ExtractionResult r = extractor.extractOcr(List.of(new OcrPage(1, 1240, 1754, page)));
        assertEquals(3, r.candidates().size());
        ExtractionResult.ExtractedCandidate a = r.candidates().get(0);
        assertEquals("阿依古丽·买买提", a.name());
        assertEquals("65010219900101101X", a.idNumber());
        assertTrue(a.idValid());
        assertEquals(2, a.page(), "OCR page indexes are 0-based, result pages 1-based");
        assertEquals(new Box(150, 198, 740, 35), a.box());
        assertEquals("王芳", r.candidates().get(1).name(), "a name split in two boxes is joined");
        assertFalse(r.candidates().get(1).idValid(), "wrong check digit is reported, not dropped");
        assertEquals("610102199001011235", r.candidates().get(1).idNumber());
        assertEquals("欧阳明华", r.candidates().get(2).name(), "a whole row read as one box");
        assertEquals(0.95, r.candidates().get(2).confidence(), 1e-9, "its least sure letter or digit");
    }

    @Test
    void theHeaderSaysWhichColumnIsTheNameEvenWithChineseColumnsBeforeTheId() {
        List<List<TextLine>> rows = List.of(
                cells("序号", "姓名", "性别", "工作单位及职务", "公民身份号码"),
                cells("1", "张伟", "男", "西安市碑林区教育局科员", "110105199003071239"),
                cells("2", "欧阳明华", "女", "陕西省统计局", "65010219900101101X"));
        DocumentText text = new DocumentText(DocumentText.Source.DOCX, List.of(new DocumentText.TextPage(1, 0, 0,
                List.of(new TextLine("附件", null, 1), new DocumentText.TextTable(rows)), false)));
        List<String> read = extractor.extract(text).candidates().stream().map(c -> c.name() + " " + c.idNumber()).toList();
        assertEquals(List.of("张伟 110105199003071239", "欧阳明华 65010219900101101X"), read);
    }

    @Test
    void aSexColumnOcrJoinedToALongNameIsNotPartOfIt() {
        List<OcrLine> page = List.of(
                ocr("序号", 150, 140, 60), ocr("姓名", 300, 140, 60), ocr("性别", 520, 140, 60),
                ocr("公民身份号码", 700, 140, 180), ocr("拟任职位", 1000, 140, 120),
                ocr("1", 170, 200, 12), ocr("帕提古丽·阿不力孜女", 260, 200, 320), ocr("110105199003071239", 640, 200, 330),
                ocr("2", 170, 260, 12), ocr("李亚男", 300, 260, 90), ocr("女", 535, 260, 30),
                ocr("65010219900101101X", 640, 260, 330));
        List<String> names = extractor.extractOcr(List.of(new OcrPage(0, 1240, 1754, page))).candidates().stream()
                .map(ExtractionResult.ExtractedCandidate::name).toList();
        assertEquals(List.of("帕提古丽·阿不力孜", "李亚男"), names);
    }

    @Test
    void namesPaddedWithIdeographicSpacesAndAMergedTitleRowInTheTable() {
        List<List<TextLine>> rows = List.of(
                cells("查询对象名单"),
                cells("序　号", "姓　　名", "身份证号码"),
                cells("1", "王　芳", "65010219900101101X"));
        DocumentText text = new DocumentText(DocumentText.Source.DOCX, List.of(new DocumentText.TextPage(2, 0, 0,
                List.of(new DocumentText.TextTable(rows)), false)));
        ExtractionResult.ExtractedCandidate c = extractor.extract(text).candidates().get(0);
        assertEquals("王芳", c.name());
        assertEquals(2, c.page());
    }

    @Test
    void withoutAHeaderASexColumnAndAListNumberAreNotPartOfTheName() {
        DocumentText text = docx("附件", "1.张伟 男 110105199003071239", "2、王芳\t女\t65010219900101101X");
        List<String> read = extractor.extract(text).candidates().stream().map(c -> c.name() + " " + c.idNumber()).toList();
        assertEquals(List.of("张伟 110105199003071239", "王芳 65010219900101101X"), read);
    }

    @Test
    void aSealFragmentBetweenUnitAndDateIsNotTheUnit() {
        String[] l = letter("陕人社函〔2026〕1号", "2026年3月5日", "联系人：王敏，电话：029-88886666");
        List<String> lines = new ArrayList<>(List.of(l));
        lines.add(lines.size() - 1, "源和社");
        assertEquals("陕西省人力资源和社会保障厅", extractor.extract(docx(lines.toArray(String[]::new))).senderUnit());
    }

    @ParameterizedTest
    @CsvSource({
            "榆林市人民政府苏公室, 榆林市人民政府办公室",
            "榆林市人民文府办公室, 榆林市人民政府办公室",
            "陕西省人民政府亦公厅, 陕西省人民政府办公厅",
            "陕西省人民政府办公厅, 陕西省人民政府办公厅",
            "西安市人力资原和社会保障局, 西安市人力资源和社会保障局",
            "陕西省人力资医和社会保障厅, 陕西省人力资源和社会保障厅",
            "中共陕西省委组织部, 中共陕西省委组织部",
            "陕西省公安厅, 陕西省公安厅"})
    void oneMisreadCharacterInTheCommonWordsOfAUnitsName(String read, String unit) {
        String[] l = letter("陕人社函〔2026〕1号", "2026年3月5日", "联系人：王敏，电话：029-88886666");
        l[l.length - 2] = read;
        assertEquals(unit, extractor.extract(docx(l)).senderUnit());
    }

    private static List<TextLine> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new TextLine(t, null, 1.0)).toList();
    }

    /**
     * IdNumberRepair judges each ID as read: letter-for-digit misreads give a REPAIRED proposal that keeps the
     * text as read; a valid number is never changed (an unknown county is only a warning); a clean number that
     * fails its check with several possible single changes stays INVALID, as read.
     */
    @Test
    void idsAreCheckedRepairsKeepTheReadingAndValidIdsStay() {
        String valid = withCheck("61010219900101123");
        String unknownCounty = withCheck("61999919900101123");
        String wrongCheck = withCheck("11010519850615441").substring(0, 17)
                + (withCheck("11010519850615441").endsWith("1") ? "2" : "1");
        List<OcrLine> page = List.of(
                ocr("张伟", 260, 200, 60), ocr("I10105199O0307I239", 560, 200, 330),
                ocr("王芳", 260, 260, 60), ocr("65010219900101101×", 560, 260, 330),
                ocr("李亚男", 260, 320, 90), ocr(valid, 560, 320, 330),
                ocr("赵强", 260, 380, 60), ocr(unknownCounty, 560, 380, 330),
                ocr("孙丽", 260, 440, 60), ocr(wrongCheck, 560, 440, 330));
        List<ExtractionResult.ExtractedCandidate> c = extractor.extractOcr(List.of(new OcrPage(0, 1240, 1754, page))).candidates();
        assertEquals(List.of("张伟 110105199003071239", "王芳 65010219900101101X", "李亚男 " + valid,
                        "赵强 " + unknownCounty, "孙丽 " + wrongCheck),
                c.stream().map(x -> x.name() + " " + x.idNumber()).toList());
        assertEquals(List.of(IdCheck.REPAIRED, IdCheck.REPAIRED, IdCheck.VALID, IdCheck.VALID, IdCheck.INVALID),
                c.stream().map(ExtractionResult.ExtractedCandidate::idCheck).toList());
        assertEquals(List.of(true, true, true, true, false),
                c.stream().map(ExtractionResult.ExtractedCandidate::idValid).toList());
        assertEquals(java.util.Arrays.asList("I10105199O0307I239", "65010219900101101×", null, null, null),
                c.stream().map(ExtractionResult.ExtractedCandidate::idOriginal).toList());
        assertTrue(c.get(0).idNote().contains("请对照原件确认"), c.get(0).idNote());
        assertNull(c.get(2).idNote());
        assertTrue(c.get(3).idNote().contains("619999"), c.get(3).idNote());
        assertTrue(c.get(4).idNote().contains("校验位"), c.get(4).idNote());
    }

    private static String withCheck(String first17) {
        return first17 + com.creditquerydesk.domain.model.candidate.IdNumber.checkCharacter(first17);
    }

    @Test
    void candidatesNeverLogTheFullId() {
        ExtractionResult.ExtractedCandidate c =
                new ExtractionResult.ExtractedCandidate("张伟", "11010519900307123X", true, IdCheck.VALID, null, null, 1, 2, null, 0);
        assertFalse(c.toString().contains("11010519900307123X"));
        assertTrue(c.toString().contains("110105********123X"));
    }
}
