package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP/1.1 request sent byte for byte as written (no client tidies the path, the method or the
 * headers), and the response as it came: status, header lines, body. For the requests an attacker
 * would write by hand.
 */
record RawHttp(int status, List<String> headerLines, String body) {

    static RawHttp send(int port, String method, String target, Map<String, String> headers, String body) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                req.append("Content-Length: ").append(content.length).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            String statusLine = lines.remove(0);
            return new RawHttp(Integer.parseInt(statusLine.split(" ")[1]), lines, end < 0 ? "" : all.substring(end + 4));
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + ": " + e, e);
        }
    }

    /** The value of a response header, or null. */
    String header(String name) {
        for (String l : headerLines) {
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).equalsIgnoreCase(name)) {
                return l.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
