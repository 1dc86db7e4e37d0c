// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web;

import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.messages.shared.BusinessError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every page controller does with form input and refusals, in one place. */
public final class PageInputs {

    private PageInputs() {}

    /** A form value with its surrounding spaces removed, or null when it is empty or only spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Shows a refusal (code, field, sentence) on the next page; anything else is a real error and propagates. */
    public static void flashRefusal(RedirectAttributes redirect, RuntimeException e) {
        BusinessError error = GraphQlErrors.businessError(e).orElseThrow(() -> e);
        redirect.addFlashAttribute("error", error);
    }
}
