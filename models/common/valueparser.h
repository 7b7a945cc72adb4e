// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <optional>

namespace Quadrant {

// Numbers as people write them in exported files: "1234.5", "-3", "1e6", "1,234,567.89"
// (thousands separators), and with decimalComma "12,5" or "1.234.567,89".
std::optional<double> parseNumber(QByteArrayView text, bool decimalComma = false);
bool looksNumeric(QByteArrayView text);
// A plain integer without separators, fraction or leading zero ("0" itself is fine).
std::optional<qint64> parsePlainInteger(QByteArrayView text);
bool looksLikeDateTime(QByteArrayView text);
QByteArrayView trimmed(QByteArrayView text);

} // namespace Quadrant
