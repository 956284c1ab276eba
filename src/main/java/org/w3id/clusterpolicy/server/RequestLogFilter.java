package org.w3id.clusterpolicy.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per request: method, path (with query string), status, time taken. */
final class RequestLogFilter implements Filter {
    static final Logger LOG = LoggerFactory.getLogger("cluster-policy-kg.requests");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        HttpServletRequest req = (HttpServletRequest) request;
        try {
            chain.doFilter(request, response);
        } finally {
            String q = req.getQueryString();
            String path = req.getRequestURI() + (q == null ? "" : "?" + (q.length() > 200 ? q.substring(0, 200) + "…" : q));
            LOG.info("{} {} {} {} ms", req.getMethod(), path, ((HttpServletResponse) response).getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
