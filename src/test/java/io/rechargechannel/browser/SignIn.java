package io.rechargechannel.browser;

import com.microsoft.playwright.Page;

/** Signing in through the form, as a person does. */
final class SignIn {

    private SignIn() {
    }

    static void as(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
    }
}
