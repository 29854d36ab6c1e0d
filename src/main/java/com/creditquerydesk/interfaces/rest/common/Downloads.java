package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableExporter;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document answered as a download, its (Chinese) file name encoded as RFC 6266 asks. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(byte[] bytes, String contentType, String fileName) {
        return Response.ok(bytes, contentType).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** An exported table as XLSX or PDF ({@code format} "xlsx" or "pdf"), named {@code baseName}.{format}. */
    public static Response table(TableExporter exporter, ExportTable table,
                                 String format, String baseName) {
        return "pdf".equals(format)
                ? attachment(exporter.pdf(table), TableExporter.PDF, baseName + ".pdf")
                : attachment(exporter.xlsx(table), TableExporter.XLSX, baseName + ".xlsx");
    }
}
