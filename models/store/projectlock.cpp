// SPDX-License-Identifier: MIT
#include "projectlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Quadrant {

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathOf(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

void ProjectLock::release()
{
    m_removedOnSignals.clear(); // first: from now on the file may be another process's lock
    m_lock.reset();
}

ProjectLock::Outcome ProjectLock::refuse(Outcome outcome, const QString &message)
{
    m_removedOnSignals.clear();
    m_lock.reset();
    m_message = message;
    return outcome;
}

ProjectLock::Outcome ProjectLock::acquire(const QString &projectPath)
{
    release();
    m_message.clear();
    const QString path = lockPathOf(projectPath);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile())
        return refuse(
            Outcome::Blocked,
            QCoreApplication::translate(
                "Quadrant",
                "%1 is a folder or a special file, not a lock Quadrant made; remove it to "
                "open the project for writing")
                .arg(shown));

    if (!QFileInfo(existing.absolutePath()).isWritable())
        return refuse(Outcome::NotWritable,
                      QCoreApplication::translate("Quadrant", "its folder is not writable"));

    m_lock = std::make_unique<QLockFile>(path);
    // Stale by process: a lock whose process is gone (crash, power loss) is taken over at once.
    // Never stale by age alone: a live lock is never broken, however old.
    m_lock->setStaleLockTime(0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const SignalsHeldBack held; // between making the lock and registering it
        if (m_lock->tryLock(0)) {
            m_removedOnSignals = RemovedOnSignals({path});
            return Outcome::Locked;
        }
        const QLockFile::LockError error = m_lock->error();
        qint64 pid = 0;
        QString host, application;
        const bool readable = m_lock->getLockInfo(&pid, &host, &application);
        const QFileInfo info(path);
        if (readable && error == QLockFile::LockFailedError) {
            return refuse(Outcome::InUse,
                          QCoreApplication::translate(
                              "Quadrant",
                              "in use by %1/%2; open it read-only or close it there first (if that "
                              "program is gone, delete %3 to take the project over)")
                              .arg(host.isEmpty()
                                       ? QCoreApplication::translate("Quadrant", "another computer")
                                       : host)
                              .arg(pid)
                              .arg(shown));
        }
        if (!info.exists()) {
            // No lock file and still no lock: the folder does not let us create one.
            if (error == QLockFile::PermissionError)
                return refuse(
                    Outcome::NotWritable,
                    QCoreApplication::translate("Quadrant", "its folder is not writable"));
            continue; // it vanished between the attempt and the look: try once more
        }
        // A lock file that is not a lock: empty (a crash between creating and writing it),
        // garbage, or unreadable. Young, it may be another program's lock being written now.
        const qint64 age = info.lastModified().secsTo(QDateTime::currentDateTime());
        if (age >= 0 && age < unreadableStaleSeconds)
            return refuse(
                Outcome::InUse,
                QCoreApplication::translate(
                    "Quadrant",
                    "another program is opening it right now (%1 was just made); try again "
                    "in a few seconds")
                    .arg(shown));
        if (!QFile::remove(path))
            return refuse(
                Outcome::Blocked,
                QCoreApplication::translate(
                    "Quadrant",
                    "%1 is left from a crash but cannot be removed (%2); remove it to open "
                    "the project for writing")
                    .arg(shown,
                         error == QLockFile::PermissionError
                             ? QCoreApplication::translate("Quadrant", "permission denied")
                             : QCoreApplication::translate("Quadrant", "unknown reason")));
    }
    return refuse(
        Outcome::Blocked,
        QCoreApplication::translate(
            "Quadrant", "cannot take the lock %1; remove it to open the project for writing")
            .arg(shown));
}

} // namespace Quadrant
