// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include "store/protectedfiles.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Quadrant {

std::optional<Failure> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto refused = ProtectedFiles::checkOutput(path))
        return refused;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure(
            QCoreApplication::translate("Quadrant", "cannot write: %1").arg(file.errorString()),
            path);
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Failure(QCoreApplication::translate("Quadrant", "cannot write: %1").arg(error),
                       path);
    }
    if (!file.commit())
        return Failure(
            QCoreApplication::translate("Quadrant", "cannot write: %1").arg(file.errorString()),
            path);
    return std::nullopt;
}

} // namespace Quadrant
