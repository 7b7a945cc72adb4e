// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Quadrant {

// Reads a file's first 100 bytes, without SQLite, to tell a Quadrant project from anything else.
struct ProjectFileProbe
{
    enum class Verdict { Missing, Folder, Unreadable, Empty, NotSqlite, ForeignSqlite, Project };

    Verdict verdict = Verdict::Missing;
    quint32 applicationId = 0;
    int userVersion = 0;
    bool walMode = false; // header bytes 18-19: another tool switched the file to WAL
    QString errorText;

    static ProjectFileProbe inspect(const QString &path);
};

} // namespace Quadrant
