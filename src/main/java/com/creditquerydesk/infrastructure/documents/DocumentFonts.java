package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.infrastructure.config.CentreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The fonts of templates/fonts, loaded once on first use and shared by the replies and the exported tables. */
@ApplicationScoped
public class DocumentFonts {

    @Inject
    CentreConfig centre;

    private volatile ReplyFonts fonts;

    public ReplyFonts fonts() {
        if (fonts == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = new ReplyFonts(centre.templatesDir().resolve("fonts"));
                }
            }
        }
        return fonts;
    }
}
