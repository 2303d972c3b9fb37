/**
 * Exact ECTS credit arithmetic: credits in half points, dual ECTS (learning activities plus
 * assessment), and the conversion between notional learning hours and credits.
 *
 * @see <a href="https://education.ec.europa.eu/document/ects-users-guide-2015">ECTS Users' Guide 2015</a>
 */
@NullMarked
package io.github.microcredentials.core.ects;

import org.jspecify.annotations.NullMarked;
