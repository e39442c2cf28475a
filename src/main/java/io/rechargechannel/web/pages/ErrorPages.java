package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages that say why a page cannot be shown. */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();

        static native TemplateInstance notFound(String what);

        static native TemplateInstance formExpired();
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

    /** A form post without its CSRF token: nothing was changed, send it again from a fresh page. */
    public static TemplateInstance formExpired() {
        return Templates.formExpired();
    }
}
