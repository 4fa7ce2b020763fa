package io.deskpulse.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers what no API endpoint takes (404, or 405 for a wrong method) with a problem detail.
 * Without it, such a request would end at the Vaadin app, which answers with its page or a redirect
 * to its login.
 */
@RestController
class UnknownEndpoints {

    private static final String EVERYTHING = ApiPaths.ROOT + "/**";

    private final RequestMappingHandlerMapping mappings;

    UnknownEndpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(EVERYTHING)
    ResponseEntity<byte[]> answer(HttpServletRequest request) {
        Set<String> allowed = methodsAllowedAt(request.getRequestURI());
        if (allowed.isEmpty()) {
            return new Problem(ProblemType.NOT_FOUND, "There is no endpoint " + request.getRequestURI()
                    + ": the endpoints are described at " + ApiPaths.OPENAPI + ".").toResponse();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setAllow(allowed.stream().map(HttpMethod::valueOf).collect(Collectors.toSet()));
        return new Problem(ProblemType.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on "
                + request.getRequestURI() + ", only " + String.join(", ", allowed) + ".").toResponse(headers);
    }

    private Set<String> methodsAllowedAt(String path) {
        PathContainer requested = PathContainer.parsePath(path);
        Set<String> allowed = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<PathPattern> patterns = mapping.getPathPatternsCondition() == null
                    ? Set.of() : mapping.getPathPatternsCondition().getPatterns();
            if (patterns.stream().anyMatch(pattern -> !pattern.getPatternString().equals(EVERYTHING)
                    && pattern.matches(requested))) {
                mapping.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(allowed::add);
            }
        }
        return allowed;
    }
}
