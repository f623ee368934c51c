package org.clinicdesk.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property checked once per seed (see {@link Seeds}): the method takes a {@link Gen} made from the case's seed and
 * draws its inputs from it. Each case is named by its seed, and a failure says how to replay it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(SeedsProvider.class)
@ExtendWith(SeedInFailure.class)
public @interface SeededProperty {
    /** How many fixed seeds the property runs on. */
    int tries() default 1000;
}
