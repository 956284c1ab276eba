package org.w3id.clusterpolicy.store;

import java.io.Closeable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client the service talks to a remote store with: Jena's SPARQL client sends through it,
 * and it looks at each answer before Jena reads it. An error status, a redirect (never followed: a
 * query goes only where the operator said), a refused connection or a timeout become a
 * {@link RemoteStoreException} in our words; so does an answer the store cut short at its own row
 * limit, which Virtuoso marks with the header {@code X-SPARQL-MaxRows} and still sends as a 200.
 */
final class CheckedHttpClient extends HttpClient {
    /** Virtuoso's mark of a result cut at its {@code ResultSetMaxRows}. */
    static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";

    private final HttpClient delegate;

    CheckedHttpClient(Duration connectTimeout) {
        this.delegate = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // Virtuoso 7 answers an HTTP/2 upgrade request badly; every store speaks 1.1.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        try {
            return checked(delegate.send(request, handler));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler).handle(CheckedHttpClient::outcome);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(request, handler, push).handle(CheckedHttpClient::outcome);
    }

    private static <T> HttpResponse<T> outcome(HttpResponse<T> response, Throwable failed) {
        if (failed != null) {
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
            throw cause instanceof IOException io ? failure(io) : new CompletionException(cause);
        }
        return checked(response);
    }

    private static <T> HttpResponse<T> checked(HttpResponse<T> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300 && response.headers().firstValue(MAX_ROWS_HEADER).isEmpty()) {
            return response;
        }
        discard(response.body());
        if (status >= 200 && status < 300) {
            String max = response.headers().firstValue(MAX_ROWS_HEADER).orElse("?");
            throw new RemoteStoreException(RemoteStoreException.Kind.CUT_SHORT, "the store behind this service returns at most " + max
                    + " rows of a result and cut this one short; ask for fewer with LIMIT and OFFSET");
        }
        throw new RemoteStoreException(RemoteStoreException.Kind.REFUSED, "the store behind this service answered HTTP " + status
                + (status >= 300 && status < 400 ? " (a redirect, which is not followed)" : ""));
    }

    private static RemoteStoreException failure(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return new RemoteStoreException(RemoteStoreException.Kind.UNREACHABLE, "the store behind this service cannot be reached");
        }
        if (e instanceof HttpTimeoutException) {
            return new RemoteStoreException(RemoteStoreException.Kind.TIMEOUT, "the store behind this service did not answer in time");
        }
        return new RemoteStoreException(RemoteStoreException.Kind.UNREACHABLE, "the connection to the store behind this service failed");
    }

    private static void discard(Object body) {
        if (body instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the answer is refused either way
            }
        }
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
    @Override public void shutdownNow() { delegate.shutdownNow(); }
    @Override public void close() { delegate.close(); }
}
