package io.deskpulse.app.api;

/** Ends a request with a problem answer; thrown on the request thread or completing a future. */
public final class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    ApiProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
