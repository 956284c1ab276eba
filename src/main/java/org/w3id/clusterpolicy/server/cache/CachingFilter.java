package org.w3id.clusterpolicy.server.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.clusterpolicy.server.http.BufferedResponse;

/**
 * Puts a route behind the {@link ResponseCache}: GET and HEAD are answered from it when they can
 * be, otherwise the route makes the answer into a buffer, which is kept and sent with its ETag.
 * A route opts in with one line in the server builder ({@code .addFilter(path, cachingFilter)}).
 */
public final class CachingFilter implements Filter {
    private final ResponseCache cache;
    private final long maxBytes;

    public CachingFilter(ResponseCache cache, long maxBytes) {
        this.cache = cache;
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = cache.key(req, null);
        if (cache.answer(req, resp, key)) {
            return;
        }
        BufferedResponse made = new BufferedResponse(resp, maxBytes, () -> {});
        chain.doFilter(req, made);
        cache.keepAndSend(req, resp, key, made);
    }
}
