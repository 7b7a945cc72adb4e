// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"
#include "store/workfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Quadrant {

// An output file written whole or not at all: ProtectedFiles is asked first, the bytes go to a
// work file of this process's own beside it (never a name derived from the output), and commit()
// syncs it and renames it into place. Errors say what happened in words ("the disk is full"),
// read from errno at the call that failed; a failed or abandoned file leaves nothing behind.
class OutputFile
{
public:
    explicit OutputFile(QString path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    std::optional<Failure> open();
    // Buffered; the first failure is kept and returned by commit().
    void write(QByteArrayView bytes);
    std::optional<Failure> commit();
    const QString &path() const { return m_path; }

private:
    void flush();

    QString m_path;
    WorkFile m_work;
    int m_fd = -1;
    QByteArray m_buffer;
    std::optional<Failure> m_failure;
};

// Writes `bytes` to `path` through an OutputFile.
std::optional<Failure> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Quadrant
