package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.ReplyKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed wording of the three reply templates, with {field} placeholders for {@link ReplyField}s. The
 * DOCX generator turns each placeholder into a bound content control; the PDF renderer fills it in. One
 * source, so the DOCX and the PDF of a reply say the same thing.
 * Sources: 发改办财金〔2020〕552号 附件1 (third template) for NATIONAL, the Shaanxi notice's 附件3 for SHAANXI and
 * PUBLIC_INSTITUTION (docs/rules.md#R15).
 */
public final class ReplyWording {

    /** A literal run of text or a reference to a field. */
    public record Segment(String text, ReplyField field) {
        public boolean isField() {
            return field != null;
        }
    }

    public static final String RESULT_SENTENCE = "本查询结果客观反映查询时间点信息主体社会信用记录状况，供依法依规参考使用。";
    public static final String ATTACHMENT_TITLE = "社会信用记录查询结果";
    public static final String ATTACHMENT_NOTE = "附件：" + ATTACHMENT_TITLE;
    public static final String CONTACT_LINE = "联系人：{contactPerson}，电话：{contactPhone}";
    public static final String ADDRESSEE_LINE = "{addressee}：";
    /** Headings of the attachment table (发改办财金〔2020〕552号 附件1: 序号, 姓名, 身份证号码, 查询结果). */
    public static final List<String> TABLE_HEADINGS = List.of("序号", "姓名", "身份证号码", "查询结果");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private ReplyWording() {
    }

    public static String title(ReplyKind kind) {
        return switch (kind) {
            case NATIONAL -> "关于反馈{queryKind}人选社会信用记录查询结果的函";
            case SHAANXI -> "关于反馈公务员{queryKind}人选社会信用记录查询结果的函";
            case PUBLIC_INSTITUTION -> "关于反馈{queryKind}人选社会信用记录查询结果的函";
            case CORRECTION -> "关于更正{queryKind}人选社会信用记录查询结果的函";
            case REFUSAL_NOTICE -> "关于不予受理{queryKind}人选社会信用记录查询申请的函";
        };
    }

    /** The body paragraphs between the addressee and the contact line. */
    public static List<String> body(ReplyKind kind) {
        String first = switch (kind) {
            case NATIONAL -> "你单位{incomingDate}来函（{incomingNumber}）收悉。按照《公务员法》以及《公务员录用规定》"
                    + "《公务员调任规定》相关要求，我中心于{queryDate}通过公务员录用、调任人选社会信用记录查询系统，"
                    + "对来函中相关人员的社会信用记录进行了查询，查询结果附后。";
            case SHAANXI -> "你单位{incomingDate}来函（{incomingNumber}）收悉。我们于{queryDate}通过公务员录用、调任人选"
                    + "社会信用记录查询系统，对来函中相关人员的社会信用记录进行了查询，查询结果附后。";
            case PUBLIC_INSTITUTION -> "你单位{incomingDate}来函（{incomingNumber}）收悉。我们于{queryDate}通过全国信用信息"
                    + "共享平台（陕西），对来函中相关人员的社会信用记录进行了查询，查询结果附后。";
            // docs/rules.md#R89: cites the reply corrected, gives the corrected result of the named candidates only
            case CORRECTION -> "我中心于{originalDate}以{originalNumber}函向你单位反馈了你单位{incomingDate}来函（{incomingNumber}）"
                    + "所列人员的社会信用记录查询结果。经异议核查，现将其中有关人员的查询结果更正如下（见附件），"
                    + "上述人员的查询结果以本函为准，{originalNumber}函所列其他人员的查询结果不变。";
            // docs/rules.md#R91: the request refused and why, nothing about any candidate
            case REFUSAL_NOTICE -> "你单位{incomingDate}来函（{incomingNumber}）收悉。经审核，该函{refusalReason}，"
                    + "不符合社会信用记录查询的受理要求，我中心不予受理。请按规定完善后重新来函。";
        };
        return kind == ReplyKind.REFUSAL_NOTICE ? List.of(first) : List.of(first, RESULT_SENTENCE);
    }

    /** Splits a wording line into literal and field segments. */
    public static List<Segment> segments(String line) {
        List<Segment> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(line.substring(at, m.start()), null));
            }
            out.add(new Segment(null, ReplyField.byXmlName(m.group(1))));
            at = m.end();
        }
        if (at < line.length()) {
            out.add(new Segment(line.substring(at), null));
        }
        return out;
    }

    /** The line with every placeholder replaced by its value. */
    public static String fill(String line, java.util.function.Function<ReplyField, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments(line)) {
            sb.append(s.isField() ? values.apply(s.field()) : s.text());
        }
        return sb.toString();
    }
}
