package com.helpdesk.notification.domain;

/** Turns user-supplied text into something safe and short enough for a mail. */
public final class MailText {

    private static final String ELLIPSIS = "…";

    private MailText() {
    }

    /**
     * One line for a header such as Subject: every control character (CR and LF above all, which would
     * start a new header) becomes a space, and runs of whitespace collapse. Escaping for HTML is the
     * templates' business, not this.
     */
    public static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029') {
                space = !line.isEmpty();
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.appendCodePoint(c);
        }
        return line.toString();
    }

    /**
     * The start of a description, at most {@code maxChars} long, cut at a word boundary when there is one
     * in the last fifth, and marked with an ellipsis when cut. Line breaks are kept as spaces.
     */
    public static String summary(String description, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must leave room for text and an ellipsis: " + maxChars);
        }
        String text = singleLine(description);
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = maxChars - ELLIPSIS.length();
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--; // never split a character outside the basic plane
        }
        int space = text.lastIndexOf(' ', cut);
        if (space > cut - maxChars / 5) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /**
     * A mail body as a ticket can store it: control characters other than line breaks and tabs removed, at most
     * {@code maxChars} long.
     */
    public static String body(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
        return clean.length() <= maxChars ? clean : clean.substring(0, maxChars - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * The text of an HTML mail body, for mails that come without a plain-text part: block ends become line
     * breaks, scripts and styles go, tags go, the common entities are decoded. Good enough to read; the
     * ticket never renders it as HTML.
     */
    public static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = html
                .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>", "\n")
                .replaceAll("<[^>]*>", "");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
