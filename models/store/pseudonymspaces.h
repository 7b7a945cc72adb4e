// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

// What a demo copy's pseudonyms are made of: the spaces of values (persons, accounts, e-mails,
// free text, ...) and how a property's key or value tells its space (store/democopy.h).
namespace Quadrant::DemoSpaces {

// Spaces of pseudonyms. The first five are identifiers: they are also renamed where a saved
// analysis or a cohort names them. The others are exempt where a definition names the value (a
// filter on it would otherwise stop matching).
extern const QString personSpace;
extern const QString accountSpace;
extern const QString leadSpace;
extern const QString dealSpace;
extern const QString emailSpace;
extern const QString companySpace;
extern const QString staffSpace;
extern const QString nameSpace;
extern const QString phoneSpace;
extern const QString addressSpace;
extern const QString ipSpace;
extern const QString commentSpace;

bool isIdentifierSpace(const QString &space);
// The space of free text under a key: "text:KEY".
QString textSpace(const QString &key);
// The space a property's values belong to by its key, or empty (then its values are looked at).
QString spaceOfKey(const QString &key);
bool looksLikeEmail(const QString &value);
// Numbers, dates and yes/no are not free text, however many different ones there are.
bool isMeasureShaped(const QString &value);
// A string or number property value as text (identifiers may be numbers); other values have none.
QString scalarText(const QJsonValue &value);

} // namespace Quadrant::DemoSpaces
