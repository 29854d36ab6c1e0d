package com.creditquerydesk.domain.model.spotcheck;

import com.creditquerydesk.domain.model.ledger.NameMask;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.PossibleRecord;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What differs between a stored screening and the same candidates screened again (docs/rules.md#R78, #R12): per
 * candidate, the register records (by 案号) that matched then and not now, or now and not then, exactly or possibly.
 * Reviews are not compared: a re-screening has none. Candidates are named masked (陈**), never by ID.
 */
public final class ScreeningComparison {

    private ScreeningComparison() {
    }

    public static List<String> differences(Screening original, Screening again) {
        List<String> out = new ArrayList<>();
        if (original.results().size() != again.results().size()) {
            out.add("查询对象人数不同：原 " + original.results().size() + " 人，重查 " + again.results().size() + " 人");
            return out;
        }
        for (int i = 0; i < original.results().size(); i++) {
            ScreeningResult was = original.results().get(i);
            ScreeningResult now = again.results().get(i);
            String who = "第 " + was.index() + " 位（" + NameMask.apply(was.name()) + "）";
            compare(out, who, "命中记录", cases(was.records()), cases(now.records()));
            compare(out, who, "疑似命中记录", possibleCases(was.possibleRecords()), possibleCases(now.possibleRecords()));
        }
        return out;
    }

    private static void compare(List<String> out, String who, String what, Set<String> was, Set<String> now) {
        Set<String> added = new TreeSet<>(now);
        added.removeAll(was);
        Set<String> gone = new TreeSet<>(was);
        gone.removeAll(now);
        if (!added.isEmpty()) {
            out.add(who + "：新增" + what + " " + String.join("、", added));
        }
        if (!gone.isEmpty()) {
            out.add(who + "：原" + what + " " + String.join("、", gone) + " 未再出现");
        }
    }

    private static Set<String> cases(List<HitRecord> records) {
        return records.stream().map(HitRecord::caseNumber).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> possibleCases(List<PossibleRecord> records) {
        return records.stream().map(r -> r.record().caseNumber()).collect(Collectors.toCollection(TreeSet::new));
    }
}
