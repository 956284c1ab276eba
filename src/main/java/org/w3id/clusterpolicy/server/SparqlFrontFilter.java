package org.w3id.clusterpolicy.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.server.http.RdfFormat;
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * In front of the Fuseki query endpoint: a GET (or HEAD) of {@code /sparql} without a query is
 * answered with the SPARQL 1.1 Service Description, which Fuseki does not provide; every other
 * request goes on to Fuseki.
 */
final class SparqlFrontFilter implements Filter {
    private final ServedData data;
    private final Function<ServiceUrls, Graph> describe;

    SparqlFrontFilter(ServedData data, Function<ServiceUrls, Graph> describe) {
        this.data = data;
        this.describe = describe;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (read && path.equals("/sparql") && req.getParameter("query") == null) {
            String type = Http.negotiate(req, RdfFormat.mediaTypes(), RdfFormat.TURTLE.mediaType());
            if (type == null) {
                type = RdfFormat.TURTLE.mediaType();
            }
            Graph g = data.read(() -> describe.apply(Http.urls(req)));
            resp.setHeader("Vary", "Accept");
            Http.sendGraph(resp, g, RdfFormat.byMediaType(type).orElseThrow(), Prefixes.map(data.base()));
            return;
        }
        chain.doFilter(request, response);
    }
}
