// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.time.LocalDate;

/** One day of the chart: orders purchased that day (UTC) and their units. */
public record OrdersPerDayView(LocalDate day, long orders, long units) {}
