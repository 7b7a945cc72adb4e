// SPDX-License-Identifier: MIT
#include "workfile.h"

#include "common/systemerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <unistd.h>

namespace Quadrant {

namespace {

// The live work files, for the signal handler: fixed slots it can read without locks or
// allocation. A slot is free (0), being filled (1) or live (2).
struct Slot
{
    std::atomic<int> state{0};
    char path[PATH_MAX];
};
constexpr int slotCount = 256;
Slot s_slots[slotCount];

// Reserves a slot for a path that is about to be created: the handler waits for it to be
// published (the file exists) or released (it does not) before it decides.
int claimSlot(const QByteArray &path)
{
    if (path.size() >= PATH_MAX)
        return -1;
    for (int i = 0; i < slotCount; ++i) {
        int expected = 0;
        if (s_slots[i].state.compare_exchange_strong(expected, 1, std::memory_order_acquire)) {
            std::memcpy(s_slots[i].path, path.constData(), size_t(path.size()) + 1);
            return i;
        }
    }
    return -1; // more than 256 at once: still removed by the destructor, not by a signal
}

void publishSlot(int slot)
{
    if (slot >= 0)
        s_slots[slot].state.store(2, std::memory_order_release);
}

void releaseSlot(int slot)
{
    if (slot >= 0)
        s_slots[slot].state.store(0, std::memory_order_release);
}

extern "C" void removeWorkFilesAndStop(int signalNumber)
{
    for (Slot &slot : s_slots) {
        // A slot being filled belongs to a thread that blocks these signals for the few
        // instructions between creating its file and publishing it, so it cannot be this one.
        for (long spin = 0; spin < 100000000L && slot.state.load(std::memory_order_acquire) == 1;
             ++spin) {
        }
        if (slot.state.load(std::memory_order_acquire) == 2)
            ::unlink(slot.path); // async-signal-safe
    }
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

QString randomPart()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString part;
    for (int i = 0; i < 8; ++i)
        part += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return part;
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

WorkFile::~WorkFile()
{
    remove();
}

WorkFile::WorkFile(WorkFile &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_names(std::move(other.m_names))
{
    m_slots[0] = std::exchange(other.m_slots[0], -1);
    m_slots[1] = std::exchange(other.m_slots[1], -1);
    other.m_path.clear();
    other.m_names.clear();
}

WorkFile &WorkFile::operator=(WorkFile &&other) noexcept
{
    if (this != &other) {
        remove();
        m_path = std::exchange(other.m_path, QString());
        m_names = std::exchange(other.m_names, QStringList());
        m_slots[0] = std::exchange(other.m_slots[0], -1);
        m_slots[1] = std::exchange(other.m_slots[1], -1);
    }
    return *this;
}

std::optional<Failure> WorkFile::createBeside(const QString &target, WorkFile *file)
{
    file->remove();
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!QFileInfo(folder).isDir())
        return Failure(QCoreApplication::translate("Quadrant", "its folder does not exist"), shown);
    // Short enough for any file system's name limit, whatever the target is called.
    const QString stem = info.fileName().left(80);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = folder + QStringLiteral("/.") + stem + QLatin1Char('.') + randomPart()
                             + QStringLiteral(".quadrant-work");
        // Created and registered with the termination signals held back, so that no signal
        // can end the process between the two and leave the file behind.
        const SignalsHeldBack held;
        const QStringList names{path, path + QStringLiteral("-journal")};
        int reserved[2]
            = {claimSlot(QFile::encodeName(names[0])), claimSlot(QFile::encodeName(names[1]))};
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                              0666);
        if (fd < 0) {
            const int error = errno;
            releaseSlot(reserved[0]);
            releaseSlot(reserved[1]);
            if (error == EEXIST)
                continue;
            return Failure(QCoreApplication::translate("Quadrant", "cannot write beside it: %1")
                               .arg(describeSystemError(error)),
                           shown);
        }
        ::close(fd);
        publishSlot(reserved[0]);
        publishSlot(reserved[1]);
        file->m_path = path;
        file->m_names = names;
        file->m_slots[0] = reserved[0];
        file->m_slots[1] = reserved[1];
        return std::nullopt;
    }
    return Failure(QCoreApplication::translate("Quadrant", "cannot find a free name beside it"),
                   shown);
}

void WorkFile::untrack()
{
    for (int &slot : m_slots)
        releaseSlot(std::exchange(slot, -1));
}

std::optional<Failure> WorkFile::commitAs(const QString &target)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    const QByteArray from = QFile::encodeName(m_path);
    const int fd = ::open(from.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return Failure(QCoreApplication::translate("Quadrant", "cannot write the file: %1")
                           .arg(describeSystemError(error)),
                       shown);
    }
    ::close(fd);
    if (::rename(from.constData(), QFile::encodeName(target).constData()) != 0)
        return Failure(QCoreApplication::translate("Quadrant", "cannot write the file: %1")
                           .arg(describeSystemError(errno)),
                       shown);
    untrack();
    // The file is the target now; only its companions (an empty journal at most) are left.
    for (qsizetype i = 1; i < m_names.size(); ++i)
        QFile::remove(m_names[i]);
    m_path.clear();
    m_names.clear();
    syncFolder(QFileInfo(target).absolutePath());
    return std::nullopt;
}

void WorkFile::remove()
{
    if (m_names.isEmpty())
        return;
    for (const QString &name : std::as_const(m_names))
        ::unlink(QFile::encodeName(name).constData());
    untrack();
    m_path.clear();
    m_names.clear();
}

RemovedOnSignals::RemovedOnSignals(const QStringList &paths)
{
    for (const QString &path : paths) {
        const int slot = claimSlot(QFile::encodeName(path));
        publishSlot(slot);
        m_slots.push_back(slot);
    }
}

RemovedOnSignals::~RemovedOnSignals()
{
    clear();
}

RemovedOnSignals::RemovedOnSignals(RemovedOnSignals &&other) noexcept
    : m_slots(std::exchange(other.m_slots, {}))
{}

RemovedOnSignals &RemovedOnSignals::operator=(RemovedOnSignals &&other) noexcept
{
    if (this != &other) {
        clear();
        m_slots = std::exchange(other.m_slots, {});
    }
    return *this;
}

void RemovedOnSignals::clear()
{
    for (const int slot : m_slots)
        releaseSlot(slot);
    m_slots.clear();
}

SignalsHeldBack::SignalsHeldBack()
{
    sigset_t termination;
    sigemptyset(&termination);
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        sigaddset(&termination, signalNumber);
    pthread_sigmask(SIG_BLOCK, &termination, &m_previous);
}

SignalsHeldBack::~SignalsHeldBack()
{
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

void WorkFile::removeOnTerminationSignals()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = removeWorkFilesAndStop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
}

} // namespace Quadrant
