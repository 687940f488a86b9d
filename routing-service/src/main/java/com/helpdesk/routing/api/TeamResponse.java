package com.helpdesk.routing.api;

import java.util.List;

import com.helpdesk.routing.store.StoredTeam;

public record TeamResponse(String id, String name, List<String> categories) {

    static TeamResponse of(StoredTeam team) {
        return new TeamResponse(team.id, team.name, List.of(team.categories));
    }
}
