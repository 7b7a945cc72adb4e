// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Quadrant {

QByteArray jsonValueUtf8(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // The range first: converting a double beyond qint64 is undefined.
        if (std::abs(d) < 9.0e15 && d == double(qint64(d)))
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default:
        return QByteArray();
    }
}

QString jsonValueText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::fromUtf8(jsonValueUtf8(value));
}

} // namespace Quadrant
