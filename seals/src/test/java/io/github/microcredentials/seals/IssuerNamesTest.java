package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** Distinguished names compared as X.500 names, as the DSS corpus writes them (dss3758). */
class IssuerNamesTest {

    private static boolean same(String text, String name) throws Exception {
        Class<?> type = Class.forName("io.github.microcredentials.seals.internal.xades.IssuerNames");
        Method method = type.getDeclaredMethod("sameName", String.class, X500Principal.class);
        method.setAccessible(true);
        return (boolean) method.invoke(null, text, new X500Principal(name));
    }

    @Test
    void lineBreaksSpacingAndCase_doNotMatter() throws Exception {
        String name = "CN=good-ca,O=Nowina Solutions,OU=PKI-TEST,C=LU";
        assertThat(same("C=LU, \nOU=PKI-TEST, \nO=Nowina Solutions, \nCN=good-ca", "C=LU,OU=PKI-TEST,O=Nowina Solutions,CN=good-ca")).isTrue();
        assertThat(same("C=LU, \r\nOU=PKI-TEST, \r\nO=Nowina Solutions, \r\nCN=good-ca \n", "C=LU,OU=PKI-TEST,O=Nowina Solutions,CN=good-ca"))
                .isTrue();
        assertThat(same("\n   serialNumber=CPJ-4-000-004017,\n   C=CR,\n   CN=CA SINPE\n  ", "SERIALNUMBER=CPJ-4-000-004017,C=CR,CN=CA SINPE"))
                .isTrue();
        assertThat(same("cn=GOOD-CA, o=nowina solutions, ou=pki-test, c=lu", name)).isTrue();
        assertThat(same("C=LU,OU=PKI-TEST,O=Nowina Solutions,CN=good-ca", name)).as("another order is another name").isFalse();
        assertThat(same("CN=other-ca,O=Nowina Solutions,OU=PKI-TEST,C=LU", name)).isFalse();
        assertThat(same("not a name", name)).isFalse();
    }
}
