// SPDX-License-Identifier: MIT
#include "record.h"

namespace Quadrant {

QByteArray Record::rawText(char delimiter) const
{
    QByteArray text;
    for (int i = 0; i < fieldCount(); ++i) {
        if (i > 0)
            text.append(delimiter);
        const QByteArrayView value = field(i);
        const bool quote = value.contains(delimiter) || value.contains('"') || value.contains('\n')
                           || value.contains('\r');
        if (!quote) {
            text.append(value.data(), value.size());
            continue;
        }
        text.append('"');
        for (char c : value) {
            if (c == '"')
                text.append('"');
            text.append(c);
        }
        text.append('"');
    }
    return text;
}

} // namespace Quadrant
