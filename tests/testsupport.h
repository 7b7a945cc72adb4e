// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

// Small helpers shared by the tests: fixture paths, fresh projects, file hashes, SQL scalars.
namespace Quadrant::Test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(QUADRANT_TEST_DATA) + QLatin1Char('/') + name;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QString newProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.quadrant"))
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    const auto failure = ProjectStore::create(path);
    if (failure)
        qWarning() << failure->toString();
    return path;
}

inline QVariant scalar(const ProjectStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace Quadrant::Test
