package com.helpdesk.notification.testing;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The plain-text and HTML alternatives of a received mail. */
public final class MailParts {

    private MailParts() {
    }

    public static String text(Part mail) throws MessagingException, IOException {
        return part(mail, "text/plain");
    }

    public static String html(Part mail) throws MessagingException, IOException {
        return part(mail, "text/html");
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
