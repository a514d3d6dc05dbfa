package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.web.security.LoreUser;
import dev.lore.web.security.UserDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackGroupsTest {

    private final UserDirectory directory = name -> Optional.ofNullable(Map.of(
            "harriet", new LoreUser("harriet", Set.of("employee", "hr"), Set.of()),
            "fred@kestrel-lumen.example", new LoreUser("fred@kestrel-lumen.example", Set.of("finance"), Set.of()))
            .get(name));
    private final List<SlackProperties.User> users = List.of(
            new SlackProperties.User("UHARRIET", Set.of(), "harriet"),
            new SlackProperties.User("UOPS", Set.of("ops"), null));
    private final SlackGroups groups = new SlackGroups(users, directory,
            id -> id.equals("UFRED") ? Optional.of("fred@kestrel-lumen.example") : Optional.empty());

    @Test
    void channelQuestionsReadOnlyEveryoneWhoeverAsks() {
        assertThat(groups.groupsFor("UHARRIET", false)).containsExactly("everyone");
        assertThat(groups.groupsFor("UFRED", false)).containsExactly("everyone");
    }

    @Test
    void directMessagesUseTheConfiguredGroupsAndTheNamedLoreUser() {
        assertThat(groups.groupsFor("UHARRIET", true)).containsExactlyInAnyOrder("everyone", "employee", "hr");
        assertThat(groups.groupsFor("UOPS", true)).containsExactlyInAnyOrder("everyone", "ops");
    }

    @Test
    void unmappedAskerIsFoundByEmailOrReadsOnlyEveryone() {
        assertThat(groups.groupsFor("UFRED", true)).containsExactlyInAnyOrder("everyone", "finance");
        assertThat(groups.groupsFor("USTRANGER", true)).containsExactly("everyone");
        assertThat(groups.groupsFor(null, true)).containsExactly("everyone");
    }

    @Test
    void mappingToAnUnknownLoreUserFailsStartUpNamingIt() {
        var broken = new SlackGroups(List.of(new SlackProperties.User("U1", Set.of(), "mallory")), directory,
                id -> Optional.empty());

        assertThatThrownBy(broken::requireKnownUsers).hasMessageContaining("mallory").hasMessageContaining("U1");
    }
}
