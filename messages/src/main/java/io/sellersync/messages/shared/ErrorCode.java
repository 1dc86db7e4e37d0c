// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/** Why a request was refused; each transport (GraphQL, pages) maps these codes to its own error shape. */
public enum ErrorCode {
    /** The input is malformed or breaks a rule; the error names the field. */
    INVALID_INPUT,
    /** The thing the request names does not exist (or no longer does). */
    NOT_FOUND,
    /** The request clashes with existing state, such as a duplicate. */
    CONFLICT,
    /** The caller may not do this. */
    FORBIDDEN
}
