package com.helpdesk.sla.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.sla.domain.PolicyMatch;
import com.helpdesk.sla.domain.SlaPolicy;

/** An SLA policy on the wire. */
public final class PolicyJson {

    /** A year of minutes: anything longer is a typo, not a service level. */
    private static final long MAX_MINUTES = 366L * 24 * 60;

    private PolicyJson() {
    }

    @Schema(name = "PolicyRequest", description = "A new policy, or the next version of one. Targets are business minutes; leave one out not to measure it.")
    public record Request(
            @NotBlank @Size(max = 200) String name,
            @Valid @Schema(description = "Which tickets it is for; absent criteria match anything") Match match,
            @Positive @Max(MAX_MINUTES) @Schema(example = "240") Long firstResponseMinutes,
            @Positive @Max(MAX_MINUTES) @Schema(example = "480") Long nextResponseMinutes,
            @Positive @Max(MAX_MINUTES) @Schema(example = "2400") Long resolutionMinutes,
            @NotBlank @Size(max = 64) @Schema(example = "ru-moscow-2026") String calendarId,
            @Min(1) @Max(99) @Schema(defaultValue = "80") Integer warningPercent) {

        SlaPolicy toDomain(UUID id, int version) {
            return new SlaPolicy(id, version, name, match == null ? PolicyMatch.ANY : match.toDomain(),
                    firstResponseMinutes, nextResponseMinutes, resolutionMinutes, calendarId,
                    warningPercent == null ? SlaPolicy.DEFAULT_WARNING_PERCENT : warningPercent);
        }

        boolean measuresNothing() {
            return firstResponseMinutes == null && nextResponseMinutes == null && resolutionMinutes == null;
        }
    }

    @Schema(name = "PolicyMatch", description = "The most specific matching policy wins: more criteria, then a deeper category")
    public record Match(
            Priority priority,
            CustomerTier tier,
            @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(\\.[a-z0-9-]+)*", message = "must look like it or it.access")
            String categoryPrefix,
            Channel channel,
            @Size(max = 100) String team,
            @Schema(description = "true: only tickets whose requester's support entitlement had ended") Boolean entitlementExpired) {

        PolicyMatch toDomain() {
            return new PolicyMatch(priority, tier, categoryPrefix, channel, team, entitlementExpired);
        }

        static Match of(PolicyMatch match) {
            return new Match(match.priority(), match.tier(), match.categoryPrefix(), match.channel(), match.team(),
                    match.entitlementExpired());
        }
    }

    @Schema(name = "Policy")
    public record View(UUID id, int version, String name, boolean builtIn, Match match, Long firstResponseMinutes,
            Long nextResponseMinutes, Long resolutionMinutes, String calendarId, int warningPercent) {

        static View of(SlaPolicy policy) {
            return new View(policy.id(), policy.version(), policy.name(), policy.id().equals(SlaPolicy.DEFAULT.id()),
                    Match.of(policy.match()), policy.firstResponseMinutes(), policy.nextResponseMinutes(),
                    policy.resolutionMinutes(), policy.calendarId(), policy.warningPercent());
        }
    }
}
