// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Quadrant {

// Machine preferences (never project data), with every default in one place.
class AppSettings
{
public:
    // The projects opened last, newest first, including ones since moved or deleted (the
    // window offers to remove those).
    static QStringList recentProjects();
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QString lastDirectory();
    static void setLastDirectory(const QString &directory);
    static bool darkAppearance();
    static void setDarkAppearance(bool dark);
    // The language chosen in View > Language: "zh_CN", "en", or empty for the system's.
    static QString language();
    static void setLanguage(const QString &language);
    // The analyses open as tabs when `projectPath` was last closed (names in tab order, and the
    // current one), to open them again; none known: empty.
    static QStringList openAnalyses(const QString &projectPath, QString *current = nullptr);
    static void
    setOpenAnalyses(const QString &projectPath, const QStringList &names, const QString &current);
    // Where File > New Sample Project writes its file.
    static QString sampleProjectPath();

    static constexpr int maxRecentProjects = 8;
};

} // namespace Quadrant
