package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobReferences;
import com.creditquerydesk.infrastructure.extraction.ExtractionJson;
import com.creditquerydesk.infrastructure.persistence.jdbc.JdbcTransaction;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The columns that hold blob addresses (docs/rules.md#R96), read in pages of short transactions, and the page images
 * inside each letter's encrypted reading, decrypted one page of letters at a time. A register version's file is kept
 * too (its import may be looked at again).
 */
@ApplicationScoped
public class JdbcBlobReferences implements BlobReferences {

    static final List<String> COLUMNS = List.of(
            "incoming_letter.file_sha256", "letter_attachment.file_sha256", "reply_letter.draft_pdf_sha256",
            "reply_letter.draft_docx_sha256", "reply_letter.signed_pdf_sha256", "register_import_job.file_sha256",
            "register_version.sha256", "applicant_list.file_sha256", "objection.file_sha256",
            "objection_hop.document_sha256");
    private static final int PAGE = 500;

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Inject
    PiiCipher cipher;

    public JdbcBlobReferences() {
    }

    JdbcBlobReferences(DataSource dataSource, PiiCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public void forEach(Consumer<String> address) {
        for (String column : COLUMNS) {
            int dot = column.indexOf('.');
            String table = column.substring(0, dot);
            String name = column.substring(dot + 1);
            pages("SELECT DISTINCT " + name + " FROM " + table + " WHERE " + name + " > ? ORDER BY " + name, 1)
                    .forEach(row -> address.accept(row[0]));
        }
        pages("SELECT letter_id, content_enc FROM letter_extraction WHERE letter_id > ? ORDER BY letter_id", 2)
                .forEach(row -> ExtractionJson.readingFrom(Json.createReader(new StringReader(cipher.decrypt(row[1])))
                        .readObject()).pages().stream().filter(p -> p.sha256() != null)
                        .forEach(p -> address.accept(p.sha256())));
    }

    /** The rows of a query keyed on its first column, {@value #PAGE} at a time, as a lazily read sequence. */
    private Iterable<String[]> pages(String sql, int columns) {
        return () -> new Iterator<>() {
            private List<String[]> page = List.of();
            private int next;
            private String after = "";
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = read(after);
                next = 0;
                last = page.size() < PAGE;
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1)[0];
                }
                return !page.isEmpty();
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }

            private List<String[]> read(String from) {
                return JdbcTransaction.run(dataSource, c -> {
                    List<String[]> rows = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(sql + " FETCH FIRST " + PAGE + " ROWS ONLY")) {
                        ps.setString(1, from);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String[] row = new String[columns];
                                for (int i = 0; i < columns; i++) {
                                    row[i] = rs.getString(i + 1);
                                }
                                rows.add(row);
                            }
                        }
                    }
                    return rows;
                }, "BLOB_REFERENCES_FAILED", "读取存储文件的引用失败", "the references to stored files could not be read");
            }
        };
    }
}
