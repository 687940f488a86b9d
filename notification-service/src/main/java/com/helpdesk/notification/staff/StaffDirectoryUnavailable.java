package com.helpdesk.notification.staff;

/** The staff directory gave no answer (unreachable, too slow, or refused our credentials): try again later. */
public class StaffDirectoryUnavailable extends RuntimeException {

    StaffDirectoryUnavailable(Throwable cause) {
        super("staff directory: " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
