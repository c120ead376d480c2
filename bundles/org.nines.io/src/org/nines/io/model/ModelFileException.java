package org.nines.io.model;

import java.util.List;

/**
 * A model file could not be read. Each message has the form {@code file:line: element: problem} and is meant for the
 * user as it is; {@link #getMessage()} joins them with line breaks.
 */
public class ModelFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;

    public ModelFileException(List<String> messages, Throwable cause) {
        super(String.join(System.lineSeparator(), messages), cause);
        this.messages = List.copyOf(messages);
    }

    public ModelFileException(String message) {
        this(List.of(message), null);
    }

    /** @return one line per problem, in file order */
    public List<String> messages() {
        return messages;
    }
}
