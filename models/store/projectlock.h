// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "workfile.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Quadrant {

// The lock file NAME.quadrant.lock that keeps a second writer out of a project (QLockFile: pid,
// host and application inside). A lock is taken over when it is stale: its process is gone (same
// host), or it cannot be read as a lock at all (empty, garbage, unreadable) and is older than
// unreadableStaleSeconds, long enough that nobody is still writing it. A live lock is never broken;
// the refusal says who holds it and how to take it over when that process is known to be gone.
class ProjectLock
{
public:
    enum class Outcome { Locked, InUse, NotWritable, Blocked };
    static constexpr int unreadableStaleSeconds = 10;

    ProjectLock();
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Tries once, without waiting. On anything but Locked, message() says why, for a person.
    Outcome acquire(const QString &projectPath);
    void release();
    bool isLocked() const { return m_lock != nullptr; }
    QString message() const { return m_message; }

    static QString lockPathOf(const QString &projectPath);

private:
    Outcome refuse(Outcome outcome, const QString &message);

    std::unique_ptr<QLockFile> m_lock;
    RemovedOnSignals m_removedOnSignals; // a SIGTERM leaves no stale lock beside the project
    QString m_message;
};

} // namespace Quadrant
