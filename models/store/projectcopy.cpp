// SPDX-License-Identifier: MIT
#include "projectcopy.h"

#include "common/crashpoint.h"
#include "common/systemerror.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "protectedfiles.h"
#include "schema.h"
#include "workfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace Quadrant {

std::optional<Failure>
ProjectCopy::write(const QString &sourcePath, const QString &targetPath, JobContext &context)
{
    heavyWork("copying a project");
    const QString source = QFileInfo(sourcePath).absoluteFilePath();
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (source == target)
        return Failure(
            QCoreApplication::translate(
                "Quadrant", "the copy would replace the project itself; choose another name"),
            QDir::toNativeSeparators(target));
    if (auto refused = ProtectedFiles::checkOutput(target))
        return refused;
    // A file of this process's own, never a name derived from the target: that name could be
    // the very file being copied.
    WorkFile work;
    if (auto failure = WorkFile::createBeside(target, &work))
        return failure;
    const QString temporary = work.path();

    sqlite3 *from = nullptr, *to = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    Schema::applyDefensiveSettings(from);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(),
                             &to,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    bool canceled = false;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(from, 10000);
        sqlite3_exec(to, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        // Step by step, so that progress moves and Cancel works on a large project; a write to
        // the source in between (an autosave) restarts the copy from a consistent point.
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 64);
                crashPoint("copy.step");
                const int total = sqlite3_backup_pagecount(backup);
                if (total > 0)
                    context.setProgress(
                        double(total - sqlite3_backup_remaining(backup)) / double(total),
                        QCoreApplication::translate("Quadrant", "Copying the project"));
                canceled = context.isCanceled();
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (!canceled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(to);
        }
    }
    const QString error = to     ? QString::fromUtf8(sqlite3_errmsg(to))
                          : from ? QString::fromUtf8(sqlite3_errmsg(from))
                                 : QString();
    const int closed = to ? sqlite3_close(to) : SQLITE_OK;
    sqlite3_close(from);
    if (canceled) {
        work.remove();
        return Failure(QCoreApplication::translate("Quadrant", "canceled; nothing was written"),
                       QDir::toNativeSeparators(target));
    }
    if (rc != SQLITE_OK || closed != SQLITE_OK) {
        work.remove();
        const QString reason = describeSqliteError(rc != SQLITE_OK ? rc : closed);
        return Failure(QCoreApplication::translate("Quadrant", "cannot save a copy: %1")
                           .arg(reason.isEmpty() ? error : reason),
                       QDir::toNativeSeparators(target));
    }
    crashPoint("copy.step");
    // rename(2) replaces an existing file atomically: the old one stays whole until the new one is.
    return work.commitAs(target);
}

} // namespace Quadrant
