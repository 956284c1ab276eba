package org.w3id.clusterpolicy.source;

/**
 * A problem with an input the user gave: a file that is missing, empty, binary, not UTF-8, without
 * a recognisable country, an unknown language, an unwritable output folder. The message is one
 * line that names the input and the problem; the command line prints it as it is.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
