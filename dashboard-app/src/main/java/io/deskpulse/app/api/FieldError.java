package io.deskpulse.app.api;

/** One bad field of a request: a JSON Pointer into the body ({@code /priority}, {@code /3/priority}) and why. */
public record FieldError(String pointer, String detail) {}
