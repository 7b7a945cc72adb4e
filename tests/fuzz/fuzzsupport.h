// SPDX-License-Identifier: MIT
// Shared by the libFuzzer targets: the readers take a path, so each input is written to one
// file per process (in /dev/shm when it exists) and read from there.
#pragma once

#include "import/recordreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace Quadrant::Fuzz {

inline QString inputPath(const char *suffix)
{
    static const QString folder
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return folder
           + QStringLiteral("/quadrant-fuzz-%1%2").arg(::getpid()).arg(QLatin1String(suffix));
}

inline QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    const QString path = inputPath(suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Qt wants an application object for some of what the readers use (text codecs, SQL drivers).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "quadrant-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application
        = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)application;
}

// Reads every record (up to a bound, so a slow input cannot stall the fuzzer) and every field.
inline void readEverything(RecordReader &reader)
{
    Record record;
    int rows = 0;
    while (reader.next(record) && ++rows < 100000) {
        for (int i = 0; i < record.fieldCount(); ++i)
            (void)record.field(i);
    }
    (void)reader.header();
    (void)reader.description();
}

} // namespace Quadrant::Fuzz
