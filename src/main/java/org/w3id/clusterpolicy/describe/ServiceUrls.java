package org.w3id.clusterpolicy.describe;

/**
 * The public addresses of a running service, all below {@code base} (for example
 * "http://localhost:3030"; no trailing slash). Descriptions are made per request, with the base the
 * request came to, so that a harvester gets addresses it can reach.
 */
public record ServiceUrls(String base) {
    public ServiceUrls {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String home() { return base + "/"; }
    public String sparql() { return base + "/sparql"; }
    public String download(String fileName) { return base + "/download/" + fileName; }
    public String downloads() { return base + "/download/"; }
    public String catalog() { return base + "/catalog"; }
    public String voidDescription() { return base + "/.well-known/void"; }
    public String openApi() { return base + "/api/openapi.json"; }
    public String queries() { return base + "/api/queries"; }
    public String query(String name) { return base + "/api/queries/" + name; }
    public String ontology() { return base + "/ontology"; }
    public String health() { return base + "/health"; }
}
