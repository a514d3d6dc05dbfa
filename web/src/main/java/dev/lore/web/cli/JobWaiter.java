package dev.lore.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** Polls a server job ({@code GET /api/v1/admin/jobs/{id}}) until it finishes. */
final class JobWaiter {

    private JobWaiter() {
    }

    /** Waits for the job and prints its final state; returns the exit code. */
    static int await(ServerClient server, JsonNode job, PrintWriter out) throws InterruptedException {
        String id = job.path("id").asText();
        out.println("job " + id + " (" + job.path("kind").asText() + " " + job.path("target").asText() + ") queued on the server");
        out.flush();
        JsonNode current = job;
        while (!current.path("state").asText().equals("SUCCEEDED") && !current.path("state").asText().equals("FAILED")) {
            Thread.sleep(1000);
            current = server.get("api/v1/admin/jobs/" + id);
        }
        out.println(server.pretty(current));
        out.flush();
        return current.path("state").asText().equals("SUCCEEDED") ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
