package org.equitylens.engine;

/**
 * A failure the user can act on. {@link Kind#REFUSED} means the input was refused (validation,
 * privacy, a duplicate file); {@link Kind#NOT_FOUND} a named dataset or area does not exist;
 * {@link Kind#FAILED} an I/O or database failure. Messages never carry row values.
 */
public class EngineException extends RuntimeException {

    public enum Kind { REFUSED, NOT_FOUND, FAILED }

    private final Kind kind;

    public EngineException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public EngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static EngineException refused(String message) {
        return new EngineException(Kind.REFUSED, message);
    }

    public static EngineException notFound(String message) {
        return new EngineException(Kind.NOT_FOUND, message);
    }

    public static EngineException failed(String message, Throwable cause) {
        return new EngineException(Kind.FAILED, message, cause);
    }
}
