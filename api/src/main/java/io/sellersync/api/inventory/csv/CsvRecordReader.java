// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 records from a character stream: quoted cells with the delimiter, doubled quotes and line breaks inside,
 * CRLF, LF or CR line ends. Counts physical lines so every record knows the line it starts on. A quote inside an
 * unquoted cell, or text after a closing quote, is kept as written (spreadsheets produce both).
 */
final class CsvRecordReader {

    /** The file cannot be split into records from this point on (an unclosed quote, a runaway cell). */
    static final class FormatException extends Exception {
        private final int line;

        FormatException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** No inventory file needs more columns; a line of 10 million commas must not become 10 million strings. */
    static final int MAX_CELLS = 1_000;

    /** All cells of one record together; bounds the memory one record (one runaway line) can take. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final Reader in;
    private final char delimiter;
    private final int maxCell;
    private final int maxCells;
    private final int maxRecordChars;
    private final char[] buffer = new char[16 * 1024];
    private int length;
    private int position;
    private int line = 1;
    private boolean lastWasCr;
    private int recordLine;
    private int pushed = -2;

    CsvRecordReader(Reader in, char delimiter, int maxCell) {
        this(in, delimiter, maxCell, MAX_CELLS, MAX_RECORD_CHARS);
    }

    CsvRecordReader(Reader in, char delimiter, int maxCell, int maxCells, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCell = maxCell;
        this.maxCells = maxCells;
        this.maxRecordChars = maxRecordChars;
    }

    /** The line the record last returned by {@link #next()} starts on. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's cells (a blank line is one empty cell), or null at the end. */
    List<String> next() throws IOException, FormatException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line(c);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        long recordChars = 0;
        while (true) {
            if (c == -1) {
                if (inQuotes) {
                    throw new FormatException(quoteLine, "a quote opened on line " + quoteLine + " is never closed");
                }
                cells.add(cell.toString());
                return cells;
            }
            if (inQuotes) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        inQuotes = false;
                        c = d;
                        continue;
                    }
                } else if (c == '\r') {
                    int d = read();
                    cell.append('\n');
                    if (d != '\n') {
                        c = d;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
                quoteLine = line(c);
            } else if (c == delimiter) {
                recordChars += cell.length();
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                if (cells.size() >= maxCells) {
                    throw new FormatException(
                            recordLine,
                            "line " + recordLine + " has more than " + String.format(Locale.ROOT, "%,d", maxCells)
                                    + " cells");
                }
            } else if (c == '\n') {
                cells.add(cell.toString());
                return cells;
            } else if (c == '\r') {
                int d = read();
                if (d != '\n' && d != -1) {
                    pushed = d; // not a CRLF: the next record starts with d (already counted)
                }
                cells.add(cell.toString());
                return cells;
            } else {
                cell.append((char) c);
            }
            if (recordChars + cell.length() > maxRecordChars) {
                throw new FormatException(
                        recordLine,
                        "the record on line " + recordLine + " is longer than "
                                + String.format(Locale.ROOT, "%,d", maxRecordChars) + " characters");
            }
            if (cell.length() > maxCell) {
                throw new FormatException(
                        recordLine,
                        "a cell is longer than " + maxCell + " characters"
                                + (inQuotes
                                        ? " (a quote opened on line " + quoteLine + " may be missing its end)"
                                        : ""));
            }
            c = read();
        }
    }

    /** The line a character just read is on (line breaks count towards the line they end). */
    private int line(int c) {
        return c == '\n' || c == '\r' ? line - 1 : line;
    }

    private int read() throws IOException {
        if (pushed != -2) {
            int c = pushed;
            pushed = -2;
            return c;
        }
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        char c = buffer[position++];
        if (c == '\n') {
            if (!lastWasCr) {
                line++;
            }
            lastWasCr = false;
        } else if (c == '\r') {
            line++;
            lastWasCr = true;
        } else {
            lastWasCr = false;
        }
        return c;
    }
}
