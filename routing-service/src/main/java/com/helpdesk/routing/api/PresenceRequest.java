package com.helpdesk.routing.api;

import jakarta.validation.constraints.NotNull;

import com.helpdesk.routing.domain.Presence;

public record PresenceRequest(@NotNull Presence presence) {
}
