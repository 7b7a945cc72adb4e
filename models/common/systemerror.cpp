// SPDX-License-Identifier: MIT
#include "systemerror.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace Quadrant {

QString describeSystemError(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
        return QCoreApplication::translate("Quadrant", "the disk is full");
    case EDQUOT:
        return QCoreApplication::translate("Quadrant", "the disk quota is used up");
    case EFBIG:
        return QCoreApplication::translate("Quadrant",
                                           "the file would grow beyond the size allowed");
    case EROFS:
        return QCoreApplication::translate("Quadrant", "the disk is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("Quadrant", "permission denied");
    case EIO:
        return QCoreApplication::translate("Quadrant",
                                           "an input/output error (the disk may be failing)");
    case ENOENT:
        return QCoreApplication::translate("Quadrant", "the folder does not exist");
    case EISDIR:
        return QCoreApplication::translate("Quadrant", "it is a folder");
    case EXDEV:
        return QCoreApplication::translate("Quadrant", "it is on another disk");
    default:
        return QString::fromLocal8Bit(std::strerror(errnoValue));
    }
}

QString describeSqliteError(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Quadrant", "the disk is full");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Quadrant",
                                           "an input/output error (the disk may be failing)");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Quadrant", "the file or its folder is read-only");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Quadrant", "the file cannot be opened");
    case SQLITE_PERM:
        return QCoreApplication::translate("Quadrant", "permission denied");
    default:
        return QString();
    }
}

} // namespace Quadrant
