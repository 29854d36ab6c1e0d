package com.creditquerydesk.testsupport;

import com.creditquerydesk.domain.model.user.Totp;
import com.creditquerydesk.domain.model.user.TotpSecret;
import com.creditquerydesk.domain.shared.BilingualException;
import com.creditquerydesk.domain.shared.DomainException;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** In-container tests log in as the black-box ones do: they carry the client and the authenticator code with them. */
public final class InContainer {

    private InContainer() {
    }

    public static WebArchive withApi(WebArchive war) {
        return war.addClasses(Api.class, Api.Response.class, SecondFactors.class, Totp.class, TotpSecret.class,
                DomainException.class, DomainException.Kind.class, BilingualException.class)
                .addClass(Api.class.getName() + "$Confirmation");
    }
}
