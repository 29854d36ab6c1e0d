package com.creditquerydesk.domain.model.objection;

import com.creditquerydesk.domain.shared.DataFileLines;
import com.creditquerydesk.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of objections, read from route files (format in objection/README.md; docs/rules.md#R86): the bundled
 * file, then an administrator's files, a route of a later file replacing the one of the same code.
 */
public final class ObjectionRoutes {

    static final String BUNDLED = "/objection/routes.txt";
    private static final Pattern ROUTE = Pattern.compile("route\\s+([A-Z][A-Z0-9_]{0,39})\\s+(\\S.*)");
    private static final Pattern SOURCE = Pattern.compile("source\\s+(\\S.*)");
    private static final Pattern RAISE = Pattern.compile("raise\\s+(\\d{1,2})\\s+(\\S.*)");
    private static final Pattern HOP = Pattern.compile("hop\\s+([A-Z_]+)\\s+([A-Z_]+)\\s+(\\d{1,2}|-)\\s+(\\S.*)");

    private final Map<String, ObjectionRoute> routes;

    private ObjectionRoutes(Map<String, ObjectionRoute> routes) {
        this.routes = routes;
    }

    /** The routes shipped with the application: Shaanxi provincial and city, Henan. */
    public static List<ObjectionRoute> bundled() {
        try (InputStream in = ObjectionRoutes.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BUNDLED);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routes of files read in order, a later route replacing an earlier one of the same code. */
    public static ObjectionRoutes of(List<List<ObjectionRoute>> files) {
        Map<String, ObjectionRoute> byCode = new LinkedHashMap<>();
        files.forEach(f -> f.forEach(r -> byCode.put(r.code(), r)));
        return new ObjectionRoutes(Map.copyOf(byCode));
    }

    /** Reads one route file; a wrong line is a DomainException naming the line (in Chinese and English). */
    public static List<ObjectionRoute> parse(Reader reader) {
        List<ObjectionRoute> parsed = new ArrayList<>();
        Builder[] current = {null};
        DataFileLines.read(reader, (lineNo, s) -> {
            Matcher m;
            if ((m = ROUTE.matcher(s)).matches()) {
                if (current[0] != null) {
                    parsed.add(current[0].build());
                }
                String code = m.group(1);
                if (parsed.stream().anyMatch(r -> r.code().equals(code))) {
                    throw invalid(lineNo, "渠道代码重复", "the route code is used twice");
                }
                current[0] = new Builder(m.group(1), m.group(2).strip(), lineNo);
                return;
            }
            if (current[0] == null) {
                throw invalid(lineNo, "应先以“route 代码 名称”开始一个渠道", "a route starts with 'route CODE name'");
            }
            Builder b = current[0];
            if ((m = SOURCE.matcher(s)).matches()) {
                b.source = m.group(1).strip();
            } else if ((m = RAISE.matcher(s)).matches()) {
                if (!b.hops.isEmpty()) {
                    throw invalid(lineNo, "raise 须为渠道的第一环节，且只有一个", "raise is the route's first hop, once");
                }
                b.hops.add(hop(null, ObjectionParty.REQUESTING_UNIT, m.group(1), m.group(2), lineNo));
            } else if ((m = HOP.matcher(s)).matches()) {
                if (b.hops.isEmpty()) {
                    throw invalid(lineNo, "渠道须先有 raise 环节", "a route's first hop is its raise");
                }
                b.hops.add(hop(party(m.group(1), lineNo), party(m.group(2), lineNo), m.group(3), m.group(4), lineNo));
            } else {
                throw invalid(lineNo, "应为 route、source、raise 或 hop 语句", "expected a route, source, raise or hop line");
            }
        });
        if (current[0] != null) {
            parsed.add(current[0].build());
        }
        return parsed;
    }

    public Optional<ObjectionRoute> find(String code) {
        return Optional.ofNullable(code == null ? null : routes.get(code.strip().toUpperCase()));
    }

    public Collection<ObjectionRoute> all() {
        return routes.values();
    }

    private static HopRule hop(ObjectionParty from, ObjectionParty to, String limit, String label, int lineNo) {
        Integer days = limit.equals("-") ? null : Integer.valueOf(limit);
        if (days != null && (days < 1 || days > HopRule.MAX_LIMIT)) {
            throw invalid(lineNo, "期限应为 1 至 " + HopRule.MAX_LIMIT + " 个工作日", "a limit is 1 to "
                    + HopRule.MAX_LIMIT + " working days");
        }
        if (from == null && days == null) {
            throw invalid(lineNo, "raise 须有期限", "the raise has a limit");
        }
        if (from == to) {
            throw invalid(lineNo, "环节的双方不能相同", "a hop goes from one party to another");
        }
        return new HopRule(from, to, days, label);
    }

    private static ObjectionParty party(String code, int lineNo) {
        try {
            return ObjectionParty.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw invalid(lineNo, "未知的当事方：" + code, "unknown party: " + code);
        }
    }

    private static DomainException invalid(int lineNo, String zh, String en) {
        return new DomainException("OBJECTION_ROUTES_INVALID", "异议渠道文件第" + lineNo + "行：" + zh,
                "objection route file, line " + lineNo + ": " + en);
    }

    private static final class Builder {
        final String code;
        final String name;
        final int line;
        String source;
        final List<HopRule> hops = new ArrayList<>();

        Builder(String code, String name, int line) {
            this.code = code;
            this.name = name;
            this.line = line;
        }

        ObjectionRoute build() {
            if (source == null || hops.size() < 2) {
                throw invalid(line, "渠道 " + code + " 须有 source、raise 和至少一个 hop", "route " + code
                        + " needs a source, a raise and at least one hop");
            }
            return new ObjectionRoute(code, name, source, hops);
        }
    }
}
