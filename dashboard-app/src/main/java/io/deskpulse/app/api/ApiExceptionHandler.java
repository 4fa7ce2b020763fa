package io.deskpulse.app.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of the API's endpoints becomes a problem detail, an unexpected one too (and is logged). */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<byte[]> problem(ApiProblem problem) {
        return problem.problem().toResponse();
    }

    @ExceptionHandler
    ResponseEntity<byte[]> unexpected(Exception e) {
        LOG.error("API request failed", e);
        return new Problem(ProblemType.INTERNAL_ERROR, "The request failed on the server; it is logged.").toResponse();
    }
}
