// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Quadrant {

// A JSON value as the text of a cell: strings as they are, whole numbers without a fraction,
// other numbers in their shortest exact form, true/false, arrays and objects as compact JSON,
// null as nothing. Numbers of any size are safe (no conversion beyond qint64's range).
QByteArray jsonValueUtf8(const QJsonValue &value);
QString jsonValueText(const QJsonValue &value);

} // namespace Quadrant
