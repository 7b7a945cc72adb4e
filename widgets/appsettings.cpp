// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Quadrant {

QStringList AppSettings::recentProjects()
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
}

void AppSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
}

namespace {
QString openAnalysesKey(const QString &projectPath)
{
    const QFileInfo file(projectPath);
    const QString path
        = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    // QSettings keys treat '/' as groups: the path is one key, hex-encoded.
    return QStringLiteral("openAnalyses/") + QString::fromLatin1(path.toUtf8().toHex());
}
} // namespace

QStringList AppSettings::openAnalyses(const QString &projectPath, QString *current)
{
    QSettings settings;
    if (current)
        *current
            = settings.value(openAnalysesKey(projectPath) + QStringLiteral("/current")).toString();
    return settings.value(openAnalysesKey(projectPath) + QStringLiteral("/tabs")).toStringList();
}

void AppSettings::setOpenAnalyses(const QString &projectPath,
                                  const QStringList &names,
                                  const QString &current)
{
    QSettings settings;
    settings.setValue(openAnalysesKey(projectPath) + QStringLiteral("/tabs"), names);
    settings.setValue(openAnalysesKey(projectPath) + QStringLiteral("/current"), current);
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

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace Quadrant
