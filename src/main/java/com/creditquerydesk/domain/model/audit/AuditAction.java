package com.creditquerydesk.domain.model.audit;

import java.util.Optional;

/**
 * Every kind of step the trail records (全程留痕, docs/rules.md#R13), with the label a person reads. The
 * code is what is stored and chained; a code from an older version that is no longer here keeps no label.
 */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    LOGIN_REFUSED_LOCKED("暂停登录期间被拒"),
    ACCOUNT_LOCKED("暂停登录"),
    SECOND_FACTOR_REQUESTED("等待二次验证"),
    SECOND_FACTOR_FAILED("二次验证失败"),
    RECOVERY_CODE_USED("使用恢复码"),
    TOTP_ENROLLED("绑定动态口令"),
    SECOND_FACTOR_RESET("重置二次验证"),
    PASSWORD_CHANGED("修改密码"),
    LOGOUT("退出登录"),
    LOGOUT_EVERYWHERE("退出全部登录"),
    LOGIN_REFUSED_TERMINAL("非专机登录被拒"),
    REQUEST_REFUSED_TERMINAL("非专机访问被拒"),
    TERMINALS_REGISTERED("登记专机"),
    USER_CREATED("新建用户"),
    USER_UPDATED("修改用户"),
    USER_UNLOCKED("解锁用户"),
    LETTER_RECEIVED("收文登记"),
    LETTER_FILE_ADDED("补充来函文件"),
    INTAKE_FILE_REJECTED("拒收投递文件"),
    LETTER_READ("查看来函"),
    LETTER_SEARCHED("检索来函"),
    LETTER_PAGE_READ("查看来函页面"),
    LETTER_FILE_READ("下载来函原件"),
    LETTER_REASSIGNED("改派经办人"),
    LETTER_EXTENDED("延期办理"),
    LETTER_REJECTED("不予受理（退回）"),
    LETTER_VOIDED("作废来函"),
    LETTER_URGED("催办"),
    EXTRACTION_STARTED("开始识别来函"),
    EXTRACTION_RESUMED("重启后继续识别"),
    EXTRACTION_RETRIED("重新识别来函"),
    EXTRACTION_DONE("识别完成"),
    EXTRACTION_FAILED("识别失败"),
    EXTRACTION_CORRECTED("校对修改"),
    EXTRACTION_VERIFIED("校对确认"),
    SCREENED("查询核查"),
    SCREENING_READ("查看查询结果"),
    HIT_CONFIRMED("复核确认命中"),
    HIT_OVERTURNED("复核推翻命中"),
    POSSIBLE_HIT_CONFIRMED("复核确认疑似命中"),
    POSSIBLE_HIT_OVERTURNED("复核排除疑似命中"),
    REVIEW_COMPLETED("二次复核完成"),
    REVIEW_PHRASES_CHANGED("修改常用复核意见"),
    APPLICANTS_UPLOADED("上传招聘人员名单"),
    APPLICANTS_SCREENED("招聘人员名单查询完成"),
    APPLICANTS_FAILED("招聘人员名单查询失败"),
    APPLICANT_HITS_READ("查看招聘人员名单命中结果"),
    APPLICANT_RESULT_READ("下载招聘人员名单查询结果"),
    REPLY_DRAFTED("起草复函"),
    REPLY_RETURNED("签发人退回"),
    SIGN_OFF_PASSWORD_WRONG("签发密码错误"),
    REPLY_SIGNED_OFF("签发复函"),
    REPLY_DISPATCHED("发文登记"),
    REPLY_READ("下载复函"),
    OBJECTION_OPENED("登记异议"),
    OBJECTION_HOP_CLOSED("办结异议环节"),
    OBJECTION_DECIDED("登记异议处理结果"),
    OBJECTION_FILE_READ("下载异议材料"),
    CORRECTION_DRAFTED("起草更正函"),
    CORRECTION_REVIEWED("复核更正函"),
    CORRECTION_SIGNED_OFF("签发更正函"),
    REFUSAL_NOTICE_DRAFTED("起草不予受理告知"),
    REFUSAL_NOTICE_SIGNED_OFF("签发不予受理告知"),
    FOLLOW_UP_READ("下载更正函或不予受理告知"),
    LEDGER_MEASURE_RECORDED("登记应用措施"),
    SPOT_CHECK_DRAWN("抽查抽检"),
    SPOT_CHECK_JUDGED("抽查核对结论"),
    REGISTER_IMPORT_STARTED("导入失信被执行人名单"),
    REGISTER_IMPORTED("名单导入完成，建立新版本"),
    REGISTER_IMPORT_UNCHANGED("名单未变化，未建立新版本"),
    REGISTER_IMPORT_FAILED("名单导入失败"),
    CALENDAR_INSTALLED("更新工作日日历"),
    AUDIT_CHAIN_KEYED("审计链改为密钥链接"),
    AUDIT_CHECKPOINT_SIGNED("签署审计链检查点"),
    AUDIT_EXPORTED("导出审计记录"),
    AUDIT_TABLE_EXPORTED("导出审计记录表格"),
    STATISTICS_EXPORTED("导出服务统计"),
    BLOBS_SWEPT("清理无引用的存储文件"),
    BLOBS_COPIED("复制存储文件到共享存储");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Chinese name of the step, as the audit screen shows it. */
    public String label() {
        return label;
    }

    /** The action a stored code names, if this version knows it. */
    /**
     * Whether the action is a step someone took on a letter, as a 工作台 lists under 已办 (docs/rules.md#R83), rather than
     * a read, a log-in or the server's own work.
     */
    public boolean takesAStep() {
        return switch (this) {
            case LETTER_RECEIVED, LETTER_FILE_ADDED, LETTER_REASSIGNED, LETTER_EXTENDED, LETTER_REJECTED, LETTER_VOIDED,
                 LETTER_URGED, EXTRACTION_CORRECTED, EXTRACTION_VERIFIED, SCREENED, HIT_CONFIRMED, HIT_OVERTURNED,
                 POSSIBLE_HIT_CONFIRMED, POSSIBLE_HIT_OVERTURNED, REVIEW_COMPLETED, REPLY_DRAFTED, REPLY_RETURNED,
                 REPLY_SIGNED_OFF, REPLY_DISPATCHED, OBJECTION_OPENED, OBJECTION_HOP_CLOSED, OBJECTION_DECIDED,
                 CORRECTION_DRAFTED, CORRECTION_REVIEWED, CORRECTION_SIGNED_OFF, REFUSAL_NOTICE_DRAFTED,
                 REFUSAL_NOTICE_SIGNED_OFF -> true;
            default -> false;
        };
    }

    /**
     * Whether the action is a step of the letter's 流程跟踪 (docs/rules.md#R94): the steps people took and the end of
     * its reading; reads, searches and the server's intermediate work are left out.
     */
    public boolean onTimeline() {
        return takesAStep() || this == EXTRACTION_DONE || this == EXTRACTION_FAILED;
    }

    public static Optional<AuditAction> ofCode(String code) {
        for (AuditAction a : values()) {
            if (a.name().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
