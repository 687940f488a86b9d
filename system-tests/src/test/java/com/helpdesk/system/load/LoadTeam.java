package com.helpdesk.system.load;

import com.helpdesk.system.stack.Desk;

/** The desk a load run files into: online L1 agents with more capacity than the run has tickets. */
public final class LoadTeam {

    private static final int AGENT_CAPACITY = 1000;

    private LoadTeam() {
    }

    /** Every ticket of the run can be assigned at once, so queueing never hides the system's own latency. */
    public static Desk staffedFor(int tickets) {
        Desk desk = Desk.open("load");
        for (int i = 0; i <= tickets / AGENT_CAPACITY; i++) {
            desk.online(desk.hire("L1", AGENT_CAPACITY));
        }
        return desk;
    }
}
