package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyRow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reply content built in code for the document tests: three candidates, one hit with two records, a rare 垚. */
final class SampleReplies {

    static final Path FONTS = Path.of("templates/fonts");
    static final String HIT_RESULT = "失信联合惩戒对象（失信被执行人）";
    static final String CLEAR_RESULT = "未发现失信联合惩戒对象记录";

    private SampleReplies() {
    }

    /** A valid ID number built from region, birth date and sequence, with its computed check character. */
    static IdNumber id(String region, String birth, String sequence) {
        String first17 = region + birth + sequence;
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
    }

    static ReplyContent draft() {
        List<ReplyRow> rows = List.of(
                new ReplyRow(1, "张伟", id("610102", "19900315", "123"), CLEAR_RESULT, List.of()),
                new ReplyRow(2, "王垚", id("610113", "19880921", "456"), HIT_RESULT, List.of(
                        new HitRecordRef("西安市雁塔区人民法院", "（2024）陕0113执1234号"),
                        new HitRecordRef("西安市中级人民法院", "（2025）陕01执恢88号"))),
                new ReplyRow(3, "欧阳晓明", id("610402", "19950630", "782"), CLEAR_RESULT, List.of()));
        return ReplyContent.draft("中共陕西省委组织部", LocalDate.of(2026, 7, 1),
                DocumentNumber.parse("陕组函〔2026〕58号"), QueryKind.CIVIL_SERVICE,
                LocalDate.of(2026, 7, 3), rows, "陕西省公共信用信息中心", "李敏", "029-63918210");
    }

    static ReplyContent signedOff() {
        return draft().signedOff(DocumentNumber.parse("陕信用函〔2026〕12号"), LocalDate.of(2026, 7, 6));
    }
}
