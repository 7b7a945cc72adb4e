// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QString>

#include <optional>

namespace Quadrant {

// The files this process must never overwrite: every project it has open, with the files SQLite
// and Quadrant keep beside it (journal, WAL, lock, temporaries), and every file an import is
// reading. Every writer of an output file (CSV, XLSX, charts, reports, rejected rows, Save As)
// asks checkOutput() first, so an output path that names one of them, whether a typo, a symlink
// or a hard link, is refused before a byte is written.
class ProtectedFiles
{
public:
    enum class Role { Project, Input };

    // Keeps a file protected for as long as it lives.
    class Hold
    {
    public:
        Hold() = default;
        ~Hold();
        Hold(Hold &&other) noexcept;
        Hold &operator=(Hold &&other) noexcept;
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        void release();

    private:
        friend class ProtectedFiles;
        quint64 m_id = 0;
    };

    static Hold protect(const QString &path, Role role);
    // A failure naming the output and what it would have destroyed; nullopt when it is safe.
    static std::optional<Failure> checkOutput(const QString &path);
    // The names beside a project that belong to it: NAME-journal, NAME-wal, NAME-shm, NAME.lock...
    static QStringList companions(const QString &projectPath);
};

} // namespace Quadrant
