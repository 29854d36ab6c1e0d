package com.creditquerydesk.domain.model.objection;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route file of docs/rules.md#R86: the three bundled routes, an administrator's override, and bad lines. */
class ObjectionRoutesTest {

    @Test
    void theBundledRoutesAreTheNotices() {
        ObjectionRoutes routes = ObjectionRoutes.of(List.of(ObjectionRoutes.bundled()));
        ObjectionRoute provincial = routes.find("shaanxi_provincial").orElseThrow();
        assertEquals(List.of(3, 3, 3, -1, 3, 3), limits(provincial));
        assertEquals(List.of(ObjectionParty.REQUESTING_UNIT, ObjectionParty.CENTRE, ObjectionParty.NATIONAL_CENTRE,
                ObjectionParty.CENTRE, ObjectionParty.REQUESTING_UNIT, ObjectionParty.SUBJECT),
                provincial.hops().stream().map(HopRule::to).toList());
        assertEquals(List.of(3, 3, 3, 3), limits(routes.find("SHAANXI_CITY").orElseThrow()));
        assertEquals(ObjectionParty.CITY_PLATFORM, routes.find("SHAANXI_CITY").orElseThrow().hops().get(1).to());
        ObjectionRoute henan = routes.find("HENAN").orElseThrow();
        assertEquals(7, henan.raiseLimit());
        assertEquals(List.of(7, 3, 3, -1, 3, 3), limits(henan));
        assertTrue(routes.find("NOWHERE").isEmpty());
        assertTrue(routes.find(null).isEmpty());
    }

    @Test
    void aLaterFileReplacesTheRouteOfTheSameCode() {
        List<ObjectionRoute> override = ObjectionRoutes.parse(new StringReader("""
                # 管理员调整
                route HENAN 河南（调整）
                source 河南省通知
                raise 5 提出异议
                hop REQUESTING_UNIT CENTRE 2 提交
                """));
        ObjectionRoutes routes = ObjectionRoutes.of(List.of(ObjectionRoutes.bundled(), override));
        assertEquals(List.of(5, 2), limits(routes.find("HENAN").orElseThrow()));
        assertEquals(3, routes.all().size());
        assertEquals(List.of(3, 3, 3, -1, 3, 3), limits(routes.find("SHAANXI_PROVINCIAL").orElseThrow()));
    }

    @Test
    void aWrongLineIsRefusedWithItsNumber() {
        assertEquals("异议渠道文件第2行：应为 route、source、raise 或 hop 语句", message("route A 甲\nfoo\n"));
        assertEquals("异议渠道文件第1行：应先以“route 代码 名称”开始一个渠道", message("raise 3 提出\n"));
        assertEquals("异议渠道文件第3行：渠道须先有 raise 环节", message("route A 甲\nsource 依据\nhop CENTRE SUBJECT 3 x\n"));
        assertEquals("异议渠道文件第4行：未知的当事方：COURT",
                message("route A 甲\nsource 依据\nraise 3 提出\nhop CENTRE COURT 3 x\n"));
        assertEquals("异议渠道文件第4行：期限应为 1 至 60 个工作日",
                message("route A 甲\nsource 依据\nraise 3 提出\nhop CENTRE SUBJECT 0 x\n"));
        assertEquals("异议渠道文件第4行：环节的双方不能相同",
                message("route A 甲\nsource 依据\nraise 3 提出\nhop CENTRE CENTRE 3 x\n"));
        assertEquals("异议渠道文件第4行：raise 须为渠道的第一环节，且只有一个",
                message("route A 甲\nsource 依据\nraise 3 提出\nraise 3 再提出\n"));
        assertEquals("异议渠道文件第1行：渠道 A 须有 source、raise 和至少一个 hop", message("route A 甲\nraise 3 提出\n"));
        assertEquals("异议渠道文件第5行：渠道代码重复", message(
                "route A 甲\nsource s\nraise 3 r\nhop CENTRE SUBJECT 3 x\nroute A 乙\nsource s\nraise 3 r\nhop CENTRE SUBJECT 3 x\n"));
    }

    private static String message(String text) {
        DomainException e = assertThrows(DomainException.class, () -> ObjectionRoutes.parse(new StringReader(text)));
        assertEquals("OBJECTION_ROUTES_INVALID", e.code());
        return e.messageZh();
    }

    private static List<Integer> limits(ObjectionRoute r) {
        return r.hops().stream().map(h -> h.limitDays() == null ? -1 : h.limitDays()).toList();
    }
}
