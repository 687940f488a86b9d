package com.helpdesk.routing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.helpdesk.events.routing.CandidateScore;

/**
 * Chooses an agent for a ticket. Candidates are online agents of the ticket's line and team, speaking
 * its language, with a skill covering its category (or, once the ticket waited long, a related skill or
 * none — see {@link SkillReach}) and free capacity, overall and for the ticket's channel. Among them the best skill match
 * wins, then the lowest load ratio, then the longest idle — so equally able agents share the work evenly
 * and in turn. Ties left after that go to the lowest agent id, so every instance decides alike.
 */
public final class Router {

    /** Best first: skill, then load, then idle time, then id. */
    static final Comparator<Candidate> RANKING = Comparator
            .comparingDouble(Candidate::skillScore).reversed()
            .thenComparingDouble(candidate -> candidate.agent().loadRatio())
            .thenComparing(candidate -> candidate.agent().idleSince(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(candidate -> candidate.agent().id());

    private final int reportedCandidates;

    /** @param reportedCandidates how many candidates a decision keeps as its reasons (the best ones) */
    public Router(int reportedCandidates) {
        if (reportedCandidates < 1) {
            throw new IllegalArgumentException("reportedCandidates must be at least 1: " + reportedCandidates);
        }
        this.reportedCandidates = reportedCandidates;
    }

    public RoutingDecision decide(TicketToRoute ticket, Collection<Agent> agents) {
        List<Candidate> considered = agents.stream().map(agent -> Candidate.of(ticket, agent)).toList();
        List<Candidate> eligible = considered.stream().filter(Candidate::eligible).sorted(RANKING).toList();
        if (eligible.isEmpty()) {
            return new RoutingDecision.Queue(report(considered, eligible, null),
                    considered.isEmpty() ? "no agent of line " + ticket.line() + teamClause(ticket) + " is available"
                            : "none of " + considered.size() + " agents can take it now");
        }
        Candidate winner = eligible.get(0);
        String why = eligible.size() == 1 ? "the only eligible agent" : whyBetter(winner, eligible.get(1));
        String widened = ticket.reach() == SkillReach.EXACT ? ""
                : " (waited long: candidates widened to " + ticket.reach().name().toLowerCase(Locale.ROOT) + ")";
        return new RoutingDecision.Assign(winner.agent().id(), report(considered, eligible, why),
                winner.agent().id() + ": " + why + widened);
    }

    /** The best candidates in rank order, then the ineligible ones with why, up to the reporting limit. */
    private List<CandidateScore> report(List<Candidate> considered, List<Candidate> eligible, String winnerNote) {
        List<CandidateScore> scores = new ArrayList<>();
        Stream.concat(eligible.stream(), considered.stream().filter(candidate -> !candidate.eligible()))
                .limit(reportedCandidates)
                .forEach(candidate -> scores.add(candidate.score(scores.isEmpty() && winnerNote != null
                        ? "winner: " + winnerNote : candidate.note())));
        return scores;
    }

    /** Names the first ranking criterion that separated the winner from the runner-up. */
    private static String whyBetter(Candidate winner, Candidate runnerUp) {
        Agent best = winner.agent();
        Agent next = runnerUp.agent();
        if (winner.skillScore() != runnerUp.skillScore()) {
            return "best skill match (%.2f over %.2f)".formatted(winner.skillScore(), runnerUp.skillScore());
        }
        if (best.loadRatio() != next.loadRatio()) {
            return "lowest load (%d/%d over %d/%d)".formatted(best.openTickets(), best.capacity(),
                    next.openTickets(), next.capacity());
        }
        if (!Optional.ofNullable(best.idleSince()).equals(Optional.ofNullable(next.idleSince()))) {
            return "longest idle (since " + (best.idleSince() == null ? "never assigned" : best.idleSince()) + ")";
        }
        return "tie on skill, load and idle time, broken by agent id";
    }

    private static String teamClause(TicketToRoute ticket) {
        return ticket.team() == null ? "" : " in team " + ticket.team();
    }

    /** One agent weighed against one ticket. */
    record Candidate(Agent agent, double skillScore, String note) {

        boolean eligible() {
            return note == null;
        }

        CandidateScore score(String reportedNote) {
            return new CandidateScore(agent.id(), skillScore, agent.loadRatio(), agent.idleSince(), eligible(),
                    reportedNote);
        }

        static Candidate of(TicketToRoute ticket, Agent agent) {
            if (ticket.category() == null) {
                return new Candidate(agent, 0.0, whyNot(ticket, agent, true));
            }
            Optional<Skill> exact = agent.skillFor(ticket.category());
            if (exact.isPresent()) {
                return new Candidate(agent, score(exact.get()), whyNot(ticket, agent, true));
            }
            Optional<Skill> related = agent.relatedSkillFor(ticket.category());
            if (related.isPresent() && ticket.reach() != SkillReach.EXACT) {
                return new Candidate(agent, score(related.get()) / 2, whyNot(ticket, agent, true));
            }
            return new Candidate(agent, 0.0, whyNot(ticket, agent, ticket.reach() == SkillReach.ANYONE));
        }

        private static double score(Skill skill) {
            return (double) skill.proficiency() / Skill.MAX_PROFICIENCY;
        }

        /** Why the agent cannot take the ticket; {@code null} if they can. */
        private static String whyNot(TicketToRoute ticket, Agent agent, boolean skilled) {
            if (agent.line() != ticket.line()) {
                return "works line " + agent.line() + ", ticket needs " + ticket.line();
            }
            if (ticket.team() != null && !agent.teams().contains(ticket.team())) {
                return "not in team " + ticket.team();
            }
            if (agent.presence() != Presence.ONLINE) {
                return agent.presence().name().toLowerCase(Locale.ROOT);
            }
            if (!agent.hasFreeCapacity()) {
                return "at capacity (" + agent.openTickets() + "/" + agent.capacity() + ")";
            }
            if (!agent.channels().hasRoomFor(ticket.channel())) {
                return "at capacity for " + ticket.channel().name().toLowerCase(Locale.ROOT) + " ("
                        + agent.channels().open(ticket.channel()) + "/" + agent.channels().limits().get(ticket.channel()) + ")";
            }
            if (ticket.language() != null && !agent.languages().contains(ticket.language())) {
                return "does not speak " + ticket.language();
            }
            if (!skilled) {
                return "no skill covering " + ticket.category()
                        + (ticket.reach() == SkillReach.RELATED ? " nor its area" : "");
            }
            return null;
        }
    }
}
