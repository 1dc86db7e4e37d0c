// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether demo mode is on, so the layout can say so plainly. */
@ControllerAdvice
class DemoBanner {

    private final DemoMode demo;

    DemoBanner(DemoMode demo) {
        this.demo = demo;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo.active();
    }
}
