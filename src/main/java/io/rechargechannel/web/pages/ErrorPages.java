package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages that say why a page cannot be shown. */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();

        static native TemplateInstance notFound(String what);
    }

    private ErrorPages() {
    }

    /** "You don't have access to this page", with a way home. */
    public static TemplateInstance forbidden() {
        return Templates.forbidden();
    }

    public static TemplateInstance notFound(String what) {
        return Templates.notFound(what);
    }
}
