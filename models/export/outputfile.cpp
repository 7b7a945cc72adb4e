// SPDX-License-Identifier: MIT
#include "outputfile.h"

#include "common/systemerror.h"
#include "store/protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Quadrant {

namespace {
constexpr qsizetype bufferSize = 1 << 20;
}

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{}

OutputFile::~OutputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::optional<Failure> OutputFile::open()
{
    if (auto refused = ProtectedFiles::checkOutput(m_path))
        return refused;
    if (QFileInfo(m_path).isDir())
        return Failure(QCoreApplication::translate("Quadrant", "is a folder; name a file"),
                       QDir::toNativeSeparators(m_path));
    if (auto failure = WorkFile::createBeside(m_path, &m_work)) {
        failure->file = QDir::toNativeSeparators(m_path);
        return failure;
    }
    m_fd = ::open(QFile::encodeName(m_work.path()).constData(),
                  O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd < 0)
        return Failure(QCoreApplication::translate("Quadrant", "cannot write: %1")
                           .arg(describeSystemError(errno)),
                       QDir::toNativeSeparators(m_path));
    m_buffer.reserve(bufferSize);
    return std::nullopt;
}

void OutputFile::write(QByteArrayView bytes)
{
    if (m_failure || m_fd < 0)
        return;
    m_buffer.append(bytes.data(), bytes.size());
    if (m_buffer.size() >= bufferSize)
        flush();
}

void OutputFile::flush()
{
    const char *data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0 && !m_failure) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : ENOSPC;
            m_failure = Failure(QCoreApplication::translate("Quadrant", "cannot write: %1")
                                    .arg(describeSystemError(error)),
                                QDir::toNativeSeparators(m_path));
            break;
        }
        data += written;
        left -= written;
    }
    m_buffer.clear();
}

std::optional<Failure> OutputFile::commit()
{
    if (m_fd < 0 && !m_failure)
        return Failure(QCoreApplication::translate("Quadrant", "cannot write: not opened"),
                       QDir::toNativeSeparators(m_path));
    flush();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_failure) {
        m_work.remove();
        return m_failure;
    }
    return m_work.commitAs(m_path);
}

std::optional<Failure> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (auto failure = file.open())
        return failure;
    file.write(bytes);
    return file.commit();
}

} // namespace Quadrant
