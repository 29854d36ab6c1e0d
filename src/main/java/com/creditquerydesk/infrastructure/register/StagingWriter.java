package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes the accepted rows of a file into the staging table: COPY on PostgreSQL, batched inserts
 * elsewhere (H2); or, on PostgreSQL into an empty register, straight into register_record.
 * {@link #pause()} must be called before the connection runs any other statement:
 * no other statement may run on a connection while a COPY is open.
 */
abstract class StagingWriter implements AutoCloseable {

    /** The columns register_staging and register_record share, in the order the writers send them. */
    static final String RECORD_COLUMNS = "case_number, person_name, name_norm, id_number, id_kind, match_key, "
            + "court, province, basis_number, duty, performance, dishonest_conduct, filed_on, published_on, content_hash";

    abstract void add(long rowNo, RegisterRecord r) throws SQLException;

    abstract void pause() throws SQLException;

    @Override
    public void close() throws SQLException {
        pause();
    }

    static StagingWriter batch(Connection c, String table, long jobId) throws SQLException {
        return new Batch(c, table, jobId);
    }

    /** COPY into the (temporary) staging table, each row with the job and its row number. */
    static StagingWriter copy(Connection c, String table, long jobId) throws SQLException {
        return new Copy(c, "COPY " + table + " (" + RECORD_COLUMNS + ", job_id, row_no) FROM STDIN", jobId, true);
    }

    /**
     * COPY straight into register_record, as records added in {@code version}. FREEZE: register_record was truncated
     * in this subtransaction (so no other transaction can see these rows before the commit), and the rows are written
     * frozen and all-visible instead of being rewritten later for their hint bits and by VACUUM's freezing.
     */
    static StagingWriter copyRecords(Connection c, int version) throws SQLException {
        return new Copy(c, "COPY register_record (" + RECORD_COLUMNS + ", version_added) FROM STDIN WITH (FREEZE)",
                version, false);
    }

    private static final class Batch extends StagingWriter {
        private static final int SIZE = 2_000;
        private final PreparedStatement ps;
        private final long jobId;
        private int pending;

        Batch(Connection c, String table, long jobId) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO " + table + " (job_id, row_no, " + RECORD_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.jobId = jobId;
        }

        @Override
        void add(long rowNo, RegisterRecord r) throws SQLException {
            int i = 1;
            ps.setLong(i++, jobId);
            ps.setLong(i++, rowNo);
            ps.setString(i++, r.caseNumber());
            ps.setString(i++, r.name());
            ps.setString(i++, r.normalisedName());
            ps.setString(i++, r.idNumber().value());
            ps.setString(i++, r.idNumber().kind().name());
            String key = r.idNumber().matchKey().orElse(null);
            if (key == null) {
                ps.setNull(i++, Types.VARCHAR);
            } else {
                ps.setString(i++, key);
            }
            ps.setString(i++, r.court());
            ps.setString(i++, r.province());
            ps.setString(i++, r.basisNumber());
            ps.setString(i++, r.duty());
            ps.setString(i++, r.performance());
            ps.setString(i++, r.dishonestConduct());
            ps.setDate(i++, Date.valueOf(r.filedOn()));
            ps.setDate(i++, Date.valueOf(r.publishedOn()));
            ps.setString(i, r.contentHash());
            ps.addBatch();
            if (++pending == SIZE) {
                pause();
            }
        }

        @Override
        void pause() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            pause();
            ps.close();
        }
    }

    /**
     * COPY ... FROM STDIN in PostgreSQL's text format, encoded straight into UTF-8 bytes (no String per chunk)
     * and sent in chunks of about 1 MB: the record's columns, then a constant (the job or the version) and, for the
     * staging table, the row number.
     */
    private static final class Copy extends StagingWriter {
        private static final int CHUNK = 1 << 20;
        /** Room for one more row past CHUNK: the longest row (about 6,000 characters) at 3 bytes each. */
        private static final int SLACK = 1 << 16;
        private final PGConnection pg;
        private final String sql;
        private final String constant;
        private final boolean rowNumbers;
        private final byte[] buf = new byte[CHUNK + SLACK];
        private int len;
        private CopyIn copy;

        Copy(Connection c, String sql, long constant, boolean rowNumbers) throws SQLException {
            this.pg = c.unwrap(PGConnection.class);
            this.sql = sql;
            this.constant = Long.toString(constant);
            this.rowNumbers = rowNumbers;
        }

        @Override
        void add(long rowNo, RegisterRecord r) throws SQLException {
            text(r.caseNumber());
            field(r.name());
            field(r.normalisedName());
            field(r.idNumber().value());
            field(r.idNumber().kind().name());
            field(r.idNumber().matchKey().orElse(null));
            field(r.court());
            field(r.province());
            field(r.basisNumber());
            field(r.duty());
            field(r.performance());
            field(r.dishonestConduct());
            field(r.filedOn().toString());
            field(r.publishedOn().toString());
            field(r.contentHash());
            buf[len++] = '\t';
            ascii(constant);
            if (rowNumbers) {
                buf[len++] = '\t';
                ascii(Long.toString(rowNo));
            }
            buf[len++] = '\n';
            if (len >= CHUNK) {
                send();
            }
        }

        private void ascii(String v) {
            for (int i = 0; i < v.length(); i++) {
                buf[len++] = (byte) v.charAt(i);
            }
        }

        private void field(String v) {
            buf[len++] = '\t';
            text(v);
        }

        private void text(String v) {
            if (v == null) {
                buf[len++] = '\\';
                buf[len++] = 'N';
                return;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> {
                        if (c < 0x80) {
                            buf[len++] = (byte) c;
                        } else if (c < 0x800) {
                            buf[len++] = (byte) (0xC0 | c >> 6);
                            buf[len++] = (byte) (0x80 | c & 0x3F);
                        } else if (Character.isHighSurrogate(c) && i + 1 < v.length()
                                && Character.isLowSurrogate(v.charAt(i + 1))) {
                            int cp = Character.toCodePoint(c, v.charAt(++i));
                            buf[len++] = (byte) (0xF0 | cp >> 18);
                            buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                            buf[len++] = (byte) (0x80 | cp & 0x3F);
                        } else if (Character.isSurrogate(c)) {
                            buf[len++] = '?'; // a lone surrogate, as String.getBytes replaces it
                        } else {
                            buf[len++] = (byte) (0xE0 | c >> 12);
                            buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                            buf[len++] = (byte) (0x80 | c & 0x3F);
                        }
                    }
                }
            }
        }

        private void escape(char c) {
            buf[len++] = '\\';
            buf[len++] = (byte) c;
        }

        private void send() throws SQLException {
            if (len == 0) {
                return;
            }
            if (copy == null) {
                copy = pg.getCopyAPI().copyIn(sql);
            }
            copy.writeToCopy(buf, 0, len);
            len = 0;
        }

        @Override
        void pause() throws SQLException {
            send();
            if (copy != null) {
                copy.endCopy();
                copy = null;
            }
        }
    }
}
