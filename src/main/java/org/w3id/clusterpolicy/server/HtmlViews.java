package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;

/** The HTML pages of the service, rendered in the language the request asks for. */
interface HtmlViews {
    String home(HttpServletRequest req);

    /** The page of a resource the graph holds. */
    String resource(HttpServletRequest req, Node resource);

    String ontology(HttpServletRequest req);

    String downloads(HttpServletRequest req);

    String error(HttpServletRequest req, int status, String message);
}
