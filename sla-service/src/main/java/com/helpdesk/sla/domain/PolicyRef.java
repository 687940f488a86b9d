package com.helpdesk.sla.domain;

import java.util.UUID;

/** Which version of a policy a clock follows. */
public record PolicyRef(UUID id, int version) {
}
