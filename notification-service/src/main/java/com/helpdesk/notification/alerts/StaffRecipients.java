package com.helpdesk.notification.alerts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.helpdesk.notification.staff.StaffMember;

/** Whom the directory named for one alert: its assignee (if known to it) and the supervisors concerned. */
record StaffRecipients(Optional<StaffMember> assignee, List<StaffMember> supervisors) {

    /** The assignee first, then the supervisors; one mail per address, so an assignee who supervises gets one. */
    List<StaffMember> distinct() {
        List<StaffMember> all = new ArrayList<>();
        assignee.ifPresent(all::add);
        all.addAll(supervisors);
        Set<String> addresses = new HashSet<>();
        return all.stream().filter(member -> addresses.add(member.email().toLowerCase(Locale.ROOT))).toList();
    }
}
