package org.clinicdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's output layer, the only code that writes to the terminal: plain lines for people, exactly one
 * JSON document for scripts ({@code --json}), notes for people on stderr so they never mix into stdout.
 */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final PrintWriter err;

    private Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static Output of(CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void json(Object document) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the JSON output", e);
        }
        out.flush();
    }

    /** A remark for the person at the terminal (a likely duplicate, a changed setting): stderr, never stdout. */
    void note(String text) {
        err.println(text);
        err.flush();
    }
}
