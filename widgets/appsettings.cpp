// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Quadrant {

QStringList AppSettings::recentProjects()
{
    QStringList existing;
    for (const QString &path : QSettings().value(QStringLiteral("recentProjects")).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

void AppSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::lastDirectory()
{
    return QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    QSettings().setValue(QStringLiteral("lastDirectory"), directory);
}

bool AppSettings::darkAppearance()
{
    return QSettings().value(QStringLiteral("appearance/dark"), false).toBool();
}

void AppSettings::setDarkAppearance(bool dark)
{
    QSettings().setValue(QStringLiteral("appearance/dark"), dark);
}

QString AppSettings::sampleProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Sample.quadrant"));
}

} // namespace Quadrant
