package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryKindTest {

    @Test
    void jsonValuesRoundTrip() {
        assertEquals("civil-service", QueryKind.CIVIL_SERVICE.jsonValue());
        assertEquals("public-institution", QueryKind.PUBLIC_INSTITUTION.jsonValue());
        assertEquals("other", QueryKind.OTHER.jsonValue());
        for (QueryKind k : QueryKind.values()) {
            assertEquals(k, QueryKind.fromJson(k.jsonValue()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CIVIL_SERVICE", "Civil-Service", "civil_service", "public institution", " other"})
    void unknownJsonValuesAreRejected(String value) {
        DomainException e = assertThrows(DomainException.class, () -> QueryKind.fromJson(value));
        assertEquals("QUERY_KIND_UNKNOWN", e.code());
        assertTrue(e.messageEn().contains("civil-service"), e.messageEn());
    }

    @Test
    void nullJsonValueIsRejected() {
        assertThrows(DomainException.class, () -> QueryKind.fromJson(null));
    }

    @Test
    void civilServiceRequests() {
        // 发改办财金〔2020〕552号 附件1: title and body
        assertEquals(QueryKind.CIVIL_SERVICE, QueryKind.classify("关于申请查询录用、调任人选社会信用记录的函"));
        assertEquals(QueryKind.CIVIL_SERVICE, QueryKind.classify("根据《公务员法》《公务员录用规定》，现商请查询"));
        assertEquals(QueryKind.CIVIL_SERVICE, QueryKind.classify("关于申请查询调任人选社会信用记录的函"));
        assertEquals(QueryKind.CIVIL_SERVICE, QueryKind.classify("2026年度考试录 用公务员"));
    }

    @Test
    void publicInstitutionRequestsWinOverTheCivilServiceWords() {
        // the Shaanxi notice's 附件2: the public-institution template also says 录用
        assertEquals(QueryKind.PUBLIC_INSTITUTION, QueryKind.classify(
                "关于申请查询事业单位聘用人选社会信用记录的函 为做好事业单位招聘工作，现商请你办协助查询录用/报考人选"));
        assertEquals(QueryKind.PUBLIC_INSTITUTION, QueryKind.classify("省属事 业 单\u3000位公开招聘"));
    }

    @Test
    void otherUses() {
        // other uses of the check: commendations and nominations; 招录 is not 录用
        assertEquals(QueryKind.OTHER, QueryKind.classify("关于核查劳动模范评选对象信用信息的函"));
        assertEquals(QueryKind.OTHER, QueryKind.classify("政协委员候选人推荐，市政协机关公职人员招录(聘)"));
        assertEquals(QueryKind.OTHER, QueryKind.classify(""));
        assertEquals(QueryKind.OTHER, QueryKind.classify(null));
    }
}
