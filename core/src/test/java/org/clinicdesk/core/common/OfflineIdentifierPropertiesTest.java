package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two desktops working offline each keep their own counters. Whatever order they issue in, no UHID and no token of
 * the same day may be issued twice across them, and every value parses back to itself.
 */
class OfflineIdentifierPropertiesTest {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @SeededProperty(tries = 200)
    void twoSitesNeverIssueTheSameUhidOrToken(Gen gen) {
        String first = siteCode(gen);
        String second = siteCode(gen);
        while (second.equals(first)) {
            second = siteCode(gen);
        }
        neverTheSameTwice(List.of(first, second), gen.listOf(1, 300, () -> gen.ints(0, 1)), gen.ints(1, 40));
    }

    /** Codes that share a prefix, the shortest and longest codes, and one site issuing everything before the other. */
    static Stream<Arguments> edgeSites() {
        List<Integer> alternating = IntStream.range(0, 300).map(i -> i % 2).boxed().toList();
        List<Integer> oneThenOther = IntStream.range(0, 300).map(i -> i < 150 ? 0 : 1).boxed().toList();
        return Stream.of(Arguments.of(List.of("A", "B"), alternating, 1), Arguments.of(List.of("A", "A1"), alternating, 40),
                Arguments.of(List.of("Z999", "Z99"), oneThenOther, 1), Arguments.of(List.of("AB", "ABC"), List.of(1), 40),
                Arguments.of(List.of("A000", "Z"), oneThenOther, 40));
    }

    @ParameterizedTest(name = "{0} issuing {1} from {2}")
    @MethodSource("edgeSites")
    void twoSitesAtTheEdgesNeverIssueTheSameUhidOrToken(List<String> sites, List<Integer> order, int startSerial) {
        neverTheSameTwice(sites, order, startSerial);
    }

    /** A letter then up to three letters or digits, as site codes are written. */
    private static String siteCode(Gen gen) {
        return gen.strings(LETTERS, 1, 1) + gen.strings(LETTERS + "0123456789", 0, 3);
    }

    private static void neverTheSameTwice(List<String> sites, List<Integer> order, int startSerial) {
        Map<String, Long> uhidCounters = new HashMap<>();
        Map<String, Integer> tokenCounters = new HashMap<>();
        Set<String> uhids = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        List<String> issued = new ArrayList<>();
        for (int who : order) {
            String site = sites.get(who);
            long serial = uhidCounters.merge(site, 1L, Long::sum) + startSerial;
            int number = tokenCounters.merge(site, 1, Integer::sum);
            String uhid = new Uhid(new SiteCode(site), serial).value();
            String token = new Token(new SiteCode(site), number).value();
            assertThat(uhids.add(uhid)).as("UHID %s issued twice by %s", uhid, sites).isTrue();
            assertThat(tokens.add(token)).as("token %s issued twice by %s", token, sites).isTrue();
            assertThat(Uhid.parse(uhid).value()).isEqualTo(uhid);
            assertThat(Token.parse(token).value()).isEqualTo(token);
            issued.add(uhid);
        }
        assertThat(issued).doesNotHaveDuplicates();
    }
}
