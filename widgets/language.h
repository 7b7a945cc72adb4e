// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Quadrant {

// The language of the window: Quadrant's own translation (resources/translations, built in
// under :/i18n) and Qt's for its standard dialogs, and the locale numbers and dates are written
// in. Chosen in View > Language or with --lang; by default the system's.
class Language
{
public:
    // The languages Quadrant is translated into: "en", "zh_CN".
    static QStringList available();
    // "English", "简体中文": a language's name in itself.
    static QString nativeName(const QString &code);
    // The language `choice` ("zh_CN", "en" or empty for the system's) comes to: one of
    // available().
    static QString resolve(const QString &choice);
    // Installs the translators of `choice` and makes its locale the default one; returns the
    // language now in effect. Call before the first window is made: widgets take their texts
    // when they are built.
    static QString install(const QString &choice);
    // The language install() last put in effect ("en" before any).
    static QString current();
};

} // namespace Quadrant
