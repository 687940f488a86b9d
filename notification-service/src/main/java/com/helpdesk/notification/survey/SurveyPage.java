package com.helpdesk.notification.survey;

import java.util.List;

/** The survey landing page's model: the question, or the thanks after answering. */
public record SurveyPage(String number, String language, boolean thanks) {

    public boolean russian() {
        return "ru".equals(language);
    }

    public List<Integer> scores() {
        return List.of(1, 2, 3, 4, 5);
    }
}
