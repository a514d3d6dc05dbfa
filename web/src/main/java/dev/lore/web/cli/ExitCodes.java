package dev.lore.web.cli;

import dev.lore.index.IndexException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The one place where failures become exit codes: 0 success, 1 the command finished but some work failed,
 * 2 bad usage or invalid value, 3 a server, file or index was unavailable, 4 access denied.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;
    public static final int DENIED = 4;

    @Override
    public int getExitCode(Throwable exception) {
        return switch (exception) {
            case CommandLine.ParameterException e -> USAGE;
            case IllegalArgumentException e -> USAGE;
            case AccessDeniedException e -> DENIED;
            case IndexException e -> UNAVAILABLE;
            case IOException e -> UNAVAILABLE;
            case UncheckedIOException e -> UNAVAILABLE;
            case IllegalStateException e -> UNAVAILABLE;
            default -> FAILED;
        };
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText(
                "lore " + commandLine.getCommandName() + ": " + message(exception)));
        return getExitCode(exception);
    }

    private static String message(Throwable exception) {
        return exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
    }

    /** Thrown by commands when the server refused the credentials or the role. */
    public static final class AccessDeniedException extends RuntimeException {
        public AccessDeniedException(String message) {
            super(message);
        }
    }
}
