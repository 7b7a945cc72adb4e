// SPDX-License-Identifier: MIT
#include "projectfileprobe.h"

#include "schema.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Quadrant {

ProjectFileProbe ProjectFileProbe::inspect(const QString &path)
{
    ProjectFileProbe probe;
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        probe.verdict = Verdict::Missing;
        return probe;
    }
    if (QFileInfo(path).isDir()) {
        probe.verdict = Verdict::Folder;
        return probe;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        probe.verdict = Verdict::Unreadable;
        probe.errorText = file.errorString();
        return probe;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        probe.verdict = Verdict::Empty;
        return probe;
    }
    static const char magic[] = "SQLite format 3";
    if (header.size() < 100 || !header.startsWith(QByteArray(magic, sizeof(magic)))) {
        probe.verdict = Verdict::NotSqlite;
        return probe;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    probe.userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    probe.applicationId = qFromBigEndian<quint32>(bytes + 68);
    probe.walMode = bytes[18] == 2 || bytes[19] == 2;
    probe.verdict
        = probe.applicationId == Schema::applicationId ? Verdict::Project : Verdict::ForeignSqlite;
    return probe;
}

} // namespace Quadrant
