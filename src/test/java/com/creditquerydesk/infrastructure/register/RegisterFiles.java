package com.creditquerydesk.infrastructure.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Register CSV files built in code for tests. */
final class RegisterFiles {

    static final String HEADER = "姓名,身份证号码,执行法院,省份,案号,执行依据文号,生效法律文书确定的义务,被执行人的履行情况,"
            + "失信被执行人具体情形,立案时间,发布时间";

    private RegisterFiles() {
    }

    /** The sample of the public register shipped as demo data (src/main/resources/demo/register-sample.csv). */
    static List<String> sampleLines() {
        try (InputStream in = RegisterFiles.class.getResourceAsStream("/demo/register-sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ArrayList<>(Arrays.asList(text.split("\r?\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String row(String name, String id, String caseNumber) {
        return row(name, id, caseNumber, "违反限制消费令", "2018年01月06日");
    }

    static String row(String name, String id, String caseNumber, String conduct, String filed) {
        return String.join(",", name, id, "西安市雁塔区人民法院", "陕西", caseNumber, "（2017）陕0113民初1号",
                "\"" + name + "于判决生效之日起十日内偿还借款本金10000元及利息。\"", "全部未履行", conduct, filed,
                "2018年07月10日");
    }

    static CsvRegisterFile csv(String fileName, List<String> lines) {
        byte[] bytes = (lines.stream().collect(Collectors.joining("\r\n")) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return new CsvRegisterFile(fileName, () -> new ByteArrayInputStream(bytes));
    }

    static String nameOf(String line) {
        return line.substring(0, line.indexOf(','));
    }

    static String idOf(String line) {
        return line.split(",")[1];
    }
}
