// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace Quadrant {

class JobContext;

// A project's known content in a private database of this process: SQLite's temporary database
// (an empty file name), whose file is unlinked as soon as it is made, so that no other process
// can open it and nothing of it is left when the process ends, however it ends. A demo copy is
// pseudonymised here, so that the original values are never written to a file anyone can find.
//
// Only what Quadrant knows is copied, by allow-list: the tables of the current schema, their
// columns, and the project settings named in knownSettings(). Tables, views and triggers of
// anyone else, extra columns and other settings (a saved server address, for one) are left out
// and counted.
class PrivateProject
{
public:
    struct LeftOut
    {
        int objects = 0;  // tables, views, triggers and indexes Quadrant did not make
        int columns = 0;  // columns of known tables that Quadrant did not make
        int settings = 0; // project_meta keys outside knownSettings()
        int total() const { return objects + columns + settings; }
    };

    PrivateProject();
    ~PrivateProject();
    PrivateProject(const PrivateProject &) = delete;
    PrivateProject &operator=(const PrivateProject &) = delete;

    // Reads a consistent snapshot of the project at sourcePath (which may be open in the window
    // meanwhile), upgrades it to the current schema when it is older, and copies its known
    // content. Progress goes from 0 to progressShare on `context`, which also cancels.
    std::optional<Failure>
    copyKnownContent(const QString &sourcePath, JobContext &context, double progressShare = 1.0);

    sqlite3 *handle() const;
    const LeftOut &leftOut() const { return m_leftOut; }

    // The settings a copy keeps: what the analyses and the sample need, nothing about where the
    // project came from or which servers it talks to.
    static QStringList knownSettings();

private:
    std::optional<Failure> snapshotInto(const QString &sourcePath, JobContext &context);
    std::optional<Failure> copyTables(JobContext &context);

    QString m_snapshotName; // the project as read, upgraded
    QString m_cleanName;    // the known content only
    double m_progressShare = 1.0;
    LeftOut m_leftOut;
};

} // namespace Quadrant
