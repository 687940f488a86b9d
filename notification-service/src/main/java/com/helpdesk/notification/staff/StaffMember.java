package com.helpdesk.notification.staff;

import com.helpdesk.notification.domain.Language;

/**
 * A member of staff as the directory knows them.
 *
 * @param id       the Keycloak user id, which events name as agent id
 * @param email    a deliverable address
 * @param name     how to greet them (first name, else full name, else user name), on one line
 * @param fullName first and last name (else user name), on one line, for mails to others about them
 * @param language from the standard user attribute {@code locale}; English without it
 */
public record StaffMember(String id, String email, String name, String fullName, Language language) {
}
