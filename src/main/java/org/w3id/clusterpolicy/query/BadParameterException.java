package org.w3id.clusterpolicy.query;

/** A canned-query parameter that is missing, unknown or of the wrong type; the message names it. */
public class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
