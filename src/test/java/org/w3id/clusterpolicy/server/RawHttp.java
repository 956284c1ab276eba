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

    /** Bodies this large go with {@code Expect: 100-continue}, so a refusal comes before they are sent. */
    private static final int EXPECT_CONTINUE = 64 * 1024;

    static RawHttp send(int port, String method, String target, Map<String, String> headers, String body) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            // the Host header a caller gives stands for the default one (a proxy's, say)
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + headers.getOrDefault("Host", "localhost:" + port)
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> {
                if (!k.equals("Host")) {
                    req.append(k).append(": ").append(v).append("\r\n");
                }
            });
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            boolean expect = content.length > EXPECT_CONTINUE;
            if (body != null) {
                req.append("Content-Length: ").append(content.length).append("\r\n");
            }
            if (expect) {
                req.append("Expect: 100-continue\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (expect) {
                String head = readHead(in);
                if (!head.startsWith("HTTP/1.1 100")) {
                    return parse(head, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            out.write(content);
            out.flush();
            String head = readHead(in);
            return parse(head, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + ": " + e, e);
        }
    }

    /** The status line and headers, up to the empty line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                return sb.substring(0, sb.length() - 4);
            }
        }
        return sb.toString();
    }

    private static RawHttp parse(String head, String body) {
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        String statusLine = lines.remove(0);
        return new RawHttp(Integer.parseInt(statusLine.split(" ")[1]), lines, body);
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
