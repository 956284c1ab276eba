package org.w3id.clusterpolicy.describe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.Parameter;

/**
 * An OpenAPI 3.1 description of the service's HTTP API, generated from the query catalogue: one
 * path per canned query with its typed parameters, the catalogue, the SPARQL endpoint, the
 * downloads and the health check.
 */
public final class OpenApiDescription {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RESULT_TYPES = List.of("application/sparql-results+json", "application/sparql-results+xml",
            "text/csv", "text/tab-separated-values");

    private OpenApiDescription() {}

    /**
     * @param statuses the notations a {@code status} parameter accepts
     * @param downloads the file names under {@code /download/}
     */
    public static ObjectNode describe(List<CannedQuery> queries, ServiceUrls urls, String version,
                                      Map<String, String> statuses, List<String> downloads) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Cluster Policy KG");
        info.put("version", version);
        info.put("description", "Canned SPARQL queries over a knowledge graph of European national cluster policies. "
                + "Every query also runs as /api/queries/{name}.csv, .tsv, .json or .xml; without a suffix the Accept header "
                + "chooses the format, JSON by default.");
        info.putObject("license").put("name", "CC BY 4.0").put("identifier", "CC-BY-4.0");
        root.putArray("servers").addObject().put("url", urls.base());
        ObjectNode paths = root.putObject("paths");

        ObjectNode list = paths.putObject("/api/queries").putObject("get");
        list.put("operationId", "listQueries");
        list.put("summary", "The catalogue of canned queries");
        list.putObject("responses").putObject("200").put("description", "every canned query with its parameters and URL")
                .putObject("content").putObject("application/json").putObject("schema")
                .put("type", "array").putObject("items").put("$ref", "#/components/schemas/CannedQuery");

        for (CannedQuery q : queries) {
            ObjectNode get = paths.putObject("/api/queries/" + q.name()).putObject("get");
            get.put("operationId", operationId(q.name()));
            get.put("summary", q.title());
            get.put("description", q.description() + " Columns: " + String.join(", ", q.columns()) + ".");
            get.putArray("tags").add("canned queries");
            ArrayNode params = get.putArray("parameters");
            for (Parameter p : q.parameters()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.name());
                pn.put("in", "query");
                pn.put("required", p.required());
                if (p.description() != null) {
                    pn.put("description", p.description());
                }
                pn.set("schema", schema(p, statuses));
                if (p.example() != null) {
                    pn.put("example", p.example());
                }
            }
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", "the rows, in the W3C SPARQL 1.1 result format asked for");
            ObjectNode content = ok.putObject("content");
            for (String type : RESULT_TYPES) {
                ObjectNode schema = content.putObject(type).putObject("schema");
                if (type.endsWith("+json")) {
                    schema.put("$ref", "#/components/schemas/SparqlResults");
                } else {
                    schema.put("type", "string");
                }
            }
            responses.putObject("400").put("$ref", "#/components/responses/BadParameter");
            responses.putObject("503").put("$ref", "#/components/responses/Timeout");
        }

        ObjectNode sparql = paths.putObject("/sparql").putObject("get");
        sparql.put("operationId", "sparql");
        sparql.put("summary", "SPARQL 1.1 query endpoint (read-only); without a query, the SPARQL Service Description");
        sparql.putArray("parameters").addObject().put("name", "query").put("in", "query").put("required", false)
                .put("description", "a SPARQL 1.1 query").putObject("schema").put("type", "string");
        ObjectNode sparqlOk = sparql.putObject("responses").putObject("200");
        sparqlOk.put("description", "query results, or the service description");
        ObjectNode sparqlContent = sparqlOk.putObject("content");
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")) {
            sparqlContent.putObject(type).putObject("schema").put("type", "string");
        }

        ObjectNode download = paths.putObject("/download/{file}").putObject("get");
        download.put("operationId", "download");
        download.put("summary", "A dump of the whole graph");
        ObjectNode fileParam = download.putArray("parameters").addObject();
        fileParam.put("name", "file").put("in", "path").put("required", true);
        ArrayNode files = fileParam.putObject("schema").put("type", "string").putArray("enum");
        downloads.forEach(files::add);
        ObjectNode dResponses = download.putObject("responses");
        dResponses.putObject("200").put("description", "the file");
        dResponses.putObject("304").put("description", "not modified since the If-None-Match / If-Modified-Since given");
        dResponses.putObject("404").put("description", "no such file");

        ObjectNode health = paths.putObject("/health").putObject("get");
        health.put("operationId", "health");
        health.put("summary", "Whether the service is up");
        health.putObject("responses").putObject("200").put("description", "a tiny JSON status")
                .putObject("content").putObject("application/json").putObject("schema").put("type", "object");

        components(root.putObject("components"));
        return root;
    }

    private static ObjectNode schema(Parameter p, Map<String, String> statuses) {
        ObjectNode s = JSON.createObjectNode();
        switch (p.type()) {
            case YEAR -> s.put("type", "integer").put("minimum", 1000).put("maximum", 2999);
            case LANGUAGE -> {
                s.put("type", "string");
                ArrayNode e = s.putArray("enum");
                LanguageRegistry.listedCodes().forEach(e::add);
            }
            case STATUS -> {
                s.put("type", "string");
                ArrayNode e = s.putArray("enum");
                statuses.keySet().forEach(e::add);
            }
            case IRI -> s.put("type", "string").put("format", "uri");
            case COUNTRY -> s.put("type", "string")
                    .put("description", "ISO 3166-1 alpha-2 or alpha-3 code, or country authority IRI");
            case STRING -> s.put("type", "string");
        }
        if (p.defaultValue() != null) {
            if (p.type() == org.w3id.clusterpolicy.query.ParameterType.YEAR) {
                s.put("default", Integer.parseInt(p.defaultValue()));
            } else {
                s.put("default", p.defaultValue());
            }
        }
        return s;
    }

    private static void components(ObjectNode c) {
        ObjectNode schemas = c.putObject("schemas");
        ObjectNode canned = schemas.putObject("CannedQuery");
        canned.put("type", "object");
        ObjectNode props = canned.putObject("properties");
        for (String f : List.of("name", "title", "description", "url")) {
            props.putObject(f).put("type", "string");
        }
        props.putObject("columns").put("type", "array").putObject("items").put("type", "string");
        props.putObject("parameters").put("type", "array").putObject("items").put("type", "object");
        ObjectNode results = schemas.putObject("SparqlResults");
        results.put("type", "object");
        results.put("description", "W3C SPARQL 1.1 Query Results JSON Format");
        ObjectNode rp = results.putObject("properties");
        rp.putObject("head").put("type", "object");
        rp.putObject("results").put("type", "object");
        ObjectNode problem = schemas.putObject("Problem");
        problem.put("type", "object");
        ObjectNode pp = problem.putObject("properties");
        pp.putObject("status").put("type", "integer");
        pp.putObject("error").put("type", "string");
        pp.putObject("parameter").putArray("type").add("string").add("null");
        ObjectNode responses = c.putObject("responses");
        responses.putObject("BadParameter").put("description", "a parameter is missing, unknown or of the wrong type; the body names it")
                .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        responses.putObject("Timeout").put("description", "the query ran past the service's timeout")
                .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Problem");
    }

    private static String operationId(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : name.toCharArray()) {
            if (ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
