package com.helpdesk.notification.templates;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailText;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders a mail from {@code templates/mail/<template>/<language>{-subject.txt,.txt,.html}}. Each file
 * declares its parameter's type, so Quarkus checks every expression at build time. The HTML files are
 * escaped by Qute (user text shows as text); the subject is then folded onto one line so that nothing a
 * user typed can start another header.
 */
@ApplicationScoped
public class MailTemplates {

    private final Engine engine;

    MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public RenderedMail render(String template, Language language, Object mail) {
        String base = "mail/" + template + "/" + language.tag();
        return new RenderedMail(
                MailText.singleLine(render(base + "-subject.txt", mail)),
                render(base + ".txt", mail),
                render(base + ".html", mail));
    }

    private String render(String id, Object mail) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("No mail template " + id);
        }
        return template.data("mail", mail).render();
    }
}
