package com.helpdesk.notification.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.helpdesk.notification.domain.EmailAddress;
import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailText;

/** The part of Keycloak's {@code UserRepresentation} the directory reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakUser(String id, String username, String email, String firstName, String lastName, Boolean enabled,
        Map<String, List<String>> attributes) {

    /** The values of a user attribute; none when Keycloak has none or does not show it to us. */
    List<String> attribute(String name) {
        return attributes == null ? List.of() : attributes.getOrDefault(name, List.of());
    }

    /** As a member of staff to write to; empty for a disabled user or one without a deliverable address. */
    Optional<StaffMember> asStaffMember() {
        if (Boolean.FALSE.equals(enabled) || email == null || !EmailAddress.isDeliverable(email.strip())) {
            return Optional.empty();
        }
        String full = MailText.singleLine(String.join(" ", present(firstName), present(lastName)));
        String fallback = MailText.singleLine(username);
        String greeting = present(firstName).isBlank() ? full : MailText.singleLine(firstName);
        return Optional.of(new StaffMember(id, email.strip(), greeting.isBlank() ? fallback : greeting,
                full.isBlank() ? fallback : full, Language.preferred(attribute("locale").toArray(String[]::new))));
    }

    private static String present(String text) {
        return text == null ? "" : text;
    }
}
