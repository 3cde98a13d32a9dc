package th.wastebank.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.api.Problem;
import th.wastebank.server.api.Readers;

/**
 * Every page is whole before its first byte is sent. The views filter hands Netty a template that
 * renders while it is written, after the status and headers are out: a template that throws then
 * left the browser waiting on half a page. Here, just outside the views filter, the page is rendered
 * into memory first; a failing template becomes the complete Thai error page with 500, and its
 * cause is logged. An error the framework answered itself (no such page, wrong method, an
 * unexpected failure) becomes the Thai error page too when a browser asked, instead of a problem
 * document. Both run on the blocking pool (a page may be big; the error page looks up the session),
 * and every other answer passes untouched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RenderedPages implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(RenderedPages.class);

    private final ErrorPages errors;
    private final ExecutorService blocking;

    public RenderedPages(ErrorPages errors, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.errors = errors;
        this.blocking = blocking;
    }

    /** Outside the views filter: the response arrives here with the template still to be rendered. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    @ResponseFilter
    public CompletableFuture<MutableHttpResponse<?>> whole(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Object body = response.body();
        if (body instanceof Writable page) {
            return CompletableFuture.supplyAsync(() -> rendered(request, response, page), blocking);
        }
        if (body instanceof Problem && response.code() >= 400 && request.getMethod() != HttpMethod.HEAD
                && Readers.wantsPage(request)) {
            return CompletableFuture.supplyAsync(() -> errorPage(request, response), blocking);
        }
        return CompletableFuture.completedFuture(response);
    }

    private MutableHttpResponse<?> rendered(HttpRequest<?> request, MutableHttpResponse<?> response, Writable page) {
        ByteArrayOutputStream html = new ByteArrayOutputStream(32 * 1024);
        try {
            page.writeTo(html, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.error("The page for {} {} could not be rendered; the error page is sent instead", request.getMethod(),
                    request.getPath(), e);
            return errors.page(request, HttpStatus.INTERNAL_SERVER_ERROR, ErrorPages.messageKey(HttpStatus.INTERNAL_SERVER_ERROR));
        }
        return response.body(html.toByteArray());
    }

    private MutableHttpResponse<?> errorPage(HttpRequest<?> request, MutableHttpResponse<?> problem) {
        MutableHttpResponse<String> page = errors.page(request, problem.status(), ErrorPages.messageKey(problem.status()));
        // a wrong method keeps saying which ones are allowed
        problem.getHeaders().getFirst("Allow").ifPresent(allow -> page.header("Allow", allow));
        return page;
    }
}
