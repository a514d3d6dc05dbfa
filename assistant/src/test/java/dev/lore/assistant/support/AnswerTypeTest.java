package dev.lore.assistant.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What kind of answer a question asks for, and which units can hold it. */
class AnswerTypeTest {

    @Test
    void questionsForAWebsiteOrMailboxExpectAnAddress() {
        assertThat(AnswerType.of("What website do I use to change my ENT password?")).isEqualTo(AnswerType.ADDRESS);
        assertThat(AnswerType.of("Which mailbox do I write to with a question about my payslip?")).isEqualTo(AnswerType.ADDRESS);
        assertThat(AnswerType.of("Where should I forward a suspicious email?")).isEqualTo(AnswerType.ADDRESS);
        assertThat(AnswerType.of("Where is the Leipzig office?")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("How many days of leave do I get?")).isEqualTo(AnswerType.QUANTITY);
    }

    @Test
    void onlyUnitsWithAUrlDomainOrMailAddressHoldAnAddress() {
        assertThat(AnswerType.ADDRESS.fits("Go to reset.gsa.gov to change your password.")).isTrue();
        assertThat(AnswerType.ADDRESS.fits("Forward the message to phishing@kestrel-lumen.example.")).isTrue();
        assertThat(AnswerType.ADDRESS.fits("Download it from https://it.kestrel-lumen.example/vpn.")).isTrue();
        assertThat(AnswerType.ADDRESS.fits("You must change your ENT password every 90 days.")).isFalse();
        assertThat(AnswerType.ADDRESS.fits("If an email looks suspicious, do not click links.")).isFalse();
    }
}
