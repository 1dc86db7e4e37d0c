// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

/**
 * One problem in an uploaded file: the physical line it starts on (as a text editor counts), the column as the file
 * names it (null when the whole row is at fault) and what is wrong, in words.
 */
public record CsvError(int line, String column, String message) {}
