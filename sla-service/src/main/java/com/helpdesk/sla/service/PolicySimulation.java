package com.helpdesk.sla.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.sla.domain.SlaPolicy;
import com.helpdesk.sla.domain.WhatIf;
import com.helpdesk.sla.domain.WhatIf.Outcome;
import com.helpdesk.sla.store.ClockStore;
import com.helpdesk.sla.store.RuleStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What-if: the tickets following a policy, judged under their current version and under a draft. Reads only;
 * nothing is stored or published.
 */
@ApplicationScoped
public class PolicySimulation {

    /** Bounds one simulation's work; the newest clocks are judged first. */
    static final int MAX_CLOCKS = 5_000;
    /** Bounds the answer's size: the tickets whose outcome would change, newest first. */
    static final int MAX_CHANGES = 200;

    private final ClockStore clocks;
    private final RuleStore rules;

    PolicySimulation(ClockStore clocks, RuleStore rules) {
        this.clocks = clocks;
        this.rules = rules;
    }

    public record Tally(SlaTarget target, Map<Outcome, Integer> current, Map<Outcome, Integer> draft) {
    }

    public record Change(UUID ticketId, SlaTarget target, WhatIf.Verdict current, WhatIf.Verdict draft) {
    }

    public record Result(UUID policyId, int clocks, List<Tally> targets, List<Change> changes) {
    }

    public Uni<Result> simulate(UUID policyId, SlaPolicy draft, Instant closedSince) {
        Instant now = Instant.now();
        return Panache.withSession(() -> requireFollowable(policyId)
                .chain(() -> rules.current())
                .chain(current -> clocks.followingPolicy(policyId, closedSince, MAX_CLOCKS).map(following -> {
                    Map<SlaTarget, Tally> tallies = new EnumMap<>(SlaTarget.class);
                    List<Change> changes = new ArrayList<>();
                    following.forEach(stored -> stored.clock().targets().values().forEach(target -> {
                        var calendar = current.calendar(stored.clock().calendar().id());
                        var asIs = WhatIf.judge(target, target.allowed(), now, calendar);
                        var asDraft = WhatIf.judge(target, draft.allowed(target.target()), now, calendar);
                        Tally tally = tallies.computeIfAbsent(target.target(), key -> new Tally(key,
                                new EnumMap<>(Outcome.class), new EnumMap<>(Outcome.class)));
                        tally.current().merge(asIs.outcome(), 1, Integer::sum);
                        tally.draft().merge(asDraft.outcome(), 1, Integer::sum);
                        if (asIs.outcome() != asDraft.outcome() && changes.size() < MAX_CHANGES) {
                            changes.add(new Change(stored.ticketId(), target.target(), asIs, asDraft));
                        }
                    }));
                    return new Result(policyId, following.size(), List.copyOf(tallies.values()), changes);
                })));
    }

    private Uni<Void> requireFollowable(UUID policyId) {
        if (SlaPolicy.DEFAULT.id().equals(policyId)) {
            return Uni.createFrom().voidItem();
        }
        return rules.policy(policyId).invoke(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("Policy " + policyId);
            }
        }).replaceWithVoid();
    }
}
