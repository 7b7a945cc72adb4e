// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QString>
#include <QStringList>

#include <csignal>
#include <optional>
#include <vector>

namespace Quadrant {

// A file this process made itself, beside the output it will become: a hidden name with a random
// part (".NAME.k3J9x2.quadrant-work"), created with O_EXCL so that it cannot be a file that was
// already there. A name derived from the output ("OUT.saving") could be the very file being read,
// and deleting it "to start clean" lost a project. The file, and the companions SQLite keeps
// beside it (its journal), are removed when the WorkFile goes out of scope unless it was renamed
// into place, and also when the process is stopped by SIGTERM, SIGINT or SIGHUP (see
// removeOnTerminationSignals()); a kill -9 can leave one, under a name nothing else uses.
class WorkFile
{
public:
    WorkFile() = default;
    ~WorkFile();
    WorkFile(WorkFile &&other) noexcept;
    WorkFile &operator=(WorkFile &&other) noexcept;
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;

    // An empty new file in the folder of `target`; the failure names `target`.
    static std::optional<Failure> createBeside(const QString &target, WorkFile *file);

    const QString &path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }

    // fsync(2)s the work file, renames it over `target` (atomically: the old target stays whole
    // until the new one is) and fsyncs the folder. Afterwards the WorkFile owns nothing.
    std::optional<Failure> commitAs(const QString &target);
    // Removes the file and its companions now.
    void remove();

    // Installs handlers for SIGTERM, SIGINT and SIGHUP that remove every live work file and then
    // end the process as the signal would have. Called once by each program's main().
    static void removeOnTerminationSignals();

private:
    void untrack();

    QString m_path;
    QStringList m_names; // m_path and its companions, as registered for the signal handler
    int m_slots[2] = {-1, -1};
};

// Files this process made that SIGTERM, SIGINT or SIGHUP must not leave behind (a project's lock,
// a new project still being filled): the signal handler of WorkFile::removeOnTerminationSignals()
// removes them as long as this object lives. It removes nothing itself.
class RemovedOnSignals
{
public:
    RemovedOnSignals() = default;
    explicit RemovedOnSignals(const QStringList &paths);
    ~RemovedOnSignals();
    RemovedOnSignals(RemovedOnSignals &&other) noexcept;
    RemovedOnSignals &operator=(RemovedOnSignals &&other) noexcept;
    RemovedOnSignals(const RemovedOnSignals &) = delete;
    RemovedOnSignals &operator=(const RemovedOnSignals &) = delete;

    // Forgets the files: a signal leaves them from now on.
    void clear();

private:
    std::vector<int> m_slots;
};

// Holds back SIGTERM, SIGINT and SIGHUP on this thread while it lives (one that arrives meanwhile
// is delivered at its end): around making a file and registering it, so that no signal ends the
// process between the two.
class SignalsHeldBack
{
public:
    SignalsHeldBack();
    ~SignalsHeldBack();
    SignalsHeldBack(const SignalsHeldBack &) = delete;
    SignalsHeldBack &operator=(const SignalsHeldBack &) = delete;

private:
    sigset_t m_previous;
};

} // namespace Quadrant
