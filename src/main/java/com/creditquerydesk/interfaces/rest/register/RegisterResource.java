package com.creditquerydesk.interfaces.rest.register;

import com.creditquerydesk.application.register.RegisterAdminService;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The register of 失信被执行人: imports (administrator) and versions. Other tools depend on these paths. */
@Path("/register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    public record CountsView(long added, long unchanged, long updated, long removed, long rejected) {
    }

    public record VersionView(int version, Instant importedAt, String sourceFileName, String sha256, String mode,
                              CountsView counts) {
        static VersionView of(RegisterVersion v) {
            return new VersionView(v.number(), v.importedAt(), v.sourceFileName(), v.sha256(), v.mode().name(),
                    new CountsView(v.counts().added(), v.counts().unchanged(), v.counts().updated(), v.counts().removed(),
                            v.counts().rejected()));
        }
    }

    public record RejectedView(long row, String reason, String reasonEn) {
    }

    /**
     * A job; once DONE, {@code outcome} is NEW_VERSION or UNCHANGED (no version made, {@code version} is the current
     * one) and {@code message}/{@code messageEn} say which.
     */
    public record ImportView(long id, String status, String sourceFileName, String mode, long rowsRead,
                             Integer version, String outcome, String message, String messageEn, CountsView counts,
                             Instant startedAt, Instant finishedAt, String error, String errorEn,
                             List<RejectedView> rejected) {
        static ImportView of(ImportJob j, List<RejectedRow> rejected) {
            var c = j.counts();
            ImportOutcome o = j.outcome();
            return new ImportView(j.id(), j.status().name(), j.sourceFileName(), j.mode().name(), j.rowsRead(),
                    j.versionNumber(), o == null ? null : o.name(), o == null ? null : o.messageZh(j.versionNumber()),
                    o == null ? null : o.messageEn(j.versionNumber()), new CountsView(c.added(), c.unchanged(),
                    c.updated(), c.removed(), c.rejected()), j.startedAt(), j.finishedAt(), j.errorZh(), j.errorEn(),
                    rejected.stream().map(r -> new RejectedView(r.rowNumber(), r.reasonZh(), r.reasonEn())).toList());
        }
    }

    @Inject
    RegisterAdminService register;

    @Inject
    CurrentActor current;

    /** Multipart: part "file" (UTF-8 CSV or XLSX with the public register's header), field "mode" = snapshot|delta. */
    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Role.ADMINISTRATOR)
    public Response startImport(List<EntityPart> parts) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElseThrow(() ->
                new DomainException("FILE_REQUIRED", "请在表单字段 file 中上传名单文件", "upload the register in the form part named file"));
        String mode = parts.stream().filter(p -> "mode".equals(p.getName())).findFirst().map(p -> {
            try {
                return p.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
        try (InputStream in = file.getContent()) {
            long id = register.startImport(current.get(), in, file.getFileName().orElse("register"), mode(mode));
            return Response.accepted(new ImportStarted(id, "RUNNING")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record ImportStarted(long id, String status) {
    }

    @GET
    @Path("/imports/{id}")
    @Allowed(Role.ADMINISTRATOR)
    public ImportView importStatus(@PathParam("id") long id) {
        return ImportView.of(register.job(id), register.rejectedRows(id));
    }

    @GET
    @Path("/versions")
    public List<VersionView> versions() {
        return register.versions().stream().map(VersionView::of).toList();
    }

    private static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            throw new DomainException("IMPORT_MODE_REQUIRED", "请指定导入方式 mode：snapshot（全量快照）或 delta（增量）",
                    "give the import mode: snapshot or delta");
        }
        return switch (mode.strip().toLowerCase()) {
            case "snapshot" -> ImportMode.SNAPSHOT;
            case "delta" -> ImportMode.DELTA;
            default -> throw new DomainException(Kind.INVALID, "IMPORT_MODE_UNKNOWN",
                    "导入方式 mode 应为 snapshot（全量快照）或 delta（增量）", "mode is snapshot or delta");
        };
    }
}
