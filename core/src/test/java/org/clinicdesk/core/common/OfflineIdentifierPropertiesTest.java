package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.queue.Token;

/**
 * Two desktops working offline each keep their own counters. Whatever order they issue in, no UHID and no token of
 * the same day may be issued twice across them, and every value parses back to itself.
 */
class OfflineIdentifierPropertiesTest {

    @Property(tries = 200)
    void twoSitesNeverIssueTheSameUhidOrToken(@ForAll("sitePairs") List<String> sites,
                                              @ForAll("issueOrder") List<Integer> order,
                                              @ForAll @IntRange(min = 1, max = 40) int startSerial) {
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
            assertThat(uhids.add(uhid)).as("UHID %s issued twice", uhid).isTrue();
            assertThat(tokens.add(token)).as("token %s issued twice", token).isTrue();
            assertThat(Uhid.parse(uhid).value()).isEqualTo(uhid);
            assertThat(Token.parse(token).value()).isEqualTo(token);
            issued.add(uhid);
        }
        assertThat(issued).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<String>> sitePairs() {
        Arbitrary<String> code = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(1)
                .flatMap(first -> Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMaxLength(3)
                        .map(rest -> first + rest));
        return Combinators.combine(code, code).as(List::of).filter(l -> !l.get(0).equals(l.get(1)));
    }

    @Provide
    Arbitrary<List<Integer>> issueOrder() {
        return Arbitraries.integers().between(0, 1).list().ofMinSize(1).ofMaxSize(300);
    }
}
