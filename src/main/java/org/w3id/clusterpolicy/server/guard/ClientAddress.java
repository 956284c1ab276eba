package org.w3id.clusterpolicy.server.guard;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for fair shares: the remote address, or, behind a proxy the operator
 * trusts, the first hop of {@code X-Forwarded-For} (the client the proxy saw). Without a trusted
 * proxy the header is ignored: anyone can send it.
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static String of(HttpServletRequest req, boolean trustProxy) {
        if (trustProxy) {
            String forwarded = req.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",")[0].strip();
                if (!first.isEmpty() && first.length() <= 64) {
                    return first;
                }
            }
        }
        return req.getRemoteAddr();
    }
}
