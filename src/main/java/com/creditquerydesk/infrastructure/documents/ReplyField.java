package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.ReplyContent;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The single-valued fields a reply template can reach, each taken from {@link ReplyContent} and nothing
 * else (docs/rules.md#R3). The XML element name is what the DOCX custom XML part and the content controls use.
 */
public enum ReplyField {
    ADDRESSEE("addressee", ReplyContent::addressee),
    INCOMING_DATE("incomingDate", c -> monthDay(c.incomingLetterDate())),
    INCOMING_NUMBER("incomingNumber", c -> c.incomingDocumentNumber().value()),
    QUERY_KIND("queryKind", c -> c.queryKind().label()),
    QUERY_DATE("queryDate", c -> monthDay(c.queryDate())),
    CENTRE_NAME("centreName", ReplyContent::centreName),
    CONTACT_PERSON("contactPerson", ReplyContent::contactPerson),
    CONTACT_PHONE("contactPhone", ReplyContent::contactPhone),
    /** Empty on a draft: a draft has no number (GB/T 9704 发文字号 only at sign-off). */
    REPLY_NUMBER("replyNumber", c -> c.replyNumber().map(Object::toString).orElse("")),
    /** 成文日期 in Arabic numerals without leading zeros; on a draft the blank form 年 月 日 of the template. */
    SIGN_OFF_DATE("signOffDate", c -> c.signOffDate().map(ReplyField::fullDate).orElse("年　月　日")),
    /** The number of the reply a 更正函 corrects (docs/rules.md#R89); empty on any other letter. */
    ORIGINAL_NUMBER("originalNumber", c -> c.corrects().map(x -> x.number().value()).orElse("")),
    /** The 成文日期 of the reply a 更正函 corrects. */
    ORIGINAL_DATE("originalDate", c -> c.corrects().map(x -> fullDate(x.date())).orElse("")),
    /** Why a request is not accepted, on a 不予受理告知 (docs/rules.md#R91). */
    REFUSAL_REASON("refusalReason", c -> c.refusal().orElse(""));

    private final String xmlName;
    private final Function<ReplyContent, String> value;

    ReplyField(String xmlName, Function<ReplyContent, String> value) {
        this.xmlName = xmlName;
        this.value = value;
    }

    public String xmlName() {
        return xmlName;
    }

    public String valueOf(ReplyContent content) {
        return value.apply(content);
    }

    public static ReplyField byXmlName(String name) {
        for (ReplyField f : values()) {
            if (f.xmlName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown reply field " + name);
    }

    /** 7月3日: GB/T 9704 dates use Arabic numerals without leading zeros. */
    public static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2026年7月3日. */
    public static String fullDate(LocalDate d) {
        return d.getYear() + "年" + monthDay(d);
    }
}
