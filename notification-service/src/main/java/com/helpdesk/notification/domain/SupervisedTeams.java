package com.helpdesk.notification.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Which supervisors hear of a team's tickets. A supervisor's user attribute lists the teams they look after (several
 * values, or one value with commas, as an admin may type it); a supervisor without such a list looks after every
 * team, and a ticket that has no team yet concerns every supervisor: an SLA breach must reach someone.
 */
public final class SupervisedTeams {

    private SupervisedTeams() {
    }

    public static boolean covers(Collection<String> supervised, String team) {
        List<String> teams = supervised.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        return teams.isEmpty() || team == null || teams.stream().anyMatch(team.strip()::equalsIgnoreCase);
    }
}
