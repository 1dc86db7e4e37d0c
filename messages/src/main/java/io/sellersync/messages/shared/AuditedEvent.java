// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/** An event that can say, in one sentence a seller understands, what happened; the Activity page shows it. */
public interface AuditedEvent {

    String describe();
}
