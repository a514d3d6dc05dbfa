package dev.lore.assistant.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.TestCorpus;
import dev.lore.assistant.passage.Passage;
import dev.lore.assistant.support.SupportScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationVerifierTest {

    static final CitationVerifier VERIFIER = new CitationVerifier(new SupportScorer(TestCorpus.EMBEDDINGS),
            AssistantConfig.DEFAULT_SUPPORT_THRESHOLD);

    static final List<Passage> PASSAGES = List.of(
            passage(1, "handbook:vpn.md", "The VPN gateway is vpn.example.internal and it listens on UDP port 51820.",
                    "Install the WireGuard client from the software portal."),
            passage(2, "handbook:travel.md", "The daily meal allowance is 45 EUR within the country and 60 EUR abroad.",
                    "Class: Business; Flights over: 6 hours; Approval: director"));

    static Passage passage(int n, String docId, String... units) {
        var chunks = java.util.Arrays.stream(units).map(u -> docId + "#0").toList();
        return new Passage(n, docId, List.of(docId + "#0"), "Title " + n, List.of(), "handbook", docId, List.of(units),
                chunks, n);
    }

    @Test
    void supportedParaphraseKeepsItsCitation() {
        var v = VERIFIER.verify("The VPN gateway listens on UDP port 51820 [1].", PASSAGES);

        assertThat(v.abstained()).isFalse();
        assertThat(v.flagged()).isEmpty();
        assertThat(v.text()).isEqualTo("The VPN gateway listens on UDP port 51820 [1].");
        assertThat(v.citations()).singleElement().satisfies(c -> {
            assertThat(c.docId()).isEqualTo("handbook:vpn.md");
            assertThat(c.quote()).contains("51820");
        });
    }

    @Test
    void citationOfAPassageThatWasNotGivenIsRemoved() {
        var v = VERIFIER.verify("The VPN gateway listens on UDP port 51820 [7].", PASSAGES);

        assertThat(v.abstained()).isTrue();
        assertThat(v.citations()).isEmpty();
        assertThat(v.flagged()).containsExactly("The VPN gateway listens on UDP port 51820.");
    }

    @Test
    void citationOfTheWrongPassageIsRemovedAndFlagged() {
        var v = VERIFIER.verify("The meal allowance abroad is 60 EUR [1]. The VPN listens on port 51820 [1].", PASSAGES);

        assertThat(v.abstained()).isFalse();
        assertThat(v.supportedClaims()).isEqualTo(1);
        assertThat(v.flagged()).containsExactly("The meal allowance abroad is 60 EUR.");
        assertThat(v.text()).contains("The meal allowance abroad is 60 EUR.").contains("port 51820 [1]");
    }

    @Test
    void wrongNumberIsNotSupportedEvenWithTheSameWords() {
        var v = VERIFIER.verify("The daily meal allowance is 75 EUR abroad [2].", PASSAGES);

        assertThat(v.abstained()).isTrue();
        assertThat(v.citations()).isEmpty();
    }

    @Test
    void citationsAreRenumberedInOrderOfUse() {
        var v = VERIFIER.verify("The daily meal allowance is 60 EUR abroad [2]. The VPN gateway listens on UDP port 51820 [1].",
                PASSAGES);

        assertThat(v.text()).isEqualTo("The daily meal allowance is 60 EUR abroad [1]. The VPN gateway listens on UDP port 51820 [2].");
        assertThat(v.citations()).extracting(c -> c.docId()).containsExactly("handbook:travel.md", "handbook:vpn.md");
    }

    @Test
    void iDontKnowIsAnAbstention() {
        assertThat(VERIFIER.verify("I don't know.", PASSAGES).abstained()).isTrue();
        assertThat(VERIFIER.verify("I do not know [1].", PASSAGES).citations()).isEmpty();
    }

    @Test
    void noiseCitingEveryPassageSupportsNothing() {
        var v = VERIFIER.verify("brand Silicon suffix ureth seasoned [1] [2]. treasury aggravate compete cham [1].", PASSAGES);

        assertThat(v.abstained()).isTrue();
        assertThat(v.citations()).isEmpty();
        assertThat(v.flagged()).isNotEmpty();
    }

    @Test
    void citedMarkersAreParsedInAllForms() {
        assertThat(CitationVerifier.cited("a [1, 3] b [2][4] c [ 5 ]")).containsExactly(1, 3, 2, 4, 5);
        assertThat(CitationVerifier.cited("no citations here")).isEmpty();
    }
}
