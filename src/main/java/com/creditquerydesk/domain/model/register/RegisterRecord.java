package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the register of 失信被执行人, with the columns of the public register file
 * (docs/domain.md#register-file). Identified by 案号 + 姓名.
 *
 * @param name             姓名
 * @param idNumber         身份证号码 (as published, usually masked)
 * @param court            执行法院
 * @param province         省份
 * @param caseNumber       案号
 * @param basisNumber      执行依据文号
 * @param duty             生效法律文书确定的义务
 * @param performance      被执行人的履行情况
 * @param dishonestConduct 失信被执行人具体情形
 * @param filedOn          立案时间
 * @param publishedOn      发布时间
 */
public record RegisterRecord(String name, MaskedIdNumber idNumber, String court, String province, String caseNumber,
                             String basisNumber, String duty, String performance, String dishonestConduct,
                             LocalDate filedOn, LocalDate publishedOn) {

    public RegisterRecord {
        name = limit(required(name, "姓名", "name"), 200, "姓名", "name");
        caseNumber = limit(required(caseNumber, "案号", "case number"), 200, "案号", "case number");
        Objects.requireNonNull(idNumber, "idNumber");
        court = limit(orEmpty(court), 200, "执行法院", "court");
        province = limit(orEmpty(province), 50, "省份", "province");
        basisNumber = limit(orEmpty(basisNumber), 200, "执行依据文号", "basis number");
        duty = limit(orEmpty(duty), 4000, "生效法律文书确定的义务", "duty");
        performance = limit(orEmpty(performance), 200, "被执行人的履行情况", "performance");
        dishonestConduct = limit(orEmpty(dishonestConduct), 1000, "失信被执行人具体情形", "dishonest conduct");
        if (filedOn == null || publishedOn == null) {
            throw new DomainException("REGISTER_RECORD_INVALID", "立案时间和发布时间不能为空",
                    "the filing and publication dates are required");
        }
    }

    /** The identity of a record: 案号 + 姓名 (the name in its matching form). */
    public RecordIdentity identity() {
        return new RecordIdentity(caseNumber, NameMatching.normalise(name));
    }

    public String normalisedName() {
        return NameMatching.normalise(name);
    }

    /**
     * A digest of every column: two records with the same identity and the same digest are unchanged.
     * 128 bits of SHA-256, hex.
     */
    public String contentHash() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String field : new String[]{name, idNumber.value(), court, province, caseNumber, basisNumber, duty,
                performance, dishonestConduct, filedOn.toString(), publishedOn.toString()}) {
            md.update(field.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1F);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    /** 案号 + normalised 姓名. */
    public record RecordIdentity(String caseNumber, String normalisedName) {
    }

    private static String required(String value, String zh, String en) {
        if (value == null || value.isBlank()) {
            throw new DomainException("REGISTER_RECORD_INVALID", zh + "不能为空", "the " + en + " is required");
        }
        return value.strip();
    }

    /** The limits are the column sizes of the register tables (V100__register.sql). */
    private static String limit(String value, int max, String zh, String en) {
        if (value.length() > max) {
            throw new DomainException("REGISTER_RECORD_INVALID", zh + "超过" + max + "个字符",
                    "the " + en + " is longer than " + max + " characters");
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
