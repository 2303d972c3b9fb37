/**
 * The IETF Token Status List (draft-ietf-oauth-status-list-14, the draft HAIP 1.0 pins) for SD-JWT
 * VCs: a list of 2-bit statuses (0 valid, 1 invalid, 2 suspended, 3 application-specific), least
 * significant bits first, ZLIB-compressed into a signed Status List Token ({@code statuslist+jwt}).
 * Indexes come from the status module's allocator ({@link io.github.microcredentials.status.StatusStore}
 * and {@link io.github.microcredentials.status.StatusList}): random, never given twice. Only the
 * allocator is shared with the W3C Bitstring Status List; the encoding is this package's (the bit
 * order and the container differ).
 */
package io.github.microcredentials.wallet.status;
