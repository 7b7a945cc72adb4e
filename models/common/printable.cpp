// SPDX-License-Identifier: MIT
#include "printable.h"

namespace Quadrant {

namespace {

bool mustEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

QString printable(const QString &text, qsizetype limit)
{
    QString result;
    result.reserve(std::min(text.size(), limit) + 16);
    qsizetype shown = 0;
    for (; shown < text.size() && result.size() < limit; ++shown) {
        const char16_t c = text[shown].unicode();
        if (c == u'\t') {
            result += QLatin1String("\\t");
        } else if (c == u'\n') {
            result += QLatin1String("\\n");
        } else if (c == u'\r') {
            result += QLatin1String("\\r");
        } else if (c <= 0xff && mustEscape(c)) {
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (mustEscape(c)) {
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            result += QChar(c);
        }
    }
    if (shown < text.size())
        result += QStringLiteral("... (%1 more characters)").arg(text.size() - shown);
    return result;
}

} // namespace Quadrant
