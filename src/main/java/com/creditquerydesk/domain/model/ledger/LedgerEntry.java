package com.creditquerydesk.domain.model.ledger;

import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the 核查登记表 (docs/rules.md#R77): a candidate checked, as the ledger may show him (name and ID masked,
 * R77). Carries no full ID: the constructor is given the masked forms only.
 *
 * @param use        应用事项, from the letter's query kind
 * @param channel    查询渠道: the register and the version the check ran against
 * @param result     查询结果: 有 N 条失信被执行人记录, 无, or the review still awaited
 * @param handler    经办人: the person's name
 * @param phone      联系电话 of the handler (his mobile, else the centre's service phone)
 */
public record LedgerEntry(String letterId, String receiptNumber, String requestingUnit, String docNumber,
                          int candidateIndex, String use, String name, String idNumber, String channel, String result,
                          int recordCount, Instant checkedAt, LocalDate filingDeadline, Optional<LedgerMeasure> measure,
                          String handler, String phone) {

    /** The register every check runs against. */
    public static final String REGISTER = "全国法院失信被执行人名单";

    /** 应用事项 as the ledger words it. */
    public static String use(QueryKind kind) {
        return switch (QueryKind.answeredAs(kind)) {
            case CIVIL_SERVICE -> "公务员录用、调任";
            case PUBLIC_INSTITUTION -> "事业单位公开招聘";
            case OTHER -> "其他（评优评先、推荐等）";
        };
    }

    /** 查询渠道: the register and its version, with the file it was imported from. */
    public static String channel(int version, String sourceFileName) {
        return REGISTER + " 第 " + version + " 版" + (sourceFileName == null ? "" : "（" + sourceFileName + "）");
    }

    /** 查询结果 as it stands: the listed records' count, 无, or the second review still awaited. */
    public static String result(ScreeningResult r) {
        return switch (r.outcome()) {
            case HIT -> "有 " + r.listedRecords().size() + " 条失信被执行人记录" + (r.awaitsReview() ? "（待复核）" : "");
            case POSSIBLE_HIT -> "疑似命中（待复核）";
            case NO_RECORD -> "无";
        };
    }
}
