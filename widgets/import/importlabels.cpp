// SPDX-License-Identifier: MIT
#include "importlabels.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Quadrant::ImportLabels {

namespace {

// Marks the identifiers for lupdate; translations name them in the window's language.
[[maybe_unused]] const char *const s_kinds[] = {
    QT_TRANSLATE_NOOP("ImportKind", "events"),
    QT_TRANSLATE_NOOP("ImportKind", "persons"),
    QT_TRANSLATE_NOOP("ImportKind", "accounts"),
    QT_TRANSLATE_NOOP("ImportKind", "leads"),
    QT_TRANSLATE_NOOP("ImportKind", "deals"),
    QT_TRANSLATE_NOOP("ImportKind", "spend"),
    QT_TRANSLATE_NOOP("ImportKind", "nps"),
    QT_TRANSLATE_NOOP("ImportKind", "aliases"),
};
[[maybe_unused]] const char *const s_fields[] = {
    QT_TRANSLATE_NOOP("ImportField", "user_id"),
    QT_TRANSLATE_NOOP("ImportField", "event"),
    QT_TRANSLATE_NOOP("ImportField", "time"),
    QT_TRANSLATE_NOOP("ImportField", "source"),
    QT_TRANSLATE_NOOP("ImportField", "account_id"),
    QT_TRANSLATE_NOOP("ImportField", "alias"),
    QT_TRANSLATE_NOOP("ImportField", "amount"),
    QT_TRANSLATE_NOOP("ImportField", "arr"),
    QT_TRANSLATE_NOOP("ImportField", "campaign"),
    QT_TRANSLATE_NOOP("ImportField", "channel"),
    QT_TRANSLATE_NOOP("ImportField", "closed"),
    QT_TRANSLATE_NOOP("ImportField", "comment"),
    QT_TRANSLATE_NOOP("ImportField", "contract_start"),
    QT_TRANSLATE_NOOP("ImportField", "created"),
    QT_TRANSLATE_NOOP("ImportField", "date"),
    QT_TRANSLATE_NOOP("ImportField", "day"),
    QT_TRANSLATE_NOOP("ImportField", "deal_id"),
    QT_TRANSLATE_NOOP("ImportField", "industry"),
    QT_TRANSLATE_NOOP("ImportField", "lead_id"),
    QT_TRANSLATE_NOOP("ImportField", "name"),
    QT_TRANSLATE_NOOP("ImportField", "owner"),
    QT_TRANSLATE_NOOP("ImportField", "plan"),
    QT_TRANSLATE_NOOP("ImportField", "renewal_date"),
    QT_TRANSLATE_NOOP("ImportField", "score"),
    QT_TRANSLATE_NOOP("ImportField", "stage"),
    QT_TRANSLATE_NOOP("ImportField", "status"),
};

} // namespace

QString kind(const QString &name)
{
    return QCoreApplication::translate("ImportKind", name.toUtf8().constData());
}

QString field(const QString &name)
{
    return QCoreApplication::translate("ImportField", name.toUtf8().constData());
}

QString file(const QString &path)
{
    if (path == QLatin1String("(built-in sample)"))
        return QCoreApplication::translate("ImportKind", "the built-in sample");
    return QFileInfo(path).fileName();
}

} // namespace Quadrant::ImportLabels
