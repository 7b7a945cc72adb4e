// SPDX-License-Identifier: MIT
#include "valueparser.h"

#include "timeparser.h"

#include <charconv>
#include <string>

namespace Quadrant {

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Checks "d{1,3}(Gd{3})+" grouping for the integer part and strips the separators.
bool stripGrouping(QByteArrayView integerPart, char separator, std::string &out)
{
    qsizetype groupLength = 0;
    bool sawSeparator = false;
    qsizetype firstGroup = -1;
    for (char c : integerPart) {
        if (c == separator) {
            if (!sawSeparator)
                firstGroup = groupLength;
            else if (groupLength != 3)
                return false;
            if (groupLength == 0)
                return false;
            sawSeparator = true;
            groupLength = 0;
            continue;
        }
        if (!isDigit(c))
            return false;
        out.push_back(c);
        ++groupLength;
    }
    if (!sawSeparator)
        return true;
    return groupLength == 3 && firstGroup >= 1 && firstGroup <= 3;
}

} // namespace

std::optional<double> parseNumber(QByteArrayView text, bool decimalComma)
{
    text = trimmed(text);
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    std::string cleaned;
    qsizetype i = 0;
    if (text[0] == '-' || text[0] == '+') {
        if (text[0] == '-')
            cleaned.push_back('-');
        i = 1;
    }
    const char decimalPoint = decimalComma ? ',' : '.';
    const char grouping = decimalComma ? '.' : ',';
    // Split off the integer part: up to the decimal point or exponent.
    qsizetype j = i;
    while (j < text.size() && text[j] != decimalPoint && text[j] != 'e' && text[j] != 'E')
        ++j;
    if (j == i && (j >= text.size() || text[j] != decimalPoint))
        return std::nullopt;
    if (!stripGrouping(text.sliced(i, j - i), grouping, cleaned))
        return std::nullopt;
    if (j < text.size() && text[j] == decimalPoint) {
        cleaned.push_back('.');
        ++j;
        const qsizetype fractionStart = j;
        while (j < text.size() && isDigit(text[j]))
            cleaned.push_back(text[j++]);
        if (j == fractionStart && cleaned.size() <= 2)
            return std::nullopt; // "." or "-." alone
    }
    if (j < text.size() && (text[j] == 'e' || text[j] == 'E')) {
        cleaned.push_back('e');
        ++j;
        if (j < text.size() && (text[j] == '-' || text[j] == '+'))
            cleaned.push_back(text[j++]);
        const qsizetype exponentStart = j;
        while (j < text.size() && isDigit(text[j]))
            cleaned.push_back(text[j++]);
        if (j == exponentStart)
            return std::nullopt;
    }
    if (j != text.size())
        return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), value);
    if (result.ec != std::errc() || result.ptr != cleaned.data() + cleaned.size())
        return std::nullopt;
    return value;
}

bool looksNumeric(QByteArrayView text)
{
    return parseNumber(text).has_value();
}

std::optional<qint64> parsePlainInteger(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qsizetype i = text[0] == '-' ? 1 : 0;
    if (i == text.size() || (text[i] == '0' && text.size() > i + 1))
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return text[0] == '-' ? -value : value;
}

bool looksLikeDateTime(QByteArrayView text)
{
    return TimeParser::parseCalendar(trimmed(text)).has_value();
}

} // namespace Quadrant
