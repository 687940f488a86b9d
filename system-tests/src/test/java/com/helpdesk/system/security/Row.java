package com.helpdesk.system.security;

import java.util.List;
import java.util.Optional;

import com.helpdesk.system.stack.Role;

/** One endpoint of the role matrix: what each role, in {@link Role} order, must get, and the body to send. */
record Row(int port, String method, String path, List<String> expectations, Optional<String> body) {

    String expected(Role role) {
        return expectations.get(role.ordinal());
    }

    String endpoint() {
        return endpoint(port, method, path);
    }

    static String endpoint(int port, String method, String path) {
        return ":" + port + " " + method + " " + path;
    }
}
