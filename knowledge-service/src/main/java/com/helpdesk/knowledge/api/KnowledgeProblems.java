package com.helpdesk.knowledge.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.helpdesk.knowledge.domain.ArticleRuleViolation;
import com.helpdesk.knowledge.store.ConcurrentArticleChange;
import com.helpdesk.platform.problem.ProblemException;

/** The article domain's refusals as problem+json: the domain itself knows nothing of HTTP. */
public class KnowledgeProblems {

    @ServerExceptionMapper
    public Response ruleViolated(ArticleRuleViolation e) {
        return ProblemException.ruleViolated(e.rule(), e.getMessage()).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentArticleChange e) {
        return ProblemException.ruleViolated("concurrent-change", e.getMessage() + "; reload it and try again")
                .problem().toResponse();
    }
}
