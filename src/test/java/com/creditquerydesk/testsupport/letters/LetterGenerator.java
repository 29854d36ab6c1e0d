package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.candidate.IdNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic request letters from a seed: the same seed always gives the same letter. Titles and
 * bodies follow the templates of 发改办财金〔2020〕552号 附件1 (civil service), the Shaanxi notice's 附件2 (public
 * institutions) and the other uses of the same check (commendations, nominations; docs/domain.md#glossary).
 */
public final class LetterGenerator {

    /** 机关代字 and the unit that uses it. */
    private static final String[][] ISSUERS = {
            {"陕人社函", "陕西省人力资源和社会保障厅"},
            {"西安市委组织部函", "中共西安市委组织部"},
            {"陕组函", "中共陕西省委组织部"},
            {"西人社函", "西安市人力资源和社会保障局"},
            {"咸人社函", "咸阳市人力资源和社会保障局"},
            {"宝人社函", "宝鸡市人力资源和社会保障局"},
            {"汉组函", "中共汉中市委组织部"},
            {"延市人社函", "延安市人力资源和社会保障局"},
            {"陕教函", "陕西省教育厅"},
            {"陕卫健函", "陕西省卫生健康委员会"},
            {"榆政办函", "榆林市人民政府办公室"},
            {"陕政协办函", "政协陕西省委员会办公厅"},
            {"渭组函", "中共渭南市委组织部"},
            {"碑林人社函", "西安市碑林区人力资源和社会保障局"},
    };
    private static final String[] ADDRESSEES = {
            "陕西省公共信用信息中心", "陕西省公共信用信息中心", "陕西省公共信用信息中心",
            "国家公共信用信息中心", "省信息中心（省信用办）"};
    /** Real GB/T 2260 county codes, including 610121 (长安县, abolished 2002) that older IDs still carry. */
    private static final String[] REGIONS = {
            "610102", "610103", "610104", "610113", "610121", "610302", "610402", "610502", "610602", "610802",
            "612301", "612401", "110105", "110108", "310104", "320106", "330106", "410105", "420106", "440305",
            "510107", "620102", "640104", "650102", "540102", "150102", "230102", "370102", "500103", "130102"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许"
            + "傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏辉建国文博宇浩然子涵欣怡梓轩晨雨泽思佳嘉一诺俊峰晓东海燕丹蕾婷琳瑞昊兰";
    /** Characters of given names that OCR dictionaries lack or hold badly: 翀 昳 赟 䶮 are not in PP-OCRv4's ppocr_keys_v1.txt. */
    private static final String RARE = "喆垚燚犇鑫淼翀昳赟䶮彧昊";
    private static final String[] MINORITY_NAMES = {
            "阿依古丽·买买提", "艾力·阿不都拉", "古丽娜尔·吐尔逊", "热依拉·艾合买提", "买买提·艾力", "帕提古丽·阿不力孜"};
    private static final String[] OTHER_PURPOSES = {"表彰奖励", "政协委员推荐", "劳动模范评选"};

    private LetterGenerator() {
    }

    public static LetterSpec generate(long seed) {
        return generate(seed, -1);
    }

    /** @param candidateCount the list's length, or -1 to draw it (1–80, most letters short) */
    public static LetterSpec generate(long seed, int candidateCount) {
        Random r = new Random(seed);
        String[] issuer = ISSUERS[r.nextInt(ISSUERS.length)];
        int kindRoll = r.nextInt(10);
        String kind;
        String title;
        String body;
        if (kindRoll < 5) {
            kind = "civil-service";
            title = r.nextBoolean() ? "关于申请查询录用、调任人选社会信用记录的函" : "关于申请查询公务员录用、调任人选社会信用记录的函";
            body = "按照《公务员法》以及《公务员录用规定》《公务员调任规定》要求，现商请你中心协助查询"
                    + (r.nextBoolean() ? "录用" : "调任") + "人选（名单附后）的社会信用记录。";
        } else if (kindRoll < 8) {
            kind = "public-institution";
            title = "关于申请查询事业单位聘用人选社会信用记录的函";
            body = "为做好事业单位招聘工作，按照党中央、国务院有关要求，现商请你中心协助查询录用/报考人选（名单附后）的社会信用记录。";
        } else {
            kind = "other";
            String purpose = OTHER_PURPOSES[r.nextInt(OTHER_PURPOSES.length)];
            title = "关于申请查询" + purpose + "人选社会信用记录的函";
            body = "为做好" + purpose + "工作，按照失信联合惩戒有关要求，现商请你中心协助查询拟推荐人选（名单附后）的社会信用记录。";
        }
        LocalDate date = LocalDate.of(2025, 1, 2).plusDays(r.nextInt(600));
        String docNumber = issuer[0] + "〔" + date.getYear() + "〕" + (1 + r.nextInt(400)) + "号";
        boolean chineseDate = r.nextInt(4) == 0;
        String contact = commonName(r);
        String phone = phone(r);
        int n = candidateCount > 0 ? candidateCount : candidateCount(r);
        List<LetterSpec.CandidateSpec> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = !candidates.isEmpty() && r.nextInt(15) == 0
                    ? candidates.get(r.nextInt(candidates.size())).name() // same name, another person
                    : name(r);
            candidates.add(new LetterSpec.CandidateSpec(name, idNumber(r, r.nextInt(6) == 0)));
        }
        return new LetterSpec(seed, kind, title, body, docNumber, ADDRESSEES[r.nextInt(ADDRESSEES.length)],
                issuer[1], date, chineseDate, contact, phone, candidates, r.nextInt(3) == 0, r.nextInt(3) == 0);
    }

    private static int candidateCount(Random r) {
        int roll = r.nextInt(10);
        if (roll < 5) {
            return 1 + r.nextInt(8);
        }
        if (roll < 8) {
            return 9 + r.nextInt(22);
        }
        return 31 + r.nextInt(50);
    }

    static String name(Random r) {
        int roll = r.nextInt(20);
        if (roll == 0) {
            return MINORITY_NAMES[r.nextInt(MINORITY_NAMES.length)];
        }
        if (roll == 1) {
            return COMPOUND_SURNAMES[r.nextInt(COMPOUND_SURNAMES.length)] + given(r) + given(r);
        }
        if (roll <= 3) {
            return surname(r) + given(r) + RARE.charAt(r.nextInt(RARE.length()));
        }
        return commonName(r);
    }

    private static String commonName(Random r) {
        return surname(r) + given(r) + (r.nextInt(3) == 0 ? "" : given(r));
    }

    private static String surname(Random r) {
        return String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    }

    private static String given(Random r) {
        return String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }

    private static String phone(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "029-" + (8 + r.nextInt(2)) + digits(r, 7);
            case 1 -> "0917-" + (3 + r.nextInt(5)) + digits(r, 6);
            case 2 -> "1" + "3578".charAt(r.nextInt(4)) + digits(r, 9);
            default -> "029-" + (6 + r.nextInt(3)) + digits(r, 7);
        };
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(r.nextInt(10));
        }
        return s.toString();
    }

    /** A valid 18-character ID; {@code endingInX} keeps drawing sequence numbers until the check is X. */
    static String idNumber(Random r, boolean endingInX) {
        String region = REGIONS[r.nextInt(REGIONS.length)];
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 45));
        String first14 = region + birth.getYear() + two(birth.getMonthValue()) + two(birth.getDayOfMonth());
        while (true) {
            String first17 = first14 + String.format("%03d", r.nextInt(1000));
            char check = IdNumber.checkCharacter(first17);
            if (!endingInX || check == 'X') {
                return first17 + check;
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
