package org.tahub.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void aSignInLeadsBackToADashboardPageOnly() {
        assertThat(SignInPage.safeNext("/dashboard/states/KEN")).isEqualTo("/dashboard/states/KEN");
        assertThat(SignInPage.safeNext("/dashboard/?priority=HIGH&level=subregion"))
                .isEqualTo("/dashboard/?priority=HIGH&level=subregion");
        assertThat(SignInPage.safeNext("/dashboard")).isEqualTo("/dashboard/");
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/dashboard",
                "/dashboard//evil.example", "/dashboardx", "/api/v1/admin/api-keys", "/dashboard/../q/metrics",
                "/dashboard/\r\nSet-Cookie:x", "javascript:alert(1)"}) {
            assertThat(SignInPage.safeNext(elsewhere)).as("next=%s", elsewhere).isEqualTo("/dashboard/");
        }
    }
}
