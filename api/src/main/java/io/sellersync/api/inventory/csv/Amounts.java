// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.InventoryFields;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts the way sellers type them: {@code 12.50}, {@code 12,50}, {@code £12.50}, {@code € 12,50},
 * {@code 1,234.56}, {@code 1.234,56}, {@code 12.50 EUR}. A separator followed by exactly three digits
 * ({@code 1,234}) could be either thousands or decimals and is refused rather than guessed, except in currencies
 * without minor units (JPY).
 */
final class Amounts {

    /** A number with its currency as the text gave it (null when it named none). */
    record Amount(BigDecimal value, Currency currency) {}

    /** The text is not an amount; the message says why, in words. */
    static final class AmountException extends Exception {
        AmountException(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "SGD", "MXN", "NZD", "HKD");
    private static final Pattern CODE_PREFIX = Pattern.compile("^([A-Za-z]{3})\\s*(.*)$");
    private static final Pattern CODE_SUFFIX = Pattern.compile("^(.*?)\\s*([A-Za-z]{3})$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");

    private Amounts() {}

    /**
     * @param text the cell, not blank
     * @param fallback the currency the row uses otherwise (currency column or default), may be null; decides what
     *     {@code $} and the decimal places mean
     */
    static Amount parse(String text, Currency fallback) throws AmountException {
        if (text.strip().length() > InventoryFields.MAX_AMOUNT_TEXT) {
            // Refused before any number is built: a 100,000-digit cell must not become a BigDecimal.
            throw new AmountException("is too long to be an amount (at most 9,999,999,999)");
        }
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = true;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        Currency currency = null;
        String symbol = symbolAtEdge(s);
        if (symbol != null) {
            currency = forSymbol(symbol, fallback);
            s = s.startsWith(symbol)
                    ? s.substring(symbol.length()).strip()
                    : s.substring(0, s.length() - symbol.length()).strip();
        } else {
            Matcher prefix = CODE_PREFIX.matcher(s);
            Matcher suffix = CODE_SUFFIX.matcher(s);
            if (prefix.matches()
                    && !prefix.group(2).isEmpty()
                    && Character.isDigit(prefix.group(2).charAt(0))) {
                currency = code(prefix.group(1));
                s = prefix.group(2);
            } else if (suffix.matches() && !suffix.group(1).isEmpty()) {
                currency = code(suffix.group(2));
                s = suffix.group(1);
            }
        }
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1).strip();
        }
        Currency digitsOf = currency != null ? currency : fallback;
        BigDecimal value = number(s.replace(" ", ""), text.strip(), digitsOf);
        return new Amount(negative ? value.negate() : value, currency);
    }

    private static String symbolAtEdge(String s) {
        for (String symbol : new String[] {"R$", "£", "€", "¥", "$"}) {
            if (s.startsWith(symbol) || s.endsWith(symbol)) {
                return symbol;
            }
        }
        return null;
    }

    private static Currency forSymbol(String symbol, Currency fallback) {
        return switch (symbol) {
            case "£" -> Currency.getInstance("GBP");
            case "€" -> Currency.getInstance("EUR");
            case "¥" -> Currency.getInstance("JPY");
            case "R$" -> Currency.getInstance("BRL");
            default ->
                fallback != null && DOLLARS.contains(fallback.getCurrencyCode())
                        ? fallback
                        : Currency.getInstance("USD");
        };
    }

    private static Currency code(String code) throws AmountException {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AmountException("\"" + code + "\" is not a currency code");
        }
    }

    private static BigDecimal number(String s, String original, Currency currency) throws AmountException {
        if (!NUMBER.matcher(s).matches()) {
            throw new AmountException("\"" + original + "\" is not an amount");
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return new BigDecimal(s);
        }
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            int at = s.lastIndexOf(decimal);
            String whole = s.substring(0, at);
            String fraction = s.substring(at + 1);
            if (count(s, decimal) > 1
                    || !grouped(whole, group)
                    || !DIGITS.matcher(fraction).matches()) {
                throw new AmountException("\"" + original + "\" is not an amount");
            }
            return new BigDecimal(whole.replace(String.valueOf(group), "") + "." + fraction);
        }
        char separator = dots > 0 ? '.' : ',';
        if (count(s, separator) > 1) {
            if (grouped(s, separator)) {
                return new BigDecimal(s.replace(String.valueOf(separator), ""));
            }
            throw new AmountException("\"" + original + "\" is not an amount");
        }
        int at = s.indexOf(separator);
        String whole = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (fraction.length() == 3 && !whole.equals("0")) {
            if (currency != null && currency.getDefaultFractionDigits() == 0) {
                return new BigDecimal(whole + fraction);
            }
            throw new AmountException("\"" + original + "\" is ambiguous: is it " + whole + fraction + " or " + whole
                    + "." + fraction + "? Write it without a thousands separator");
        }
        return new BigDecimal(whole + "." + fraction);
    }

    private static boolean grouped(String whole, char group) {
        String[] parts = whole.split(Pattern.quote(String.valueOf(group)), -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
