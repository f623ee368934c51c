package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicdesk.core.common.CoreMessages;
import org.junit.jupiter.api.Test;

/**
 * A flag's words as stored and synced: written and read back unchanged; what another desk wrote is read strictly
 * (only flag keys, bounded depth and size), an argument never becomes part of the pattern or a control character, and
 * words this version cannot read give way to the plain explanation stored beside them.
 */
class FlagTextJsonTest {
    private static final ResourceBundle ENGLISH = CoreMessages.bundle(Locale.ROOT);
    private static final ResourceBundle HINDI = CoreMessages.bundle(Locale.forLanguageTag("hi"));

    @Test
    void wordsSurviveTheRoundTripAndReadInEitherLanguage() {
        FlagText words = FlagText.joined(" ", List.of(FlagText.message("flag.explain.interaction", "Warfarin 5 mg",
                "Brufen 400", "bleeding"), FlagText.message("flag.explain.whatToDo", "avoid")));
        FlagText back = FlagTextJson.read(FlagTextJson.write(words)).orElseThrow();
        assertThat(back).isEqualTo(words);
        assertThat(back.render(ENGLISH)).isEqualTo("Warfarin 5 mg with Brufen 400: bleeding. What to do: avoid.");
        assertThat(back.render(HINDI)).isEqualTo("Brufen 400 के साथ Warfarin 5 mg: bleeding। क्या करें: avoid।");
    }

    @Test
    void anArgumentIsShownAsTextNeverAsAPatternOrAControlCharacter() {
        FlagText words = FlagText.message("flag.explain.whatToDo", "{0} {1,choice,0#x} '' \u001b[31mred\u202e <b>x</b>");
        String shown = FlagTextJson.read(FlagTextJson.write(words)).orElseThrow().render(ENGLISH);
        assertThat(shown).isEqualTo("What to do: {0} {1,choice,0#x} ''  [31mred  <b>x</b>.");
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"k\":\"flag.explain.whatToDo\",\"a\":[\"a\\u0007b\\nc\"]}}")
                .orElseThrow().render(ENGLISH)).isEqualTo("What to do: a b c.");
    }

    @Test
    void whatAnotherDeskWroteIsReadStrictly() {
        assertThat(FlagTextJson.read("")).isEmpty();
        assertThat(FlagTextJson.read("Warfarin with Brufen: bleeding.")).isEmpty(); // an older row's plain text
        assertThat(FlagTextJson.read("{\"v\":2,\"t\":\"x\"}")).isEmpty();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"k\":\"notFound.patient\",\"a\":[\"x\"]}}"))
                .as("a key outside the flag words").isEmpty();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"j\":\"<br>\",\"p\":[\"a\",\"b\"]}}")).isEmpty();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"k\":\"flag.rule\",\"a\":\"x\"}}")).isEmpty();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":[1,2]}")).isEmpty();
        String deep = "\"x\"";
        for (int i = 0; i < FlagTextJson.MAX_DEPTH + 2; i++) {
            deep = "{\"j\":\" \",\"p\":[" + deep + "]}";
        }
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":" + deep + "}")).isEmpty();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":\"" + "x".repeat(FlagTextJson.MAX_LENGTH) + "\"}")).isEmpty();
    }

    @Test
    void theLimitsOnDepthAndNodesAreWhereTheySay() {
        String atDepth = "\"x\"";
        for (int i = 0; i < FlagTextJson.MAX_DEPTH; i++) {
            atDepth = "{\"j\":\" \",\"p\":[" + atDepth + "]}";
        }
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":" + atDepth + "}")).as("as deep as allowed").isPresent();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"j\":\" \",\"p\":[" + atDepth + "]}}")).as("one deeper")
                .isEmpty();
        String values = String.join(",", java.util.Collections.nCopies(FlagTextJson.MAX_NODES - 1, "\"a\""));
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"j\":\" \",\"p\":[" + values + "]}}"))
                .as("as many nodes as allowed, in far fewer characters than the column holds").isPresent();
        assertThat(FlagTextJson.read("{\"v\":1,\"t\":{\"j\":\" \",\"p\":[" + values + ",\"a\"]}}"))
                .as("one node more").isEmpty();
    }

    @Test
    void wordsTooLongForTheColumnAreNotStored() {
        FlagText huge = FlagText.joined(" ", java.util.Collections.nCopies(10, FlagText.value("y".repeat(900))));
        assertThat(FlagTextJson.write(huge)).isEmpty();
    }

    @Test
    void wordsThisVersionCannotReadGiveWayToThePlainExplanation() {
        FlagRecord unknownKey = record("Warfarin with Brufen: bleeding.",
                "{\"v\":1,\"t\":{\"k\":\"flag.explain.fromANewerDesk\",\"a\":[\"x\"]}}");
        assertThat(unknownKey.words()).isPresent();
        assertThat(unknownKey.explanationText()).isEqualTo("Warfarin with Brufen: bleeding.");
        FlagRecord wrongArguments = record("plain", "{\"v\":1,\"t\":{\"k\":\"flag.rule\",\"a\":[\"only one\"]}}");
        assertThat(wrongArguments.explanationText()).isEqualTo("plain");
        assertThat(record("", "{\"v\":1,\"t\":{\"k\":\"flag.nothing\",\"a\":[]}}").explanationText())
                .isEqualTo(CoreMessages.text("flag.text.unreadable"));
        assertThat(record("older row", "").explanationText()).isEqualTo("older row");
        assertThat(record("Warfarin\u202e with\u200f Brufen\u2028 \ufeffकृष्ण", "{\"v\":1,\"t\":{\"k\":\"flag.x\",\"a\":[]}}")
                .explanationText()).as("the plain text a hostile desk forces by an unknown key is cleaned too, "
                + "joiners kept").isEqualTo("Warfarin  with  Brufen   कृष्ण");
        assertThat(FlagText.value("क्\u200dष \u200e").render(ENGLISH)).isEqualTo("क्\u200dष  ");
    }

    private static FlagRecord record(String explanation, String words) {
        return new FlagRecord(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "interaction:x",
                FlagKind.INTERACTION, FlagSeverity.HIGH, FlagState.RAISED, explanation, "", "dev",
                java.time.Instant.parse("2026-11-30T10:00:00Z"), "test", FlagTextJson.read(words));
    }
}
