package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** What the local SMTP server (GreenMail) received for a recipient, read through its HTTP API. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Removes the mailbox and all its mail, so load runs do not fill the server's memory. */
    public static void delete(String email) {
        given().delete("http://127.0.0.1:8025/api/user/" + email).then().statusCode(200);
    }

    /** A message's source with quoted-printable soft line breaks joined, for finding text and links in it. */
    public static String text(Map<String, Object> message) {
        return String.valueOf(message.get("mimeMessage")).replace("=\r\n", "").replace("=3D", "=");
    }

    public static List<Map<String, Object>> messagesOf(String email) {
        var response = given().get("http://127.0.0.1:8025/api/user/" + email + "/messages/INBOX");
        return response.statusCode() == 200 ? response.jsonPath().getList("$") : List.of();
    }
}
