package com.creditquerydesk.interfaces.rest.auth;

import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from, as the terminal check and the trail see it (docs/rules.md#R23): the peer's,
 * unless the peer is one of the configured reverse proxies (CQD_PROXIES); then the last address in
 * X-Forwarded-For that is not itself a proxy. Anyone can send X-Forwarded-For, so it is believed only from those.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    AppConfig config;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        List<IpRange> proxies = config.proxies();
        if (proxies.isEmpty() || !isProxy(peer, proxies)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<InetAddress> address = IpRange.literal(hop);
            if (address.isEmpty()) {
                return peer;
            }
            if (proxies.stream().noneMatch(p -> p.contains(address.get()))) {
                return hop;
            }
        }
        return peer;
    }

    private static boolean isProxy(String peer, List<IpRange> proxies) {
        return IpRange.literal(peer).map(a -> proxies.stream().anyMatch(p -> p.contains(a))).orElse(false);
    }
}
