package com.creditquerydesk.it;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.InContainer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Arquillian): a letter whose list carries a known ID number is taken along its whole path (read,
 * confirmed, screened, its reply drafted, signed off and dispatched); then every text column of every table, every
 * file under the data directory and every server log file are searched for that number in clear. ID numbers are
 * personal data: encrypted at rest, masked in logs (docs/rules.md#R14).
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.withApi(ShrinkWrap.create(WebArchive.class, "personal-data-test.war")
                .addClass(PersonalDataIT.class));
    }

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKnownIdNumberIsNowhereInClearAfterTheWholePath() throws Exception {
        String id = uniqueId();
        String token = Api.as("registry").token();
        String letterId = upload(token, docxWithList("张三丰", id));
        String clerk = Api.as("clerk").token();
        JsonObject letter = awaitRead(clerk, letterId);
        assertEquals(id, letter.getJsonObject("extraction").getJsonArray("candidates").getJsonObject(0).getString("idNumber"),
                "the server did read the ID (the search below is not vacuous)");
        // The whole path, so that every library that touches the ID has had its chance to log it (docx4j binds it
        // into the reply, iText signs the PDF).
        post(clerk, "/api/letters/" + letterId + "/extraction/confirm", "{\"answerAddressedElsewhere\":true}", 200);
        post(Api.as("admin").token(), "/api/letters/" + letterId + "/handler",
                "{\"handler\":\"handler\",\"reason\":\"测试：固定经办人\"}", 200);
        String handler = Api.as("handler").token();
        assertEquals("NO_RECORD", post(handler, "/api/letters/" + letterId + "/screening", "{}", 200)
                .getJsonArray("results").getJsonObject(0).getString("outcome"));
        post(handler, "/api/letters/" + letterId + "/reply", "{}", 200);
        Api officer = Api.as("officer");
        assertEquals("SIGNED", post(officer.token(), "/api/letters/" + letterId + "/sign-off",
                officer.signOffBody("demo-officer").toString(), 200).getString("status"));
        post(token, "/api/letters/" + letterId + "/dispatch", "{\"channel\":\"paper\"}", 200);

        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet cols = meta.getColumns(null, null, "%", "%")) {
                while (cols.next()) {
                    String schema = cols.getString("TABLE_SCHEM");
                    int type = cols.getInt("DATA_TYPE");
                    if (schema == null || schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.startsWith("pg_")
                            || !(type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR)) {
                        continue;
                    }
                    String table = cols.getString("TABLE_NAME");
                    String column = cols.getString("COLUMN_NAME");
                    String sql = "SELECT COUNT(*) FROM \"" + schema + "\".\"" + table + "\" WHERE \"" + column + "\" LIKE ?";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, "%" + id + "%");
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(table + "." + column);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "columns holding the ID in clear");

        byte[] needle = id.getBytes(StandardCharsets.UTF_8);
        Path dataDir = Path.of(System.getenv().getOrDefault("CQD_DATA_DIR", System.getProperty("user.dir") + "/data"));
        List<String> files = new ArrayList<>();
        int searched = 0;
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path f : all.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/db/")).toList()) {
                searched++;
                if (contains(Files.readAllBytes(f), needle)) {
                    files.add(f.toString());
                }
            }
        }
        // Searching an empty or wrong directory, or a log that is not there, would find nothing and prove nothing.
        assertTrue(searched > 0, "no file searched in " + dataDir);
        assertEquals(List.of(), files, "files holding the ID in clear");
        // Whoever logs an ID anyway (a library at WARN, a stack trace) has it masked by the log handlers.
        String probe = uniqueId();
        Logger.getLogger(PersonalDataIT.class.getName()).warning("probe of the log mask: " + probe);
        List<String> logs = new ArrayList<>();
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("jboss.server.log.dir")))) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(f), needle)) {
                    logs.add(f.getFileName().toString());
                }
            }
        }
        assertTrue(Files.exists(Path.of(System.getProperty("jboss.server.log.dir"), "server.log")), "no server log");
        assertEquals(List.of(), logs, "server logs holding the ID in clear");
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        assertTrue(log.contains("probe of the log mask: " + probe.substring(0, 6) + "********" + probe.substring(14)),
                "the handler masks an ID logged in clear");
        assertFalse(log.contains(probe), "the probe's ID is in the log in clear");
    }

    /** A fresh valid ID (GB 11643 check character computed), so no earlier run can have left it behind. */
    static String uniqueId() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1000L);
        String first17 = "610102" + "19880" + (1 + (int) (n % 9)) + "1" + (1 + (int) (n % 9)) + String.format("%03d", n);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The smallest letter DOCX with a candidate table: 序号 / 姓名 / 身份证号码. */
    static byte[] docxWithList(String name, String id) throws IOException {
        String row = "<w:tr>%s</w:tr>";
        String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String table = "<w:tbl>" + row.formatted(cell.formatted("序号") + cell.formatted("姓名") + cell.formatted("身份证号码"))
                + row.formatted(cell.formatted("1") + cell.formatted(name) + cell.formatted(id)) + "</w:tbl>";
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + para("西安市人力资源和社会保障局") + para("市人社函〔2026〕15号")
                + para("关于申请查询录用、调任人选社会信用记录的函") + para("陕西省信用中心：")
                + para("根据公务员录用工作安排，现将拟录用人员名单送你单位，请协助查询其是否为失信联合惩戒对象。")
                + para("联系人：王明，联系电话：029-88886666") + para("附件：查询对象名单（姓名、身份证号码）")
                + para("西安市人力资源和社会保障局") + para("2026年3月2日") + table + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", doc);
        }
        return out.toByteArray();
    }

    private static String para(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String upload(String token, byte[] docx) throws Exception {
        String boundary = "----pd" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(docx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/letters"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), 201).getString("id");
    }

    private JsonObject awaitRead(String token, String letterId) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonObject letter = send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/letters/" + letterId))
                    .header("Authorization", "Bearer " + token).build(), 200);
            if (letter.getString("status").equals("EXTRACTED")) {
                return letter;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not read in time");
    }

    private JsonObject post(String token, String path, String json, int expected) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected);
    }

    private JsonObject send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
