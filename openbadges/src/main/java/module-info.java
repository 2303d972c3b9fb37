/**
 * 1EdTech Open Badges 3.0: writes the core micro-credential model as an OpenBadgeCredential and
 * reads OpenBadgeCredentials back into it.
 */
module io.github.microcredentials.openbadges {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.openbadges;
}
