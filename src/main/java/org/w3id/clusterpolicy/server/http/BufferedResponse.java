package org.w3id.clusterpolicy.server.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response kept in memory, status, headers and body, and sent (or thrown away) as a whole
 * later. Nothing reaches the client while it is being made: a query stopped half-way leaves no
 * partial result behind it, the whole body is there to cache, and the code that makes it may run
 * on another thread than the one that answers. The body is capped: past {@code maxBytes} a write
 * throws {@link TooLarge}.
 */
public final class BufferedResponse extends HttpServletResponseWrapper {
    /** Thrown by a write past the cap. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("the response is larger than " + max + " bytes");
        }
    }

    /** Called before each block is buffered: may throw to stop whoever writes. */
    @FunctionalInterface
    public interface WriteCheck {
        void check();
    }

    private final long maxBytes;
    private final WriteCheck check;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private volatile boolean overflowed;
    private int status = 200;
    private String contentType;
    private String encoding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    public BufferedResponse(HttpServletResponse response, long maxBytes, WriteCheck check) {
        super(response);
        this.maxBytes = maxBytes;
        this.check = check;
    }

    /** Whether a write went past the cap (a writer that swallows exceptions may hide it otherwise). */
    public boolean overflowed() {
        return overflowed;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    public Map<String, List<String>> headers() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** The content type as set, with its charset when one was set apart. */
    @Override
    public String getContentType() {
        if (contentType == null) {
            return null;
        }
        return encoding != null && !contentType.contains("charset") ? contentType + "; charset=" + encoding : contentType;
    }

    /** Sends what was buffered: status, headers, content type, length and body. */
    public void sendTo(HttpServletResponse target) throws IOException {
        byte[] bytes = body();
        target.setStatus(status);
        headers.forEach((name, values) -> values.forEach(v -> target.addHeader(name, v)));
        if (getContentType() != null) {
            target.setContentType(getContentType());
        }
        target.setContentLength(bytes.length);
        target.getOutputStream().write(bytes);
    }

    @Override public void setStatus(int sc) { status = sc; }
    @Override public int getStatus() { return status; }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        resetBuffer();
        status = sc;
        setContentType("text/plain; charset=utf-8");
        body.writeBytes(((msg == null ? "" : msg) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override public void sendError(int sc) throws IOException { sendError(sc, null); }

    @Override
    public void sendRedirect(String location) {
        status = 302;
        setHeader("Location", location);
    }

    @Override public void setHeader(String name, String value) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
        } else if (!"Content-Length".equalsIgnoreCase(name)) {
            headers.put(name, new ArrayList<>(List.of(value)));
        }
    }

    @Override public void addHeader(String name, String value) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
        } else if (!"Content-Length".equalsIgnoreCase(name)) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    @Override public void setIntHeader(String name, int value) { setHeader(name, Integer.toString(value)); }
    @Override public void addIntHeader(String name, int value) { addHeader(name, Integer.toString(value)); }
    @Override public void setDateHeader(String name, long date) { setHeader(name, httpDate(date)); }
    @Override public void addDateHeader(String name, long date) { addHeader(name, httpDate(date)); }
    private static String httpDate(long millis) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC));
    }

    @Override public boolean containsHeader(String name) { return headers.containsKey(name); }
    @Override public String getHeader(String name) { List<String> v = headers.get(name); return v == null || v.isEmpty() ? null : v.get(0); }
    @Override public Collection<String> getHeaders(String name) { return headers.getOrDefault(name, List.of()); }
    @Override public Collection<String> getHeaderNames() { return List.copyOf(headers.keySet()); }

    @Override
    public void setContentType(String type) {
        contentType = type;
        if (type != null) {
            int cs = type.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (cs >= 0) {
                encoding = type.substring(cs + 8).strip();
            }
        }
    }

    @Override public void setCharacterEncoding(String charset) { encoding = charset; }
    @Override public void setCharacterEncoding(Charset charset) { encoding = charset.name(); }
    @Override public String getCharacterEncoding() { return encoding != null ? encoding : "utf-8"; }
    @Override public void setContentLength(int len) {}
    @Override public void setContentLengthLong(long len) {}
    @Override public void setLocale(Locale loc) {}
    @Override public void setBufferSize(int size) {}
    @Override public int getBufferSize() { return (int) Math.min(Integer.MAX_VALUE, maxBytes); }
    @Override public void flushBuffer() {}
    @Override public boolean isCommitted() { return false; }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = 200;
        contentType = null;
        encoding = null;
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (status < 400) { // an error message is short and must get through
                        check.check();
                    }
                    if (body.size() + (long) len > maxBytes) {
                        overflowed = true;
                        throw new TooLarge(maxBytes);
                    }
                    body.write(b, off, len);
                }

                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException("a buffered response is written blocking"); }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())), false);
        }
        return writer;
    }
}
