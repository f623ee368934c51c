package org.clinicdesk.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property checked once per seed from its {@code @MethodSource} (usually {@link Seeds#of}); the method takes the
 * seed and builds its inputs from {@code new Gen(seed)}. A failure names its seed so the case can be replayed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ExtendWith(SeedInFailure.class)
public @interface SeededProperty {
}
