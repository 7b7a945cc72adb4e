// SPDX-License-Identifier: MIT
#include "faultyvfs.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QVector>

#include <cstring>
#include <sqlite3.h>

namespace Quadrant::Test {

namespace {

// What a write or a truncation replaced, to undo it at reboot.
struct Undo
{
    qint64 offset = 0;
    QByteArray oldBytes; // the bytes at offset before the change (within the old size)
    qint64 oldSize = 0;
};

struct State
{
    QMutex mutex;
    FaultyVfs::Mode mode = FaultyVfs::Mode::Off;
    int target = 0;
    int writes = 0;
    bool diskFull = true;
    bool fired = false;
    bool dead = false;
    QHash<QString, QVector<Undo>> unsynced; // per file: changes since its last sync
};

State &state()
{
    static State instance;
    return instance;
}

sqlite3_vfs *s_real = nullptr;
sqlite3_vfs s_vfs;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    char path[1024];
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

QString pathOf(sqlite3_file *file)
{
    return QString::fromUtf8(reinterpret_cast<ShimFile *>(file)->path);
}

qint64 sizeOf(sqlite3_file *real)
{
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    return size;
}

QByteArray readReal(sqlite3_file *real, qint64 offset, qint64 amount)
{
    QByteArray bytes(int(amount), '\0');
    const int rc = real->pMethods->xRead(real, bytes.data(), int(amount), offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return QByteArray();
    return bytes;
}

// Counts the write; true when this one (and, for a power cut, every later one) must fail.
bool failsNow(State &s)
{
    ++s.writes;
    if (s.mode == FaultyVfs::Mode::FailFrom && s.writes >= s.target) {
        s.fired = true;
        return true;
    }
    if (s.mode == FaultyVfs::Mode::PowerLossAt && (s.dead || s.writes >= s.target)) {
        s.fired = s.dead = true;
        return true;
    }
    return false;
}

int shimClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    return rc;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    State &s = state();
    sqlite3_file *real = realOf(file);
    {
        QMutexLocker locker(&s.mutex);
        if (failsNow(s))
            return s.mode == FaultyVfs::Mode::FailFrom && s.diskFull ? SQLITE_FULL
                                                                     : SQLITE_IOERR_WRITE;
        if (s.mode == FaultyVfs::Mode::PowerLossAt) {
            const qint64 oldSize = sizeOf(real);
            const qint64 kept = std::max<qint64>(0, std::min<qint64>(amount, oldSize - offset));
            s.unsynced[pathOf(file)].append(
                {offset, kept > 0 ? readReal(real, offset, kept) : QByteArray(), oldSize});
        }
    }
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    State &s = state();
    sqlite3_file *real = realOf(file);
    {
        QMutexLocker locker(&s.mutex);
        if (failsNow(s))
            return SQLITE_IOERR_TRUNCATE;
        if (s.mode == FaultyVfs::Mode::PowerLossAt) {
            const qint64 oldSize = sizeOf(real);
            s.unsynced[pathOf(file)].append(
                {size,
                 oldSize > size ? readReal(real, size, oldSize - size) : QByteArray(),
                 oldSize});
        }
    }
    return real->pMethods->xTruncate(real, size);
}

int shimSync(sqlite3_file *file, int flags)
{
    State &s = state();
    {
        QMutexLocker locker(&s.mutex);
        if (s.dead)
            return SQLITE_IOERR_FSYNC;
        s.unsynced.remove(pathOf(file));
    }
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int shimUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int shimCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int shimFileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int shimSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// Version 1: no shared memory and no memory mapping, so every byte goes through xWrite.
const sqlite3_io_methods s_methods = {1,
                                      shimClose,
                                      shimRead,
                                      shimWrite,
                                      shimTruncate,
                                      shimSync,
                                      shimFileSize,
                                      shimLock,
                                      shimUnlock,
                                      shimCheckReservedLock,
                                      shimFileControl,
                                      shimSectorSize,
                                      shimDeviceCharacteristics,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    std::memset(shim->path, 0, sizeof(shim->path));
    if (name)
        std::strncpy(shim->path, name, sizeof(shim->path) - 1);
    const int rc = s_real->xOpen(s_real, name, shim->real, flags, outFlags);
    shim->base.pMethods = rc == SQLITE_OK ? &s_methods : nullptr;
    return rc;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    State &s = state();
    {
        QMutexLocker locker(&s.mutex);
        if (s.dead)
            return SQLITE_IOERR_DELETE;
        s.unsynced.remove(QString::fromUtf8(name));
    }
    return s_real->xDelete(s_real, name, syncDirectory);
}

} // namespace

void FaultyVfs::install()
{
    if (s_real)
        return;
    s_real = sqlite3_vfs_find(nullptr);
    s_vfs = *s_real;
    s_vfs.zName = "quadrant-faulty";
    s_vfs.szOsFile = int(sizeof(ShimFile)) + s_real->szOsFile;
    s_vfs.xOpen = shimOpen;
    s_vfs.xDelete = shimDelete;
    sqlite3_vfs_register(&s_vfs, 1);
}

void FaultyVfs::arm(Mode mode, int writeNumber, bool diskFull)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    s.mode = mode;
    s.target = writeNumber;
    s.diskFull = diskFull;
    s.writes = 0;
    s.fired = s.dead = false;
    s.unsynced.clear();
}

void FaultyVfs::disarm()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    s.mode = Mode::Off;
    s.dead = false;
}

int FaultyVfs::writesSeen()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.writes;
}

bool FaultyVfs::fired()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.fired;
}

void FaultyVfs::reboot(quint32 keepSomeSeed)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    QRandomGenerator random(keepSomeSeed);
    for (auto it = s.unsynced.cbegin(); it != s.unsynced.cend(); ++it) {
        QFile file(it.key());
        if (!file.open(QIODevice::ReadWrite))
            continue;
        const QVector<Undo> &undo = it.value();
        for (auto change = undo.crbegin(); change != undo.crend(); ++change) {
            if (keepSomeSeed != 0 && random.bounded(2) == 0)
                continue; // this write reached the disk after all
            file.resize(
                std::max<qint64>(change->oldSize, change->offset + change->oldBytes.size()));
            file.seek(change->offset);
            file.write(change->oldBytes);
            file.resize(change->oldSize);
        }
    }
    s.unsynced.clear();
    s.mode = Mode::Off;
    s.dead = false;
}

} // namespace Quadrant::Test
