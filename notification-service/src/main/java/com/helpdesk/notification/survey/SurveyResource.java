package com.helpdesk.notification.survey;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;

/**
 * The satisfaction survey's landing page, reached from the link in the resolution mail. It needs no login —
 * the customer may have no account — because the signed, single-use token in the path is the credential.
 */
@Uncancellable
@Path("/survey/{token}")
@Tag(name = "Satisfaction survey")
@APIResponse(responseCode = "404", description = "Not a link we made (forged or altered token)")
public class SurveyResource {

    private static final int COMMENT_CHARS = 2000;

    private final Surveys surveys;
    private final Template page;

    SurveyResource(Surveys surveys, @Location("survey/page.html") Template page) {
        this.surveys = surveys;
        this.page = page;
    }

    @Schema(name = "SurveyQuestion")
    public record Question(UUID ticketId, String ticketNumber, String question, List<Integer> scores) {
    }

    @Schema(name = "SurveyAnswer")
    public record Answer(@Schema(minimum = "1", maximum = "5", required = true) Integer score, String comment) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The survey page: how satisfied is the requester, 1 to 5, and a comment")
    @APIResponse(responseCode = "410", description = "Already answered")
    public Uni<String> page(@PathParam("token") String token) {
        return surveys.open(token).map(survey -> page.data("page", new SurveyPage(survey.ticketNumber, survey.language, false)).render());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The survey's question, for clients that render it themselves")
    @APIResponse(responseCode = "410", description = "Already answered")
    public Uni<Question> question(@PathParam("token") String token) {
        return surveys.open(token).map(survey -> new Question(survey.ticketId, survey.ticketNumber,
                "How satisfied are you with the handling of " + survey.ticketNumber + "?", List.of(1, 2, 3, 4, 5)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Answer from the page's form")
    @APIResponse(responseCode = "400", description = "Score missing or not 1..5, or comment too long")
    @APIResponse(responseCode = "409", description = "Already answered: a link counts once")
    public Uni<String> answerForm(@PathParam("token") String token, @FormParam("score") String score,
            @FormParam("comment") String comment) {
        int value;
        try {
            value = score == null ? 0 : Integer.parseInt(score.strip());
        } catch (NumberFormatException notANumber) {
            value = 0;
        }
        return record(token, value, comment)
                .map(survey -> page.data("page", new SurveyPage(survey.ticketNumber, survey.language, true)).render());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer as JSON")
    @APIResponse(responseCode = "200", description = "Recorded; ticket-service records it as the requester's rating")
    @APIResponse(responseCode = "400", description = "Score missing or not 1..5, or comment too long")
    @APIResponse(responseCode = "409", description = "Already answered: a link counts once")
    public Uni<Answer> answer(@PathParam("token") String token, Answer answer) {
        return record(token, answer == null || answer.score() == null ? 0 : answer.score(), answer == null ? null : answer.comment())
                .map(survey -> new Answer(survey.score, survey.comment));
    }

    private Uni<Survey> record(String token, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new ProblemException(Problem.invalid("The answer is not valid",
                    List.of(new Problem.Violation("score", "must be a whole number from 1 to 5"))));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_CHARS) {
            throw new ProblemException(Problem.invalid("The answer is not valid",
                    List.of(new Problem.Violation("comment", "must be at most " + COMMENT_CHARS + " characters"))));
        }
        return surveys.answer(token, score, text).map(survey -> {
            survey.score = score;
            survey.comment = text;
            return survey;
        });
    }
}
