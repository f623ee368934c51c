package org.clinicdesk.core.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** One {@link Gen} per seed of a {@link SeededProperty}, each made when its case runs. */
final class SeedsProvider implements ArgumentsProvider, AnnotationConsumer<SeededProperty> {
    private int tries;

    @Override
    public void accept(SeededProperty property) {
        tries = property.tries();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Seeds.of(tries).mapToObj(seed -> Arguments.of(new Gen(seed)));
    }
}
