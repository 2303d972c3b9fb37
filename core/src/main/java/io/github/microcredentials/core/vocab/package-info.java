/**
 * Controlled vocabularies, bundled with the library: EQF levels, QF-EHEA cycles, assessment types,
 * forms of participation, quality assurance types, supervision and identity verification, and
 * more, each as an extensible constant ({@link io.github.microcredentials.core.vocab.Term}) that
 * carries its EU vocabulary URI and, where one exists, its Open Badges 3.0 term; plus countries,
 * languages and ISCED-F fields as checked codes.
 */
@NullMarked
package io.github.microcredentials.core.vocab;

import org.jspecify.annotations.NullMarked;
