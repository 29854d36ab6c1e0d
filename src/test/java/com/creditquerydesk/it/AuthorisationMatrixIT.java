package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.interfaces.rest.RestApplication;
import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix (issue 13): every endpoint of the API, called by every role, the three administrators and
 * users holding two roles, on a letter in the state where the call means something, each answer compared with the
 * table below. The table is written out by hand from the rules (docs/rules.md R8–R10, R19, R21–R23, R45), never
 * taken from the server's annotations; an endpoint the server has and the table lacks fails the test.
 */
@Tag("slow")
class AuthorisationMatrixIT {

    /** The callers, in the table's column order. */
    enum Who {
        ANON, REGISTRY, CLERK, CLERK2, HANDLER, HANDLER2, REVIEWER, OFFICER, AUDITOR, ADMIN, SECADMIN, HR, HO
    }

    /**
     * What a cell expects. The 403s are told apart by their code: the role check answers FORBIDDEN, the letter
     * answers with its own code when the caller's role fits but his part in this letter does not.
     */
    enum Expect {
        /** 2xx. */
        OK("ok"),
        /** 401 UNAUTHENTICATED. */
        UNAUTHENTICATED("401"),
        /** 403 FORBIDDEN: none of the endpoint's roles. */
        ROLE("403"),
        /** 403 PERSONAL_DATA_OUT_OF_SCOPE (docs/rules.md#R21). */
        OUT_OF_SCOPE("pd"),
        /** 403 NOT_YOUR_LETTER: the letter is another handler's (docs/rules.md#R9). */
        NOT_YOURS("nyl"),
        /** 403 …_NOT_INDEPENDENT: the caller took a step that rules this one out (docs/rules.md#R8, #R19, #R45). */
        NOT_INDEPENDENT("ind"),
        /** Authorised, and refused for the letter's state or the request: 400, 404, 409 or 422 (not 401/403). */
        STATE("4xx"),
        /** Not called: logging in has no caller yet. */
        NONE("-");

        final String token;

        Expect(String token) {
            this.token = token;
        }

        static Expect of(String token) {
            return Arrays.stream(values()).filter(e -> e.token.equals(token)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown cell " + token));
        }

        boolean matches(Api.Response r) {
            String code = r.status() >= 400 && r.body().startsWith("{") ? r.json().getString("code", "") : "";
            return switch (this) {
                case OK -> r.status() >= 200 && r.status() < 300;
                case UNAUTHENTICATED -> r.status() == 401 && code.equals("UNAUTHENTICATED");
                case ROLE -> r.status() == 403 && code.equals("FORBIDDEN");
                case OUT_OF_SCOPE -> r.status() == 403 && code.equals("PERSONAL_DATA_OUT_OF_SCOPE");
                case NOT_YOURS -> r.status() == 403 && code.equals("NOT_YOUR_LETTER");
                case NOT_INDEPENDENT -> r.status() == 403 && code.endsWith("_NOT_INDEPENDENT");
                case STATE -> List.of(400, 404, 409, 422).contains(r.status());
                case NONE -> true;
            };
        }
    }

    /** The state the letter is in when the row is called; NONE for endpoints that take no letter. */
    enum State {
        NONE, EXTRACTED, VERIFIED, IN_REVIEW, DRAFTED, SIGNED
    }

    /*
     * The letters are made by registry, read, confirmed by clerk, handled by handler (handler2 is another handler),
     * screened by handler with one hit (candidate 1), the hit confirmed by reviewer, drafted by handler, signed by
     * officer. clerk2 is another correction clerk; HR holds handler and reviewer, HO handler and officer, and neither
     * took any step on these letters (their own letters are in the tests after the matrix).
     *
     * A GET row is called on one letter in its state by everyone. In any other row a call expected to succeed gets a
     * letter of its own, so that it really happens; the other calls of the row share one letter, which they must
     * leave as it was. "4xx" in a row that changes data is said beside it.
     */
    private static final String MATRIX = """
            # method path                                      state       anon reg clk clk2 hdl hdl2 rev off aud adm sec hr  ho
            POST   /api/auth/login                             NONE        -    ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            # the second steps, called with no code: a login's is public, the others need a session
            POST   /api/auth/login/second-factor               NONE        4xx  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            POST   /api/auth/confirmation                      NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/auth/confirmation/answer               NONE        401  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            POST   /api/auth/password                          NONE        401  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            # every account here has its app bound already (409)
            POST   /api/auth/totp/enrolment                    NONE        401  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            POST   /api/auth/totp/enrolment/confirm            NONE        401  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            GET    /api/demo/sms-outbox                        NONE        ok   ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            GET    /api/auth/me                                NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/auth/logout                            NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/auth/logout-everywhere                 NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            GET    /api/settings                               NONE        ok   ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            # everyone's own 工作台 and reminders (R83, R84); notice 0 is nobody's (404)
            GET    /api/workbench                              NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            GET    /api/notices                                NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/notices/read-all                       NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/notices/{id}/read                      NONE        401  4xx 4xx 4xx  4xx 4xx  4xx 4xx 4xx 4xx 4xx 4xx 4xx
            GET    /api/calendar                               NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            GET    /api/calendar/due-date                      NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/calendar                               NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            GET    /api/register/versions                      NONE        401  ok  ok  ok   ok  ok   ok  ok  ok  ok  ok  ok  ok
            POST   /api/register/imports                       NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            GET    /api/register/imports/{id}                  NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            GET    /api/audit                                  NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            GET    /api/audit/verify                           NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            GET    /api/audit/checkpoints                      NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            POST   /api/audit/checkpoints                      NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            # an empty body is no signed reply (4xx)
            POST   /api/audit/reply-check                      NONE        401  403 403 403  403 403  403 403 4xx 403 403 403 403
            GET    /api/audit/export                           NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            # the trail's actions with their labels and its selection as XLSX (R94)
            GET    /api/audit/actions                          NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            GET    /api/audit.xlsx                             NONE        401  403 403 403  403 403  403 403 ok  403 403 403 403
            GET    /api/users                                  NONE        401  403 403 403  403 403  403 403 403 ok  ok  403 403
            GET    /api/users/roles                            NONE        401  403 403 403  403 403  403 403 403 ok  ok  403 403
            GET    /api/users/{id}                             NONE        401  403 403 403  403 403  403 403 403 ok  ok  403 403
            POST   /api/users                                  NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            PUT    /api/users/{id}                             NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            POST   /api/users/{id}/unlock                      NONE        401  403 403 403  403 403  403 403 403 403 ok  403 403
            POST   /api/blob-store/copy                        NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            POST   /api/users/{id}/second-factor/reset         NONE        401  403 403 403  403 403  403 403 403 403 ok  403 403
            PUT    /api/users/{id}/terminals                   NONE        401  403 403 403  403 403  403 403 403 403 ok  403 403
            POST   /api/letters                                NONE        401  ok  403 403  403 403  403 403 403 403 403 403 403
            GET    /api/letters                                NONE        401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/letters/{id}                           VERIFIED    401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/letters/{id}/status                    EXTRACTED   401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            # 流程跟踪 (R94): for everyone who reads letters
            GET    /api/letters/{id}/timeline                  VERIFIED    401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/letters/{id}/file                      EXTRACTED   401  pd  ok  ok   pd  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/file                      VERIFIED    401  pd  ok  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/file                      IN_REVIEW   401  pd  pd  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}              EXTRACTED   401  pd  ok  ok   pd  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}              VERIFIED    401  pd  ok  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}              SIGNED      401  pd  pd  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}/original     EXTRACTED   401  pd  ok  ok   pd  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}/original     VERIFIED    401  pd  ok  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            GET    /api/letters/{id}/pages/{page}/original     SIGNED      401  pd  pd  pd   ok  pd   pd  pd  403 pd  403 pd  pd
            # the letters here have no attachment (404) for those who may see the original
            GET    /api/letters/{id}/attachments/{n}           VERIFIED    401  pd  4xx pd   4xx pd   pd  pd  403 pd  403 pd  pd
            # a further file (R61): the registry's until the letter is confirmed (409 after)
            POST   /api/letters/{id}/attachments               EXTRACTED   401  ok  403 403  403 403  403 403 403 403 403 403 403
            POST   /api/letters/{id}/attachments               VERIFIED    401  4xx 403 403  403 403  403 403 403 403 403 403 403
            PUT    /api/letters/{id}/extraction                EXTRACTED   401  403 ok  ok   403 403  403 403 403 403 403 403 403
            PUT    /api/letters/{id}/extraction                VERIFIED    401  403 ok  pd   403 403  403 403 403 403 403 403 403
            POST   /api/letters/{id}/extraction/confirm        EXTRACTED   401  403 ok  ok   403 403  403 403 403 403 403 403 403
            # only a letter whose reading FAILED is read again: a clerk passes and the EXTRACTED letter refuses (409)
            POST   /api/letters/{id}/extraction/retry          EXTRACTED   401  403 4xx 4xx  403 403  403 403 403 403 403 403 403
            POST   /api/letters/{id}/handler                   VERIFIED    401  403 403 403  403 403  403 403 403 ok  403 403 403
            # 延期 is the letter's handler's (R63); 不予受理 the registry's or the letter's handler's (R64); 作废 the administrator's (R65)
            POST   /api/letters/{id}/extension                 VERIFIED    401  403 403 403  ok  nyl  403 403 403 403 403 nyl nyl
            POST   /api/letters/{id}/refusal                   VERIFIED    401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            POST   /api/letters/{id}/void                      VERIFIED    401  403 403 403  403 403  403 403 403 ok  403 403 403
            # 服务统计 is for the auditor, the system administrator and the principal officer (R74); a period without
            # letters is a valid one
            GET    /api/statistics                             NONE        401  403 403 403  403 403  403 ok  ok  ok  403 403 ok
            GET    /api/statistics.{format:xlsx|pdf}           NONE        401  403 403 403  403 403  403 ok  ok  ok  403 403 ok
            # 催办 is the administrator's, the principal officer's and the 直接负责人's (R84; the reviewer is the demo's)
            POST   /api/letters/{id}/urge                      VERIFIED    401  403 403 403  403 403  ok  ok  403 ok  403 403 ok
            POST   /api/letters/{id}/screening                 VERIFIED    401  403 403 403  ok  nyl  403 403 403 403 403 nyl nyl
            GET    /api/letters/{id}/screening                 IN_REVIEW   401  403 403 403  ok  ok   ok  ok  403 403 403 ok  ok
            POST   /api/letters/{id}/screening/results/{index}/review  IN_REVIEW  401 403 403 403 403 403 ok 403 403 403 403 ok 403
            # 批量确认 (R102) is the reviewer's as one review is; the queues' 命中人数 (R103) are figures for who works on letters
            POST   /api/letters/{id}/screening/reviews         IN_REVIEW   401  403 403 403  403 403  ok  403 403 403 403 ok  403
            GET    /api/screening/counts                       IN_REVIEW   401  403 403 403  ok  ok   ok  ok  403 403 403 ok  ok
            # 常用意见 (R103): read by the reviewers, kept by the system administrator (sent back unchanged here)
            GET    /api/settings/review-phrases                NONE        401  403 403 403  403 403  ok  403 403 ok  403 ok  403
            PUT    /api/settings/review-phrases                NONE        401  403 403 403  403 403  403 403 403 ok  403 403 403
            # drafting again from DRAFTED is the handler's: it replaces the draft
            POST   /api/letters/{id}/reply                     DRAFTED     401  403 403 403  ok  nyl  403 403 403 403 403 nyl nyl
            GET    /api/letters/{id}/reply                     DRAFTED     401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/letters/{id}/reply.pdf                 DRAFTED     401  pd  403 403  ok  pd   403 ok  403 403 403 pd  ok
            GET    /api/letters/{id}/reply.pdf                 SIGNED      401  ok  403 403  ok  pd   403 ok  403 403 403 pd  ok
            # the 核查登记表 (R77): the query work and the system administrator; its 应用措施 the registry or the letter's handler
            GET    /api/ledger                                 NONE        401  ok  403 403  ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/ledger.{format:xlsx|pdf}               NONE        401  ok  403 403  ok  ok   ok  ok  403 ok  403 ok  ok
            PUT    /api/ledger/{letterId}/{index}/measure      DRAFTED     401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            # the 联络表 (R79) and 抽查抽检 (R78: the auditor and the 直接负责人, the demo reviewer)
            GET    /api/contacts                               NONE        401  403 403 403  403 403  403 ok  403 ok  ok  403 ok
            GET    /api/contacts.{format:xlsx|pdf}             NONE        401  403 403 403  403 403  403 ok  403 ok  ok  403 ok
            POST   /api/spot-checks                            NONE        401  403 403 403  403 403  ok  403 ok  403 403 403 403
            GET    /api/spot-checks                            NONE        401  403 403 403  403 403  ok  403 ok  403 403 403 403
            GET    /api/spot-checks/{id}                       NONE        401  403 403 403  403 403  ok  403 ok  403 403 403 403
            PUT    /api/spot-checks/{id}/items/{n}             NONE        401  403 403 403  403 403  4xx 403 4xx 403 403 403 403
            GET    /api/letters/{id}/reply.docx                DRAFTED     401  pd  403 403  ok  pd   403 ok  403 403 403 pd  ok
            POST   /api/letters/{id}/sign-off                  DRAFTED     401  403 403 403  403 403  403 ok  403 403 403 403 ok
            POST   /api/letters/{id}/return                    DRAFTED     401  403 403 403  403 403  403 ok  403 403 403 403 ok
            # applicant lists (R40–R42): the letter's handler's list without the ID column is refused (4xx); these
            # letters have no list (4xx); its status and its masked hits are for everyone working on the letter
            POST   /api/letters/{id}/applicants                VERIFIED    401  403 403 403  4xx nyl  403 403 403 403 403 nyl nyl
            GET    /api/letters/{id}/applicants                VERIFIED    401  403 403 403  4xx 4xx  4xx 4xx 403 403 403 4xx 4xx
            GET    /api/letters/{id}/applicants/rejected       VERIFIED    401  403 403 403  4xx pd   403 403 403 403 403 pd  pd
            GET    /api/letters/{id}/applicants/hits           VERIFIED    401  403 403 403  4xx 4xx  4xx 4xx 403 403 403 4xx 4xx
            POST   /api/letters/{id}/applicants/hits/{row}/review VERIFIED 401  403 403 403  403 403  4xx 403 403 403 403 4xx 403
            GET    /api/letters/{id}/applicants/result.xlsx    VERIFIED    401  403 403 403  4xx pd   403 403 403 403 403 pd  pd
            POST   /api/letters/{id}/dispatch                  SIGNED      401  ok  403 403  403 403  403 403 403 403 403 403 403
            # objections (R86–R88): opened and carried on by the registry or the letter's handler, read by the letter's
            # roles with IDs masked; the objection letter only to those whose duty covers the letter's personal data (R21)
            GET    /api/objections/routes                      NONE        401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            POST   /api/objections                             SIGNED      401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            GET    /api/objections                             SIGNED      401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/objections/{id}                        SIGNED      401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/objections/{id}/file                   SIGNED      401  pd  pd  pd   ok  pd   pd  pd  403 403 403 pd  pd
            POST   /api/objections/{id}/hops/{n}               SIGNED      401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            POST   /api/objections/{id}/outcome                SIGNED      401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            # 更正函 (R89–R90): drafted like the objection's steps (its objection decided 更正 first), reviewed by a reviewer
            # who did not draft it, signed by an officer; its PDF to those whose duty covers the candidates (R21)
            POST   /api/objections/{id}/correction             SIGNED      401  ok  403 403  ok  nyl  403 403 403 403 403 nyl nyl
            GET    /api/objections/{id}/correction             SIGNED      401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            POST   /api/objections/{id}/correction/review      SIGNED      401  403 403 403  403 403  ok  403 403 403 403 ok  403
            GET    /api/follow-ups                             NONE        401  403 403 403  403 403  ok  ok  403 403 403 ok  ok
            GET    /api/follow-ups/{id}                        SIGNED      401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            GET    /api/follow-ups/{id}/pdf                    SIGNED      401  ok  403 403  ok  pd   ok  ok  403 403 403 ok  ok
            POST   /api/follow-ups/{id}/sign-off               SIGNED      401  403 403 403  403 403  403 ok  403 403 403 403 ok
            GET    /api/letters/{id}/follow-ups                SIGNED      401  ok  ok  ok   ok  ok   ok  ok  403 ok  403 ok  ok
            # 不予受理告知 (R91): only of a refused letter (4xx here: the letter is not refused); the registry or its handler
            POST   /api/letters/{id}/refusal-notice            VERIFIED    401  4xx 403 403  4xx 4xx  403 403 403 403 403 4xx 4xx
            """;

    private record Row(String method, String path, State state, Map<Who, Expect> cells) {
        String endpoint() {
            return method + " " + path;
        }
    }

    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String CLEAN_ID = Workflow.idMatchingMask("1101051990", "1234");
    private static final AtomicLong SEEDS = new AtomicLong(13_000);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));

    private static final Map<Who, String> USERNAMES = new EnumMap<>(Who.class);
    private static final Map<Who, Accounts.Account> ACCOUNTS = new EnumMap<>(Who.class);
    private static final Map<Who, Api> SESSIONS = new EnumMap<>(Who.class);

    /** An account the user rows change, and an import job the import row reads. */
    private static long targetUser;
    private static String spotCheck;

    /** One spot check drawn by the auditor, for the rows that read or judge one. */
    private static synchronized String spotCheck() {
        if (spotCheck == null) {
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            Api.Response r = as(Who.AUDITOR).post("/api/spot-checks", Json.createObjectBuilder().add("from", today)
                    .add("to", today).add("count", 1).build());
            assertEquals(201, r.status(), r.body());
            spotCheck = r.json().getString("id");
        }
        return spotCheck;
    }
    private static long importJob;

    @BeforeAll
    static void accounts() {
        for (Who w : List.of(Who.REGISTRY, Who.CLERK, Who.HANDLER, Who.HANDLER2, Who.REVIEWER, Who.OFFICER, Who.AUDITOR,
                Who.ADMIN, Who.SECADMIN)) {
            USERNAMES.put(w, w.name().toLowerCase());
        }
        ACCOUNTS.put(Who.CLERK2, Accounts.open("CORRECTION_CLERK"));
        ACCOUNTS.put(Who.HR, Accounts.open("HANDLER", "REVIEWER"));
        ACCOUNTS.put(Who.HO, Accounts.open("HANDLER", "PRINCIPAL_OFFICER"));
        ACCOUNTS.forEach((who, account) -> USERNAMES.put(who, account.username()));
        targetUser = Accounts.create(List.of("127.0.0.0/8", "::1"), "REVIEWER").id();
        Api.Response job = as(Who.ADMIN).upload("/api/register/imports", "register-sample.csv", sampleRegister(),
                Map.of("mode", "snapshot"));
        assertEquals(202, job.status(), job.body());
        importJob = job.json().getJsonNumber("id").longValue();
    }

    private static String password(Who who) {
        return ACCOUNTS.containsKey(who) ? ACCOUNTS.get(who).password() : "demo-" + USERNAMES.get(who);
    }

    private static Api login(Who who) {
        return ACCOUNTS.containsKey(who) ? ACCOUNTS.get(who).login() : Api.as(USERNAMES.get(who));
    }

    /** The password again and, where the session must answer one, its confirmation (docs/rules.md#R24). */
    private static JsonObject signOff(Who who) {
        return who == Who.ANON ? Json.createObjectBuilder().add("password", "x").build()
                : as(who).signOffBody(password(who), ACCOUNTS.containsKey(who) ? ACCOUNTS.get(who).secret() : null);
    }

    private static Api as(Who who) {
        return who == Who.ANON ? Api.anonymous() : SESSIONS.computeIfAbsent(who, AuthorisationMatrixIT::login);
    }


    // ---- the table ----------------------------------------------------------------------------------------------

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            assertEquals(3 + Who.values().length, f.length, "columns in: " + l);
            Map<Who, Expect> cells = new EnumMap<>(Who.class);
            for (Who w : Who.values()) {
                cells.put(w, Expect.of(f[3 + w.ordinal()]));
            }
            rows.add(new Row(f[0], f[1], State.valueOf(f[2]), cells));
        }
        return rows;
    }

    /** Every JAX-RS resource method of the application, as "METHOD /api/path", read from its classes. */
    private static Set<String> endpointsOfTheApplication() {
        String root = RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> endpoints = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(RestApplication.class.getPackageName())) {
            Class<?> type = c.reflect();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = m.getAnnotation(Path.class);
                        endpoints.add(http.value() + " " + join(root, base.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return endpoints;
    }

    private static String join(String... parts) {
        return "/" + Arrays.stream(parts).flatMap(p -> Arrays.stream(p.split("/"))).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
    }

    @Test
    void theTableListsEveryEndpointOfTheApplicationAndNoOther() {
        Set<String> deployed = endpointsOfTheApplication();
        Set<String> listed = rows().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(deployed.size() >= 40, "the scan found the resources: " + deployed);
        Set<String> missing = new TreeSet<>(deployed);
        missing.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(deployed);
        assertEquals(Set.of(), missing, "endpoints the matrix does not list");
        assertEquals(Set.of(), unknown, "endpoints the matrix lists that the application does not have");
        assertEquals(listed, new TreeSet<>(CALLS.keySet()), "every endpoint has a call");
    }

    @Test
    void everyEndpointAnswersExactlyTheCallersTheTableAllows() {
        List<String> wrong = new ArrayList<>();
        Map<State, String> shared = new EnumMap<>(State.class);
        List<Row> rows = rows();
        // The logouts end sessions the other rows use: they come last.
        rows.sort((a, b) -> Boolean.compare(a.path().startsWith("/api/auth/logout"), b.path().startsWith("/api/auth/logout")));
        for (Row row : rows) {
            boolean reads = row.method().equals("GET");
            Supplier<String> rowLetter = memo(() -> letterIn(row.state()));
            for (Who who : Who.values()) {
                Expect expect = row.cells().get(who);
                if (expect == Expect.NONE) {
                    continue;
                }
                String letter;
                if (row.state() == State.NONE) {
                    letter = null;
                } else if (reads) {
                    letter = shared.computeIfAbsent(row.state(), AuthorisationMatrixIT::letterIn);
                } else {
                    letter = expect == Expect.OK ? letterIn(row.state()) : rowLetter.get();
                }
                Api.Response r = CALLS.get(row.endpoint()).call(who, letter);
                if (!expect.matches(r)) {
                    wrong.add(row.endpoint() + " [" + row.state() + "] as " + who + ": expected " + expect.token + ", got "
                            + r.status() + " " + abbreviate(r.body()));
                }
            }
            if (!reads && row.state() != State.NONE) {
                String status = as(Who.REGISTRY).get("/api/letters/" + rowLetter.get() + "/status").json().getString("status");
                if (!status.equals(row.state().name())) {
                    wrong.add(row.endpoint() + ": the refused calls moved the letter from " + row.state() + " to " + status);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from the matrix:\n" + String.join("\n", wrong));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        Map<String, T> once = new HashMap<>();
        return () -> once.computeIfAbsent("", k -> s.get());
    }

    // ---- the two bypasses of issue 13, and the third combination that could be one -------------------------------

    private static void reassign(String letter, Who to) {
        step(letter, Who.ADMIN, "/handler", Json.createObjectBuilder().add("handler", USERNAMES.get(to))
                .add("reason", "矩阵测试：改派").build());
    }

    /** The refusal the letter gives the caller for a step, as the page shows it where the button would be. */
    private static String refusal(Who who, String letter, String step) {
        return as(who).get("/api/letters/" + letter).json().getJsonArray("refusals").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("step").equals(step)).map(r -> r.getString("code")).findFirst().orElse("none");
    }

    private static void assertRefused(String code, Api.Response r) {
        assertEquals(403, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }

    /** A user with the handler and reviewer roles screened a letter, an admin reassigned it: he may not review its hit. */
    @Test
    void whoScreenedALetterDoesNotReviewItsHitAfterAReassignment() {
        String letter = letterIn(State.VERIFIED);
        reassign(letter, Who.HR);
        step(letter, Who.HR, "/screening", EMPTY);
        reassign(letter, Who.HANDLER);
        JsonObject confirm = Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "一致").build();
        assertRefused("REVIEWER_NOT_INDEPENDENT", as(Who.HR).post("/api/letters/" + letter + "/screening/results/1/review", confirm));
        assertEquals("REVIEWER_NOT_INDEPENDENT", refusal(Who.HR, letter, "REVIEW"));
        assertEquals("none", refusal(Who.REVIEWER, letter, "REVIEW"));
        step(letter, Who.REVIEWER, "/screening/results/1/review", confirm);
    }

    /** A user with the handler and officer roles drafted a reply: he may not sign it, even once it is another's. */
    @Test
    void whoDraftedAReplyDoesNotSignItOff() {
        String letter = verifiedLetterWithoutHits();
        reassign(letter, Who.HO);
        step(step(letter, Who.HO, "/screening", EMPTY), Who.HO, "/reply", EMPTY);
        assertRefused("SIGNER_NOT_INDEPENDENT", as(Who.HO).post("/api/letters/" + letter + "/sign-off", signOff(Who.HO)));
        reassign(letter, Who.HANDLER);
        assertRefused("SIGNER_NOT_INDEPENDENT", as(Who.HO).post("/api/letters/" + letter + "/sign-off", signOff(Who.HO)));
        assertEquals("SIGNER_NOT_INDEPENDENT", refusal(Who.HO, letter, "SIGN_OFF"));
        assertEquals("none", refusal(Who.OFFICER, letter, "SIGN_OFF"));
        step(letter, Who.OFFICER, "/sign-off", signOff(Who.OFFICER));
    }

    /**
     * A user with the clerk and handler roles who corrected and confirmed a list does not screen it, though an
     * administrator gives him the letter (docs/rules.md#R45); nor may another clerk take a confirmed list back.
     */
    @Test
    void whoCorrectedAListDoesNotScreenIt() {
        Accounts.Account account = Accounts.open("CORRECTION_CLERK", "HANDLER");
        String clerkHandler = account.username();
        Api ch = account.login();
        String letter = Workflow.extractedLetter(Api.BASE, "矩阵.pdf", newLetterFile());
        JsonObject read = ch.get("/api/letters/" + letter).json().getJsonObject("extraction");
        assertEquals(200, ch.put("/api/letters/" + letter + "/extraction", read).status());
        Api.Response confirmed = ch.post("/api/letters/" + letter + "/extraction/confirm", Workflow.CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertTrue(!clerkHandler.equals(confirmed.json().getJsonObject("handler").getString("username")), "the draw passes over the clerk (R9)");
        Api.Response other = as(Who.CLERK2).put("/api/letters/" + letter + "/extraction", read);
        assertRefused("PERSONAL_DATA_OUT_OF_SCOPE", other);
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", refusal(Who.CLERK2, letter, "CORRECT"));
        step(letter, Who.ADMIN, "/handler", Json.createObjectBuilder().add("handler", clerkHandler)
                .add("reason", "矩阵测试：改派").build());
        assertRefused("SCREENER_NOT_INDEPENDENT", ch.post("/api/letters/" + letter + "/screening", EMPTY));
        assertTrue(ch.get("/api/letters/" + letter).json().getJsonArray("refusals").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("step").equals("SCREEN") && r.getString("code").equals("SCREENER_NOT_INDEPENDENT")));
        reassign(letter, Who.HANDLER);
        step(letter, Who.HANDLER, "/screening", EMPTY);
    }

    // ---- how each endpoint is called ------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call {
        Api.Response call(Who who, String letter);
    }

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    static {
        // Through Api's own login, whatever steps it takes: the answer is the session's first request.
        CALLS.put("POST /api/auth/login", (w, l) -> login(w).get("/api/auth/me"));
        CALLS.put("POST /api/auth/login/second-factor", (w, l) -> as(w).post("/api/auth/login/second-factor", EMPTY));
        CALLS.put("POST /api/auth/confirmation", (w, l) -> as(w).post("/api/auth/confirmation", EMPTY));
        CALLS.put("POST /api/auth/confirmation/answer", (w, l) -> as(w).post("/api/auth/confirmation/answer", EMPTY));
        CALLS.put("POST /api/auth/password", (w, l) -> as(w).post("/api/auth/password", EMPTY));
        CALLS.put("POST /api/auth/totp/enrolment", (w, l) -> as(w).post("/api/auth/totp/enrolment", EMPTY));
        CALLS.put("POST /api/auth/totp/enrolment/confirm", (w, l) -> as(w).post("/api/auth/totp/enrolment/confirm", EMPTY));
        CALLS.put("GET /api/demo/sms-outbox", (w, l) -> as(w).get("/api/demo/sms-outbox"));
        CALLS.put("POST /api/users/{id}/second-factor/reset", (w, l) -> as(w).post("/api/users/" + targetUser
                + "/second-factor/reset", EMPTY));
        CALLS.put("GET /api/auth/me", (w, l) -> as(w).get("/api/auth/me"));
        CALLS.put("POST /api/auth/logout", (w, l) -> (w == Who.ANON ? as(w) : login(w)).post("/api/auth/logout", EMPTY));
        CALLS.put("POST /api/auth/logout-everywhere", (w, l) -> {
            // A session of its own: after the logout row the cached ones of the demo accounts were no longer valid.
            Api.Response r = (w == Who.ANON ? as(w) : login(w)).post("/api/auth/logout-everywhere", EMPTY);
            SESSIONS.remove(w);
            return r;
        });
        CALLS.put("GET /api/settings", (w, l) -> as(w).get("/api/settings"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String period = "?from=" + today + "&to=" + today;
        CALLS.put("GET /api/ledger", (w, l) -> as(w).get("/api/ledger" + period));
        CALLS.put("GET /api/ledger.{format:xlsx|pdf}", (w, l) -> as(w).get("/api/ledger.xlsx" + period));
        CALLS.put("PUT /api/ledger/{letterId}/{index}/measure", (w, l) -> as(w).put("/api/ledger/" + l + "/1/measure",
                Json.createObjectBuilder().add("measure", "按正常程序办理").build()));
        CALLS.put("GET /api/contacts", (w, l) -> as(w).get("/api/contacts"));
        CALLS.put("GET /api/contacts.{format:xlsx|pdf}", (w, l) -> as(w).get("/api/contacts.pdf"));
        JsonObject draw = Json.createObjectBuilder().add("from", today).add("to", today).add("count", 1).build();
        CALLS.put("POST /api/spot-checks", (w, l) -> as(w).post("/api/spot-checks", draw));
        CALLS.put("GET /api/spot-checks", (w, l) -> as(w).get("/api/spot-checks"));
        CALLS.put("GET /api/spot-checks/{id}", (w, l) -> as(w).get("/api/spot-checks/" + spotCheck()));
        CALLS.put("PUT /api/spot-checks/{id}/items/{n}", (w, l) -> as(w).put("/api/spot-checks/" + spotCheck()
                + "/items/999", Json.createObjectBuilder().add("verdict", "CONSISTENT").build()));
        CALLS.put("GET /api/calendar", (w, l) -> as(w).get("/api/calendar"));
        CALLS.put("GET /api/calendar/due-date", (w, l) -> as(w).get("/api/calendar/due-date?receivedAt=2026-02-13T09:00:00Z"));
        // The bundled calendar itself: installing it changes no working day.
        CALLS.put("POST /api/calendar", (w, l) -> as(w).postText("/api/calendar", resource("calendar/cn-workdays.txt")));
        CALLS.put("GET /api/register/versions", (w, l) -> as(w).get("/api/register/versions"));
        // The demo register again: the import makes no new version.
        CALLS.put("POST /api/register/imports", (w, l) -> as(w).upload("/api/register/imports", "register-sample.csv",
                sampleRegister(), Map.of("mode", "snapshot")));
        CALLS.put("GET /api/register/imports/{id}", (w, l) -> as(w).get("/api/register/imports/" + importJob));
        CALLS.put("GET /api/audit", (w, l) -> as(w).get("/api/audit?limit=5"));
        CALLS.put("GET /api/audit/verify", (w, l) -> as(w).get("/api/audit/verify"));
        CALLS.put("GET /api/audit/checkpoints", (w, l) -> as(w).get("/api/audit/checkpoints"));
        CALLS.put("POST /api/audit/checkpoints", (w, l) -> as(w).post("/api/audit/checkpoints", EMPTY));
        CALLS.put("POST /api/audit/reply-check", (w, l) -> as(w).postBytes("/api/audit/reply-check", "application/pdf", new byte[0]));
        CALLS.put("GET /api/audit/export", (w, l) -> as(w).get("/api/audit/export?fromSeq=1&toSeq=10"));
        CALLS.put("GET /api/audit/actions", (w, l) -> as(w).get("/api/audit/actions"));
        CALLS.put("GET /api/audit.xlsx", (w, l) -> as(w).get("/api/audit.xlsx?action=AUDIT_CHECKPOINT_SIGNED"));
        CALLS.put("POST /api/letters/{id}/attachments", (w, l) -> as(w).upload("/api/letters/" + l + "/attachments",
                "附件.pdf", newLetterFile(), Map.of()));
        CALLS.put("GET /api/letters/{id}/attachments/{n}", (w, l) -> as(w).get("/api/letters/" + l + "/attachments/1"));
        CALLS.put("POST /api/letters/{id}/applicants", (w, l) -> as(w).upload("/api/letters/" + l + "/applicants",
                "applicants.csv", "姓名,电话\n张三,13900000000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()));
        CALLS.put("GET /api/letters/{id}/applicants", (w, l) -> as(w).get("/api/letters/" + l + "/applicants"));
        CALLS.put("GET /api/letters/{id}/applicants/rejected", (w, l) -> as(w).get("/api/letters/" + l + "/applicants/rejected"));
        CALLS.put("GET /api/letters/{id}/applicants/hits", (w, l) -> as(w).get("/api/letters/" + l + "/applicants/hits"));
        CALLS.put("POST /api/letters/{id}/applicants/hits/{row}/review", (w, l) -> as(w).post("/api/letters/" + l
                + "/applicants/hits/2/review", Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "一致").build()));
        CALLS.put("GET /api/letters/{id}/applicants/result.xlsx", (w, l) -> as(w).get("/api/letters/" + l
                + "/applicants/result.xlsx"));
        CALLS.put("GET /api/objections/routes", (w, l) -> as(w).get("/api/objections/routes"));
        CALLS.put("POST /api/objections", (w, l) -> as(w).upload("/api/objections", "异议.pdf", newLetterFile(),
                objectionFields(l)));
        CALLS.put("GET /api/objections", (w, l) -> as(w).get("/api/objections?letterId=" + l));
        CALLS.put("GET /api/objections/{id}", (w, l) -> as(w).get("/api/objections/" + objectionOn(l)));
        CALLS.put("GET /api/objections/{id}/file", (w, l) -> as(w).get("/api/objections/" + objectionOn(l) + "/file"));
        CALLS.put("POST /api/objections/{id}/hops/{n}", (w, l) -> as(w).post("/api/objections/" + objectionOn(l)
                + "/hops/3", Json.createObjectBuilder().add("date", objectionFields(l).get("receivedOn")).build()));
        CALLS.put("POST /api/objections/{id}/outcome", (w, l) -> as(w).post("/api/objections/" + objectionOn(l)
                + "/outcome", Json.createObjectBuilder().add("decision", "UPHOLD").build()));
        CALLS.put("POST /api/objections/{id}/correction", (w, l) -> as(w).post("/api/objections/" + correctedObjectionOn(l)
                + "/correction", EMPTY));
        CALLS.put("GET /api/objections/{id}/correction", (w, l) -> {
            correctionOn(l);
            return as(w).get("/api/objections/" + objectionOn(l) + "/correction");
        });
        CALLS.put("POST /api/objections/{id}/correction/review", (w, l) -> {
            correctionOn(l);
            return as(w).post("/api/objections/" + objectionOn(l) + "/correction/review", EMPTY);
        });
        CALLS.put("GET /api/follow-ups", (w, l) -> as(w).get("/api/follow-ups"));
        CALLS.put("GET /api/follow-ups/{id}", (w, l) -> as(w).get("/api/follow-ups/" + correctionOn(l)));
        CALLS.put("GET /api/follow-ups/{id}/pdf", (w, l) -> as(w).get("/api/follow-ups/" + correctionOn(l) + "/pdf"));
        CALLS.put("POST /api/follow-ups/{id}/sign-off", (w, l) -> as(w).post("/api/follow-ups/" + reviewedCorrectionOn(l)
                + "/sign-off", signOff(w)));
        CALLS.put("GET /api/letters/{id}/follow-ups", (w, l) -> as(w).get("/api/letters/" + l + "/follow-ups"));
        CALLS.put("POST /api/letters/{id}/refusal-notice", (w, l) -> as(w).post("/api/letters/" + l + "/refusal-notice", EMPTY));
        CALLS.put("GET /api/users", (w, l) -> as(w).get("/api/users"));
        CALLS.put("GET /api/users/roles", (w, l) -> as(w).get("/api/users/roles"));
        CALLS.put("GET /api/users/{id}", (w, l) -> as(w).get("/api/users/" + targetUser));
        CALLS.put("POST /api/users", (w, l) -> as(w).post("/api/users", Json.createObjectBuilder()
                .add("username", "m" + SEEDS.incrementAndGet()).add("displayName", "矩阵测试").add("password", Accounts.FIRST_PASSWORD)
                .add("mobile", "13900000000")
                .add("roles", Json.createArrayBuilder().add("REVIEWER")).build()));
        CALLS.put("PUT /api/users/{id}", (w, l) -> as(w).put("/api/users/" + targetUser,
                Json.createObjectBuilder().add("displayName", "矩阵测试 " + w).build()));
        CALLS.put("POST /api/users/{id}/unlock", (w, l) -> as(w).post("/api/users/" + targetUser + "/unlock", EMPTY));
        CALLS.put("POST /api/blob-store/copy", (w, l) -> as(w).post("/api/blob-store/copy?to=database", EMPTY));
        CALLS.put("PUT /api/users/{id}/terminals", (w, l) -> as(w).put("/api/users/" + targetUser + "/terminals",
                Json.createObjectBuilder().add("terminals", Json.createArrayBuilder().add("127.0.0.0/8").add("::1")).build()));
        CALLS.put("POST /api/letters", (w, l) -> as(w).upload("矩阵.pdf", newLetterFile()));
        CALLS.put("GET /api/letters", (w, l) -> as(w).get("/api/letters"));
        CALLS.put("GET /api/letters/{id}", (w, l) -> as(w).get("/api/letters/" + l));
        CALLS.put("GET /api/letters/{id}/status", (w, l) -> as(w).get("/api/letters/" + l + "/status"));
        CALLS.put("GET /api/letters/{id}/timeline", (w, l) -> as(w).get("/api/letters/" + l + "/timeline"));
        CALLS.put("GET /api/letters/{id}/file", (w, l) -> as(w).get("/api/letters/" + l + "/file"));
        CALLS.put("GET /api/letters/{id}/pages/{page}", (w, l) -> as(w).get("/api/letters/" + l + "/pages/1"));
        CALLS.put("GET /api/letters/{id}/pages/{page}/original", (w, l) -> as(w).get("/api/letters/" + l + "/pages/1/original"));
        // What was read, sent back unchanged (as the clerk who may see it reads it).
        CALLS.put("PUT /api/letters/{id}/extraction", (w, l) -> as(w).put("/api/letters/" + l + "/extraction",
                as(Who.CLERK).get("/api/letters/" + l).json().getJsonObject("extraction")));
        CALLS.put("POST /api/letters/{id}/extraction/confirm", (w, l) -> as(w).post("/api/letters/" + l + "/extraction/confirm",
                Workflow.CONFIRM));
        CALLS.put("POST /api/letters/{id}/extraction/retry", (w, l) -> as(w).post("/api/letters/" + l + "/extraction/retry", EMPTY));
        CALLS.put("POST /api/letters/{id}/handler", (w, l) -> as(w).post("/api/letters/" + l + "/handler",
                Json.createObjectBuilder().add("handler", "handler2").add("reason", "矩阵测试：改派").build()));
        CALLS.put("POST /api/letters/{id}/extension", (w, l) -> as(w).post("/api/letters/" + l + "/extension",
                Json.createObjectBuilder().add("newDueDate", CALENDAR.plusWorkingDays(LocalDate.parse(as(Who.REGISTRY)
                                .get("/api/letters/" + l + "/status").json().getString("dueDate")), 1).toString())
                        .add("reason", "矩阵测试：延期").add("contactedAt", OffsetDateTime.now().toString())
                        .add("contactPerson", "王科长").add("contactChannel", "PHONE").build()));
        CALLS.put("POST /api/letters/{id}/refusal", (w, l) -> as(w).post("/api/letters/" + l + "/refusal",
                Json.createObjectBuilder().add("reason", "NO_DOCUMENT_NUMBER").build()));
        CALLS.put("GET /api/statistics", (w, l) -> as(w).get("/api/statistics?from=2026-01-01&to=2026-01-31"));
        CALLS.put("GET /api/statistics.{format:xlsx|pdf}", (w, l) -> as(w).get(
                "/api/statistics.xlsx?from=2026-01-01&to=2026-01-31"));
        CALLS.put("POST /api/letters/{id}/urge", (w, l) -> as(w).post("/api/letters/" + l + "/urge",
                Json.createObjectBuilder().add("note", "矩阵测试：催办").build()));
        CALLS.put("GET /api/workbench", (w, l) -> as(w).get("/api/workbench"));
        CALLS.put("GET /api/notices", (w, l) -> as(w).get("/api/notices"));
        CALLS.put("POST /api/notices/read-all", (w, l) -> as(w).post("/api/notices/read-all", EMPTY));
        CALLS.put("POST /api/notices/{id}/read", (w, l) -> as(w).post("/api/notices/0/read", EMPTY));
        CALLS.put("POST /api/letters/{id}/void", (w, l) -> as(w).post("/api/letters/" + l + "/void",
                Json.createObjectBuilder().add("reason", "矩阵测试：作废").build()));
        CALLS.put("POST /api/letters/{id}/screening", (w, l) -> as(w).post("/api/letters/" + l + "/screening", EMPTY));
        CALLS.put("GET /api/letters/{id}/screening", (w, l) -> as(w).get("/api/letters/" + l + "/screening"));
        CALLS.put("POST /api/letters/{id}/screening/results/{index}/review", (w, l) -> as(w).post("/api/letters/" + l
                + "/screening/results/1/review", Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "一致").build()));
        CALLS.put("POST /api/letters/{id}/screening/reviews", (w, l) -> as(w).post("/api/letters/" + l
                + "/screening/reviews", Json.createObjectBuilder().add("results", Json.createArrayBuilder().add(1))
                .add("note", "一致").build()));
        CALLS.put("GET /api/screening/counts", (w, l) -> as(w).get("/api/screening/counts?letterId=" + l));
        CALLS.put("GET /api/settings/review-phrases", (w, l) -> as(w).get("/api/settings/review-phrases"));
        CALLS.put("PUT /api/settings/review-phrases", (w, l) -> as(w).put("/api/settings/review-phrases",
                as(Who.ADMIN).get("/api/settings/review-phrases").json()));
        CALLS.put("POST /api/letters/{id}/reply", (w, l) -> as(w).post("/api/letters/" + l + "/reply", EMPTY));
        CALLS.put("GET /api/letters/{id}/reply", (w, l) -> as(w).get("/api/letters/" + l + "/reply"));
        CALLS.put("GET /api/letters/{id}/reply.pdf", (w, l) -> as(w).get("/api/letters/" + l + "/reply.pdf"));
        CALLS.put("GET /api/letters/{id}/reply.docx", (w, l) -> as(w).get("/api/letters/" + l + "/reply.docx"));
        CALLS.put("POST /api/letters/{id}/sign-off", (w, l) -> as(w).post("/api/letters/" + l + "/sign-off", signOff(w)));
        CALLS.put("POST /api/letters/{id}/return", (w, l) -> as(w).post("/api/letters/" + l + "/return",
                Json.createObjectBuilder().add("comment", "矩阵测试：退回").build()));
        CALLS.put("POST /api/letters/{id}/dispatch", (w, l) -> as(w).post("/api/letters/" + l + "/dispatch",
                Json.createObjectBuilder().add("channel", "paper").build()));
    }

    // ---- letters in each state ------------------------------------------------------------------------------------

    /** A text PDF (it has page images) of two candidates, the first on the demo register. */
    private static byte[] newLetterFile() {
        return PdfLetterRenderer.render(Workflow.letterWith(SEEDS.incrementAndGet(), List.of(
                new CandidateSpec("罗勇", LISTED_ID), new CandidateSpec("王小明", CLEAN_ID))));
    }

    /** A confirmed letter, handled by handler, whose one candidate is on no register. */
    private static String verifiedLetterWithoutHits() {
        return Workflow.verified(Api.BASE, Workflow.extractedLetter(Api.BASE, "矩阵.pdf", PdfLetterRenderer.render(
                Workflow.letterWith(SEEDS.incrementAndGet(), List.of(new CandidateSpec("王小明", CLEAN_ID))))));
    }

    private static String letterIn(State state) {
        return switch (state) {
            case NONE -> null;
            case EXTRACTED -> Workflow.extractedLetter(Api.BASE, "矩阵.pdf", newLetterFile());
            case VERIFIED -> Workflow.verified(Api.BASE, letterIn(State.EXTRACTED));
            case IN_REVIEW -> step(letterIn(State.VERIFIED), Who.HANDLER, "/screening", EMPTY);
            case DRAFTED -> step(step(letterIn(State.IN_REVIEW), Who.REVIEWER, "/screening/results/1/review",
                    Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "一致").build()), Who.HANDLER, "/reply", EMPTY);
            case SIGNED -> step(letterIn(State.DRAFTED), Who.OFFICER, "/sign-off", signOff(Who.OFFICER));
        };
    }

    /** The objection opened by the registry on a signed letter, once per letter (docs/rules.md#R86). */
    private static final Map<String, String> OBJECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> objectionFields(String letter) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
        return Map.of("replyId", letter, "candidates", "1", "objector", "CANDIDATE", "receivedOn", today.toString(),
                "route", "SHAANXI_PROVINCIAL");
    }

    private static String objectionOn(String letter) {
        return OBJECTIONS.computeIfAbsent(letter, l -> {
            Api.Response r = as(Who.REGISTRY).upload("/api/objections", "异议.pdf", newLetterFile(), objectionFields(l));
            assertEquals(201, r.status(), r.body());
            return r.json().getString("id");
        });
    }

    private static final Map<String, String> CORRECTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> CORRECTIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> REVIEWED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The letter's objection, decided 更正 by its handler. */
    private static String correctedObjectionOn(String letter) {
        return CORRECTED.computeIfAbsent(letter, l -> {
            String id = objectionOn(l);
            Api.Response r = as(Who.HANDLER).post("/api/objections/" + id + "/outcome", Json.createObjectBuilder()
                    .add("decision", "CORRECT").add("reason", "矩阵测试：更正").build());
            assertEquals(200, r.status(), r.body());
            return id;
        });
    }

    /** The 更正函 of the letter's objection, drafted by its handler (candidate 1's hit corrected to no record). */
    private static String correctionOn(String letter) {
        return CORRECTIONS.computeIfAbsent(letter, l -> {
            Api.Response r = as(Who.HANDLER).post("/api/objections/" + correctedObjectionOn(l) + "/correction", EMPTY);
            assertEquals(201, r.status(), r.body());
            return r.json().getString("id");
        });
    }

    /** {@link #correctionOn}, reviewed by the reviewer. */
    private static String reviewedCorrectionOn(String letter) {
        return REVIEWED.computeIfAbsent(letter, l -> {
            correctionOn(l);
            Api.Response r = as(Who.REVIEWER).post("/api/objections/" + objectionOn(l) + "/correction/review", EMPTY);
            assertEquals(200, r.status(), r.body());
            return correctionOn(l);
        });
    }

    private static String step(String letter, Who who, String path, JsonObject body) {
        Api.Response r = as(who).post("/api/letters/" + letter + path, body);
        assertEquals(200, r.status(), path + ": " + r.body());
        return letter;
    }

    private static byte[] sampleRegister() {
        return resource("demo/register-sample.csv").getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = AuthorisationMatrixIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
