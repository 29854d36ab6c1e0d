package com.creditquerydesk.bench;

import com.creditquerydesk.domain.model.candidate.IdNumber;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A synthetic register file of any size, deterministic per row: row i is generated from its own seed,
 * so the full ID behind any row can be recreated (for screening candidates) without reading the file.
 */
public final class RegisterGenerator {

    private static final String[] REGIONS = {"110105", "310115", "420202", "440305", "610113", "610102", "410105",
            "330106", "320102", "510104", "500103", "370102", "650102", "230103", "210102"};
    private static final String[] COURTS = {"北京市朝阳区人民法院", "上海市浦东新区人民法院", "黄石市黄石港区人民法院",
            "深圳市南山区人民法院", "西安市雁塔区人民法院", "西安市新城区人民法院", "郑州市金水区人民法院",
            "杭州市上城区人民法院", "南京市玄武区人民法院", "成都市锦江区人民法院", "重庆市渝中区人民法院",
            "济南市历下区人民法院", "乌鲁木齐市天山区人民法院", "哈尔滨市南岗区人民法院", "沈阳市和平区人民法院"};
    private static final String[] PROVINCES = {"北京", "上海", "湖北", "广东", "陕西", "陕西", "河南", "浙江", "江苏",
            "四川", "重庆", "山东", "新疆", "黑龙江", "辽宁"};
    private static final String[] ABBR = {"京", "沪", "鄂", "粤", "陕", "陕", "豫", "浙", "苏", "川", "渝", "鲁", "新", "黑", "辽"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志宏海波宁晨欣怡子涵浩然宇轩梓萱雨桐";
    private static final String[] CONDUCT = {"违反限制消费令", "有履行能力而拒不履行生效法律文书确定义务",
            "以伪造证据、暴力、威胁等方法妨碍、抗拒执行", "违反财产报告制度"};
    public static final String HEADER = "姓名,身份证号码,执行法院,省份,案号,执行依据文号,生效法律文书确定的义务,被执行人的履行情况,"
            + "失信被执行人具体情形,立案时间,发布时间";
    private static final long SEED = 0x5EED_C0DEL;

    private RegisterGenerator() {
    }

    /** The person of row i: name and full ID. */
    public record Person(String name, IdNumber id, int region) {
    }

    public static Person person(long i) {
        SplittableRandom r = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
        int region = r.nextInt(REGIONS.length);
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 54));
        String first17 = REGIONS[region] + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int given = r.nextInt(3) == 0 ? 1 : 2;
        for (int k = 0; k < given; k++) {
            name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return new Person(name.toString(), IdNumber.parse(first17 + IdNumber.checkCharacter(first17)), region);
    }

    public static String line(long i) {
        Person p = person(i);
        SplittableRandom r = new SplittableRandom(SEED + i);
        String v = p.id().value();
        int year = 2015 + r.nextInt(11);
        LocalDate filed = LocalDate.of(year, 1, 1).plusDays(r.nextInt(300));
        LocalDate published = filed.plusDays(10 + r.nextInt(200));
        String court = COURTS[p.region()];
        String abbr = ABBR[p.region()] + REGIONS[p.region()].substring(2);
        return String.join(",", p.name(), v.substring(0, 10) + "****" + v.substring(14), court,
                PROVINCES[p.region()], "（" + year + "）" + abbr + "执" + i + "号",
                "（" + (year - 1) + "）" + abbr + "民初" + (i % 20000) + "号",
                p.name() + "于判决生效之日起十日内偿还借款本金" + (10000 + r.nextInt(990) * 1000) + "元及利息。",
                r.nextBoolean() ? "全部未履行" : "部分未履行", CONDUCT[r.nextInt(CONDUCT.length)], chinese(filed),
                chinese(published));
    }

    /**
     * The register of {@link #write} with about 1% changed, for a snapshot diff: every 300th row is gone, the row
     * after it has another 履行情况, and rows/300 new rows follow the last.
     */
    public static void writeChanged(Path file, long rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (long i = 0; i < rows + rows / 300; i++) {
                if (i < rows && i % 300 == 0) {
                    continue;
                }
                String line = line(i);
                if (i < rows && i % 300 == 1) {
                    line = line.contains(",全部未履行,") ? line.replace(",全部未履行,", ",部分未履行,")
                            : line.replace(",部分未履行,", ",全部未履行,");
                }
                w.write(line);
                w.write("\r\n");
            }
        }
    }

    private static String chinese(LocalDate d) {
        return String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static void write(Path file, long rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (long i = 0; i < rows; i++) {
                w.write(line(i));
                w.write("\r\n");
            }
        }
    }
}
