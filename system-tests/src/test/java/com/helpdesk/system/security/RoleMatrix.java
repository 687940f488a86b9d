package com.helpdesk.system.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.helpdesk.system.stack.Role;

/** {@code role-matrix.txt}: one row per endpoint, a column per {@link Role}, then an optional body. */
final class RoleMatrix {

    /** What {@code RoleMatrixTest} records for a call that had not answered yet when it stopped waiting. */
    static final int STILL_WORKING = 0;
    private static final int FIXED_COLUMNS = 3;

    private RoleMatrix() {
    }

    static List<Row> load() {
        try (InputStream in = RoleMatrix.class.getResourceAsStream("/role-matrix.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(RoleMatrix::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code ok} lets any answer through that is not a refusal (401, 403, 404) nor a server error, and a call
     * still working ({@link #STILL_WORKING}).
     */
    static boolean matches(String expected, int status) {
        if (expected.equals("ok")) {
            return status < 500 && status != 401 && status != 403 && status != 404;
        }
        return Integer.parseInt(expected) == status;
    }

    private static Row row(String line) {
        String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        int roles = Role.values().length;
        if (cells.length != FIXED_COLUMNS + roles + 1) {
            throw new IllegalArgumentException("role-matrix.txt: expected " + (FIXED_COLUMNS + roles + 1) + " cells in: " + line);
        }
        String body = cells[FIXED_COLUMNS + roles];
        return new Row(Integer.parseInt(cells[0]), cells[1], cells[2],
                List.of(cells).subList(FIXED_COLUMNS, FIXED_COLUMNS + roles),
                body.isEmpty() ? Optional.empty() : Optional.of(body));
    }
}
