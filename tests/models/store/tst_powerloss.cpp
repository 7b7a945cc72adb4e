// SPDX-License-Identifier: MIT
// Power cuts and full disks, through a VFS shim under SQLite (faultyvfs.h):
//   - an import loses power at 200 points spread over every write it makes; after the "reboot"
//     drops what was not synced (all of it, or a random part), the project opens, passes
//     integrity_check and holds the import completely or not at all;
//   - the disk fills (or fails) at every k-th write of an import, of Save As and of the snapshot:
//     the operation reports a failure and the project reads exactly as before.
#include "analysis/eventindex.h"
#include "faultyvfs.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QCryptographicHash>

#include <sqlite3.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

constexpr int s_rows = 8000;
constexpr int s_powerCuts = 200;
constexpr int s_diskFulls = 60;

// What a project holds, as one value: every table's rows, in order.
QByteArray contentDigest(const QString &path)
{
    ProjectStore store;
    if (store.open(path, ProjectStore::Access::ReadOnly))
        return "cannot open";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : ProjectStore::reportedTables()) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = "SELECT * FROM " + table.toUtf8() + " ORDER BY rowid";
        if (sqlite3_prepare_v2(store.handle(), sql.constData(), -1, &statement, nullptr)
            != SQLITE_OK)
            return "cannot read " + table.toUtf8();
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const auto *text = static_cast<const char *>(sqlite3_column_blob(statement, c));
                hash.addData(QByteArrayView(text, sqlite3_column_bytes(statement, c)));
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
        sqlite3_finalize(statement);
    }
    return hash.result().toHex();
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importLosesPowerAtSpreadWrites();
    void diskFullDuringAnImport();
    void diskFullDuringSaveAs();

private:
    QString copyOfBase(const QString &name);
    std::optional<Failure> import(const QString &project);
    int countWrites(const std::function<void()> &operation);

    QTemporaryDir m_dir;
    QString m_base, m_events;
    QByteArray m_baseDigest;
    qint64 m_baseEvents = 0;
};

void TestPowerLoss::initTestCase()
{
    FaultyVfs::install();
    m_base = newProject(m_dir, QStringLiteral("base.quadrant"));
    {
        ProjectStore store;
        QVERIFY(!store.open(m_base));
        SampleOptions options;
        options.persons = 100;
        JobContext context;
        QVERIFY(!SampleGenerator(options).generate(store, context));
        m_baseEvents = scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    }
    m_baseDigest = contentDigest(m_base);
    m_events = m_dir.filePath(QStringLiteral("events.csv"));
    QFile out(m_events);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("user_id,event,time\n");
    for (int i = 0; i < s_rows; ++i)
        out.write("p" + QByteArray::number(i % 997) + ",e" + QByteArray::number(i % 7) + ','
                  + QByteArray::number(1709287200000LL + i * 1000LL) + '\n');
}

QString TestPowerLoss::copyOfBase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const QString &old : {path, path + QStringLiteral("-journal")})
        QFile::remove(old);
    QFile::copy(m_base, path);
    return path;
}

std::optional<Failure> TestPowerLoss::import(const QString &project)
{
    ProjectStore store;
    if (auto failure = store.open(project))
        return failure;
    ImportRequest request;
    request.file = m_events;
    JobContext context;
    return ImportJob::run(store, request, context).failure;
}

int TestPowerLoss::countWrites(const std::function<void()> &operation)
{
    FaultyVfs::arm(FaultyVfs::Mode::FailFrom, std::numeric_limits<int>::max());
    operation();
    const int writes = FaultyVfs::writesSeen();
    FaultyVfs::disarm();
    return writes;
}

void TestPowerLoss::importLosesPowerAtSpreadWrites()
{
    const int writes
        = countWrites([this] { QVERIFY(!import(copyOfBase(QStringLiteral("count.quadrant")))); });
    QVERIFY2(writes > 50, qPrintable(QString::number(writes)));
    int wholeImports = 0, noImports = 0;
    for (int run = 0; run < s_powerCuts; ++run) {
        // The last runs cut the power after the import's last write: it must then be whole.
        const int at = 1 + int(qint64(run) * writes / (s_powerCuts - 1));
        const QString project = copyOfBase(QStringLiteral("cut.quadrant"));
        FaultyVfs::arm(FaultyVfs::Mode::PowerLossAt, at);
        const auto failure = import(project);
        QVERIFY2(FaultyVfs::fired() == bool(failure),
                 qPrintable(QStringLiteral("write %1").arg(at)));
        // Half the cuts lose every unsynced write, half a random part of them.
        FaultyVfs::reboot(run % 2 == 0 ? 0 : quint32(run));

        ProjectStore store;
        const auto opened = store.open(project);
        QVERIFY2(!opened,
                 qPrintable(QStringLiteral("write %1: %2")
                                .arg(at)
                                .arg(opened ? opened->toString() : QString())));
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const qint64 events
            = scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        const qint64 imports
            = scalar(
                  store,
                  QStringLiteral("SELECT count(*) FROM import_log WHERE file LIKE '%events.csv'"))
                  .toLongLong();
        store.close();
        if (events == m_baseEvents) {
            QCOMPARE(imports, 0);
            QCOMPARE(contentDigest(project), m_baseDigest);
            ++noImports;
        } else {
            QCOMPARE(events, m_baseEvents + s_rows);
            QCOMPARE(imports, 1);
            ++wholeImports;
        }
    }
    qInfo("%d power cuts over %d writes: %d left the import whole, %d left nothing of it",
          s_powerCuts,
          writes,
          wholeImports,
          noImports);
    QVERIFY(noImports > 0);
    QVERIFY(wholeImports > 0);
}

void TestPowerLoss::diskFullDuringAnImport()
{
    const int writes
        = countWrites([this] { QVERIFY(!import(copyOfBase(QStringLiteral("count.quadrant")))); });
    for (int run = 0; run < s_diskFulls; ++run) {
        const int at = 1 + int(qint64(run) * (writes - 1) / (s_diskFulls - 1));
        const QString project = copyOfBase(QStringLiteral("full.quadrant"));
        FaultyVfs::arm(FaultyVfs::Mode::FailFrom, at, run % 2 == 0);
        const auto failure = import(project);
        FaultyVfs::disarm();
        QVERIFY2(failure,
                 qPrintable(QStringLiteral("write %1 of %2 failed, yet the import succeeded")
                                .arg(at)
                                .arg(writes)));
        QCOMPARE(contentDigest(project), m_baseDigest); // after recovery: exactly as before
        ProjectStore store;
        QVERIFY(!store.open(project));
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
}

void TestPowerLoss::diskFullDuringSaveAs()
{
    const QString target = m_dir.filePath(QStringLiteral("copy.quadrant"));
    const int writes = countWrites([&] {
        QFile::remove(target);
        JobContext context;
        QVERIFY(!ProjectStore::writeCopy(m_base, target, context));
    });
    const QByteArray before = fileHash(m_base);
    for (int run = 0; run < s_diskFulls; ++run) {
        const int at = 1 + int(qint64(run) * (writes - 1) / (s_diskFulls - 1));
        QFile::remove(target);
        FaultyVfs::arm(FaultyVfs::Mode::FailFrom, at, run % 2 == 0);
        JobContext context;
        const auto failure = ProjectStore::writeCopy(m_base, target, context);
        FaultyVfs::disarm();
        QVERIFY(failure);
        QVERIFY2(!QFileInfo::exists(target), "a half-written copy was left under the chosen name");
        QVERIFY(QDir(QFileInfo(target).absolutePath())
                    .entryList({QStringLiteral("*.quadrant-work*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
        QCOMPARE(fileHash(m_base), before);
    }
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
