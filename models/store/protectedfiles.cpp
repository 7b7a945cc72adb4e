// SPDX-License-Identifier: MIT
#include "protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QVector>

#include <sys/stat.h>

namespace Quadrant {

namespace {

struct Entry
{
    quint64 id = 0;
    ProtectedFiles::Role role = ProtectedFiles::Role::Input;
    QString path;      // as the user named it, for messages
    QStringList names; // the file itself first, then its companions; absolute and canonical
};

struct Registry
{
    QMutex mutex;
    QVector<Entry> entries;
    quint64 nextId = 1;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// The path with every symbolic link in its folder resolved; the file itself too when it exists.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

struct FileIdentity
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
};

FileIdentity identityOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {true, info.st_dev, info.st_ino};
}

QString describe(const Entry &entry, int nameIndex)
{
    const QString file = QDir::toNativeSeparators(entry.path);
    if (entry.role == ProtectedFiles::Role::Input)
        return QCoreApplication::translate("Quadrant", "it is %1, which is being read").arg(file);
    if (nameIndex == 0)
        return QCoreApplication::translate("Quadrant", "it is the open project %1").arg(file);
    return QCoreApplication::translate(
               "Quadrant",
               "it belongs to the open project %1 (SQLite's journal or Quadrant's lock)")
        .arg(file);
}

} // namespace

ProtectedFiles::Hold::~Hold()
{
    release();
}

ProtectedFiles::Hold::Hold(Hold &&other) noexcept
    : m_id(other.m_id)
{
    other.m_id = 0;
}

ProtectedFiles::Hold &ProtectedFiles::Hold::operator=(Hold &&other) noexcept
{
    if (this != &other) {
        release();
        m_id = other.m_id;
        other.m_id = 0;
    }
    return *this;
}

void ProtectedFiles::Hold::release()
{
    if (m_id == 0)
        return;
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    r.entries.removeIf([this](const Entry &entry) { return entry.id == m_id; });
    m_id = 0;
}

QStringList ProtectedFiles::companions(const QString &projectPath)
{
    QStringList names;
    for (const char *suffix : {"-journal", "-wal", "-shm", ".lock", ".creating", ".saving"})
        names << projectPath + QLatin1String(suffix);
    return names;
}

ProtectedFiles::Hold ProtectedFiles::protect(const QString &path, Role role)
{
    Entry entry;
    entry.role = role;
    entry.path = path;
    const QString file = resolved(path);
    entry.names << file;
    if (role == Role::Project)
        entry.names << companions(file);
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    entry.id = r.nextId++;
    Hold hold;
    hold.m_id = entry.id;
    r.entries.append(std::move(entry));
    return hold;
}

std::optional<Failure> ProtectedFiles::checkOutput(const QString &path)
{
    const QString candidate = resolved(path);
    const FileIdentity candidateIdentity = identityOf(candidate);
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    for (const Entry &entry : std::as_const(r.entries)) {
        for (int i = 0; i < entry.names.size(); ++i) {
            // Case-insensitively: a USB stick's FAT file system treats P.QUADRANT as p.quadrant.
            bool same = candidate.compare(entry.names[i], Qt::CaseInsensitive) == 0;
            if (!same && candidateIdentity.exists) {
                const FileIdentity protectedIdentity = identityOf(entry.names[i]);
                same = protectedIdentity.exists
                       && protectedIdentity.device == candidateIdentity.device
                       && protectedIdentity.inode == candidateIdentity.inode;
            }
            if (same)
                return Failure(QCoreApplication::translate(
                                   "Quadrant", "refusing to write here: %1; choose another file")
                                   .arg(describe(entry, i)),
                               QDir::toNativeSeparators(path));
        }
    }
    return std::nullopt;
}

} // namespace Quadrant
