package com.creditquerydesk.domain.model.register;

/** What an import did, record by record. Updated = same 案号 + 姓名 with changed content. */
public record ImportCounts(long added, long unchanged, long updated, long removed, long rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts {
        if (added < 0 || unchanged < 0 || updated < 0 || removed < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
