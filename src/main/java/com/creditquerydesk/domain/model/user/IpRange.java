package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One registered terminal (专机) of an account: an IP address, or a range of them in CIDR form ("10.1.2.0/24",
 * "fe80::/10"). Only address literals: nothing here ever asks a name server (docs/rules.md#R23).
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    public static IpRange parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() -> invalid(text)).getAddress();
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw invalid(text);
            }
        }
        return new IpRange(masked(bytes, prefix), prefix);
    }

    /** The address of a literal, or empty if the text is not one (never a name lookup). */
    public static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || text.contains(":") && IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        return a.length == network.length && Arrays.equals(masked(a, prefix), network);
    }

    private static byte[] masked(byte[] bytes, int prefix) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - 8 * i));
            out[i] = (byte) (bytes[i] & (0xFF << (8 - keep)));
        }
        return out;
    }

    private static DomainException invalid(String text) {
        return new DomainException("TERMINAL_INVALID", "专机地址应为 IP 地址或网段（如 10.1.2.3、10.1.2.0/24）：" + text,
                "a terminal is an IP address or a CIDR range (e.g. 10.1.2.3, 10.1.2.0/24): " + text);
    }

    @Override
    public String toString() {
        try {
            String host = InetAddress.getByAddress(network).getHostAddress();
            return prefix == network.length * 8 ? host : host + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange other && prefix == other.prefix && Arrays.equals(network, other.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }
}
