// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Quadrant {

namespace {

QString s_current = QStringLiteral("en");
std::unique_ptr<QTranslator> s_quadrant, s_qt;

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::resolve(const QString &choice)
{
    if (available().contains(choice))
        return choice;
    // Any Chinese locale reads simplified Chinese better than English; Taiwan and Hong Kong
    // users would want traditional characters, which Quadrant does not have yet.
    const QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::install(const QString &choice)
{
    const QString language = resolve(choice);
    for (auto *translator : {&s_quadrant, &s_qt})
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    if (language != QLatin1String("en")) {
        s_quadrant = std::make_unique<QTranslator>();
        if (s_quadrant->load(QStringLiteral(":/i18n/quadrant_") + language))
            QCoreApplication::installTranslator(s_quadrant.get());
        s_qt = std::make_unique<QTranslator>();
        if (s_qt->load(QStringLiteral("qtbase_") + language,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s_qt.get());
        QLocale::setDefault(QLocale(language));
    } else if (!choice.isEmpty()) {
        // English chosen on a system in another language: numbers and dates in English too.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    } else {
        QLocale::setDefault(QLocale::system());
    }
    s_current = language;
    return language;
}

QString Language::current()
{
    return s_current;
}

} // namespace Quadrant
