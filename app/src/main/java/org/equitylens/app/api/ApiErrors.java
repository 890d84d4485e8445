package org.equitylens.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.equitylens.app.project.ProjectApiController;
import org.equitylens.app.security.SessionController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API answers a missing (or another organisation's) resource, like its refusals, with RFC 9457
 * problem details rather than an HTML error page. Pages keep their own error pages.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, ProjectApiController.class, SessionController.class})
class ApiErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request) {
        HttpStatusCode status = e.getStatusCode();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.value() == 404
                ? "There is no such resource in your organisation." : e.getReason());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).header("Cache-Control", "no-store").body(problem);
    }
}
