// SPDX-License-Identifier: MIT
// No output file replaces an open project, a file beside it, or a file being read: every
// writer asks ProtectedFiles first (CSV and XLSX tables, charts and reports, Save As).
#include "common/printable.h"
#include "export/csvwriter.h"
#include "export/outputfile.h"
#include "export/xlsxwriter.h"
#include "jobs/jobcontext.h"
#include "store/protectedfiles.h"
#include "testsupport.h"

#include <unistd.h>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestProtectedFiles : public QObject
{
    Q_OBJECT
private slots:
    void everyWriterRefusesAnOpenProject_data();
    void everyWriterRefusesAnOpenProject();
    void inputsAreProtectedWhileRead();
    void printableEscapesAndCaps();
};

void TestProtectedFiles::everyWriterRefusesAnOpenProject_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("the project") << "p.quadrant";
    QTest::newRow("the project, upper case") << "P.QUADRANT";
    QTest::newRow("its journal") << "p.quadrant-journal";
    QTest::newRow("its WAL") << "p.quadrant-wal";
    QTest::newRow("its lock") << "p.quadrant.lock";
    QTest::newRow("a symlink to it") << "link.csv";
    QTest::newRow("a hard link to it") << "hard.csv";
    QTest::newRow("through a symlinked folder") << "folder/p.quadrant";
}

void TestProtectedFiles::everyWriterRefusesAnOpenProject()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString project = newProject(dir, QStringLiteral("p.quadrant"));
    QVERIFY(QFile::link(project, dir.filePath(QStringLiteral("link.csv"))));
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("folder"))));
    QCOMPARE(::link(QFile::encodeName(project).constData(),
                    QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData()),
             0);
    const QString target = dir.filePath(name);
    {
        ProjectStore store;
        QVERIFY(!store.open(project));
        const QByteArray before = fileHash(project);
        CsvWriter csv(target);
        const auto csvFailure = csv.open();
        QVERIFY(csvFailure);
        QVERIFY2(csvFailure->message.contains(QStringLiteral("refusing to write here")),
                 qPrintable(csvFailure->message));
        QVERIFY(XlsxWriter::write(
            target, RecordTable{{QStringLiteral("a")}, {{1}}}, QStringLiteral("S")));
        QVERIFY(writeFileAtomically(target, "png bytes"));
        JobContext context;
        QVERIFY(ProjectStore::writeCopy(
            dir.filePath(QStringLiteral("other.quadrant")), target, context));
        QCOMPARE(fileHash(project), before);
    }
    // Once the project is closed, nothing protects those names any more.
    if (name != QLatin1String("p.quadrant") && name != QLatin1String("P.QUADRANT"))
        QVERIFY(!writeFileAtomically(target, "now allowed"));
}

void TestProtectedFiles::inputsAreProtectedWhileRead()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    writeFile(input, "a\n1\n");
    {
        const ProtectedFiles::Hold hold
            = ProtectedFiles::protect(input, ProtectedFiles::Role::Input);
        const auto failure = writeFileAtomically(input, "x");
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(QStringLiteral("which is being read")),
                 qPrintable(failure->message));
    }
    QVERIFY(!writeFileAtomically(input, "x"));
}

void TestProtectedFiles::printableEscapesAndCaps()
{
    QCOMPARE(printable(QStringLiteral("a\x1b[31mb\x07\tc\nd")),
             QStringLiteral("a\\x1b[31mb\\x07\\tc\\nd"));
    QCOMPARE(printable(QStringLiteral("x") + QChar(0x202e) + QStringLiteral("y")),
             QStringLiteral("x\\u202ey"));
    QCOMPARE(printable(QStringLiteral("é漏斗")), QStringLiteral("é漏斗"));
    const QString capped = printable(QString(5000, QLatin1Char('a')), 100);
    QVERIFY(capped.startsWith(QString(100, QLatin1Char('a'))));
    QVERIFY(capped.endsWith(QStringLiteral("(4900 more characters)")));
    QCOMPARE(
        Failure(QStringLiteral("bad \x1b value"), QStringLiteral("f\nile.csv"), 3, 2).toString(),
        QStringLiteral("f\\nile.csv:3:2: bad \\x1b value"));
}

QTEST_GUILESS_MAIN(TestProtectedFiles)
#include "tst_protectedfiles.moc"
