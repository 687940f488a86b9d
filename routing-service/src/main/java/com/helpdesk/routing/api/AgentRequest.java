package com.helpdesk.routing.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.domain.CategoryPattern;

@Schema(description = "An agent's profile as supervisors set it; presence and load are kept apart.")
public record AgentRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty @Size(max = 20) @Schema(description = "ISO 639-1 codes, e.g. en, ru")
        Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String> languages,
        @NotNull @Size(max = 50) List<@Valid @NotNull SkillRequest> skills,
        @NotNull SupportLine line,
        @NotNull @Size(max = 20)
        Set<@NotNull @Pattern(regexp = TeamRequest.ID, message = "must be a team id like billing") String> teams,
        @NotNull @Min(0) @Max(1000) @Schema(description = "Most open tickets the agent works at once")
        Integer capacity,
        @Size(max = 6) @Schema(description = "Optional limits per channel within capacity, e.g. {\"email\": 6, \"chat\": 2}; "
                + "channels not named are bounded by capacity alone", examples = "{\"email\": 6, \"chat\": 2}")
        Map<@NotNull @Pattern(regexp = CHANNEL, message = "must be a channel: api, web, email, chat, phone or social") String,
                @NotNull @Min(0) @Max(1000) Integer> channelCapacity) {

    static final String CHANNEL = "api|web|email|chat|phone|social";

    /** The limits per channel; none if the request gave none. */
    Map<Channel, Integer> channelLimits() {
        Map<Channel, Integer> limits = new EnumMap<>(Channel.class);
        if (channelCapacity != null) {
            channelCapacity.forEach((channel, limit) -> limits.put(Channel.valueOf(channel.toUpperCase(Locale.ROOT)), limit));
        }
        return limits;
    }

    @Schema(description = "Categories the agent handles and how well")
    public record SkillRequest(
            @NotNull @Pattern(regexp = CategoryPattern.SYNTAX, message = "must look like billing.* or it.access")
            @Schema(examples = "billing.*") String categories,
            @NotNull @Min(1) @Max(5) @Schema(description = "1 (follows a script) to 5 (the expert)") Integer proficiency) {
    }
}
