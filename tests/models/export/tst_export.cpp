// SPDX-License-Identifier: MIT
// What the workbench writes for other programs: CSV (escaped, formulas neutralised, optionally
// with a byte-order mark), XLSX, both through TableExport, and the atomic writes under them. Each
// file is read back with the project's own importers, so that what is exported imports again.
#include "common/jsontext.h"
#include "export/csvwriter.h"
#include "export/outputfile.h"
#include "export/tableexport.h"
#include "export/xlsxwriter.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// Every row of a file as text cells, header first, read by `Reader`.
template<typename Reader>
QList<QStringList> readBack(Reader &reader)
{
    QList<QStringList> rows{reader.header()};
    Record record;
    while (reader.next(record)) {
        QStringList cells;
        for (int i = 0; i < record.fieldCount(); ++i)
            cells << QString::fromUtf8(record.field(i).toByteArray());
        rows << cells;
    }
    return rows;
}

RecordTable sampleTable()
{
    return {{QStringLiteral("name"), QStringLiteral("persons"), QStringLiteral("rate")},
            {{QStringLiteral("Acme, Inc."), qint64(1200), 0.125},
             {QStringLiteral("=HYPERLINK(\"evil\")"), qint64(-3), QVariant()},
             {QStringLiteral("Ünïcödé <&> \"quoted\"\nnext line"), qint64(0), 1.0 / 3.0}}};
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void csvCellsAreEscapedAndNeutralised_data();
    void csvCellsAreEscapedAndNeutralised();
    void csvReadsBackThroughTheImporter();
    void csvByteOrderMarkOnRequest();
    void uncommittedCsvLeavesNothing();
    void xlsxReadsBackThroughTheImporter();
    void xlsxColumnNames();
    void tableExportChoosesBySuffix();
    void clipboardTextIsOneLinePerRow();
    void atomicWriteNamesTheFileItCannotWrite();
    void jsonValuesAsCellText();

private:
    QTemporaryDir m_dir;
};

void TestExport::csvCellsAreEscapedAndNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("signup") << QByteArray("signup");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+cmd") << QByteArray("'+cmd");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("negative number") << QStringLiteral("-12.5") << QByteArray("-12.5");
    QTest::newRow("plus number") << QStringLiteral("+3") << QByteArray("+3");
    QTest::newRow("dash text") << QStringLiteral("-x") << QByteArray("'-x");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QByteArray("\"'=A1,B1\"");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestExport::csvCellsAreEscapedAndNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::escapeCell(cell, true), written);
    if (!cell.startsWith(QLatin1Char('=')))
        return;
    QCOMPARE(CsvWriter::escapeCell(cell, false).startsWith('\''), false);
}

void TestExport::csvReadsBackThroughTheImporter()
{
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(!TableExport::write(sampleTable(), path));
    CsvReader reader(path);
    QVERIFY(reader.open());
    const QList<QStringList> rows = readBack(reader);
    QVERIFY(!reader.failure());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], QStringList({"name", "persons", "rate"}));
    QCOMPARE(rows[1], QStringList({"Acme, Inc.", "1200", "0.125"}));
    QCOMPARE(rows[2], QStringList({"'=HYPERLINK(\"evil\")", "-3", ""}));
    QCOMPARE(rows[3][0], QStringLiteral("Ünïcödé <&> \"quoted\"\nnext line"));
    QCOMPARE(rows[3][2], QStringLiteral("0.333333333333"));
}

void TestExport::csvByteOrderMarkOnRequest()
{
    const QString with = m_dir.filePath(QStringLiteral("bom.csv"));
    const QString without = m_dir.filePath(QStringLiteral("plain.csv"));
    QVERIFY(!TableExport::write(sampleTable(), with, true));
    QVERIFY(!TableExport::write(sampleTable(), without, false));
    QFile a(with), b(without);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray withBytes = a.readAll(), withoutBytes = b.readAll();
    QVERIFY(withBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(withoutBytes.startsWith("name,"));
    QCOMPARE(withBytes.mid(3), withoutBytes);
    QVERIFY(withoutBytes.contains("\r\n")); // RFC 4180 line ends
}

void TestExport::uncommittedCsvLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    writeFile(path, "what was there\n");
    {
        CsvWriter writer(path);
        QVERIFY(!writer.open());
        writer.writeRow({QStringLiteral("half")});
        // destroyed without commit(): an export canceled or failed half way
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("what was there\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files).size(), 1);
}

void TestExport::xlsxReadsBackThroughTheImporter()
{
    const QString path = m_dir.filePath(QStringLiteral("table.xlsx"));
    QVERIFY(!TableExport::write(sampleTable(), path));
    XlsxReader reader(path);
    QVERIFY2(reader.open(),
             qPrintable(reader.failure() ? reader.failure()->toString() : QString()));
    const QList<QStringList> rows = readBack(reader);
    QVERIFY(!reader.failure());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], QStringList({"name", "persons", "rate"}));
    QCOMPARE(rows[1].value(0), QStringLiteral("Acme, Inc."));
    QCOMPARE(rows[1].value(1).toDouble(), 1200.0);
    QCOMPARE(rows[1].value(2).toDouble(), 0.125);
    // Text stays text in a workbook: a formula-looking cell is a string, not a formula.
    QCOMPARE(rows[2].value(0), QStringLiteral("=HYPERLINK(\"evil\")"));
    QCOMPARE(rows[2].value(2), QString()); // no value: an empty cell
    QCOMPARE(rows[3].value(0), QStringLiteral("Ünïcödé <&> \"quoted\"\nnext line"));
    QVERIFY(std::abs(rows[3].value(2).toDouble() - 1.0 / 3.0) < 1e-12);
}

void TestExport::xlsxColumnNames()
{
    QCOMPARE(XlsxWriter::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxWriter::columnName(25), QStringLiteral("Z"));
    QCOMPARE(XlsxWriter::columnName(26), QStringLiteral("AA"));
    QCOMPARE(XlsxWriter::columnName(701), QStringLiteral("ZZ"));
    QCOMPARE(XlsxWriter::columnName(702), QStringLiteral("AAA"));
    for (int column : {0, 25, 26, 701, 702, 16383})
        QCOMPARE(XlsxReader::columnIndex(XlsxWriter::columnName(column)), column);
}

void TestExport::tableExportChoosesBySuffix()
{
    const QString upper = m_dir.filePath(QStringLiteral("TABLE.XLSX"));
    QVERIFY(!TableExport::write(sampleTable(), upper));
    QFile file(upper);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(XlsxReader::looksLikeZip(file.read(4)));

    const QString other = m_dir.filePath(QStringLiteral("table.ods"));
    const auto failure = TableExport::write(sampleTable(), other);
    QVERIFY(failure);
    QCOMPARE(failure->file, other);
    QVERIFY(failure->message.contains(QLatin1String(".csv or .xlsx")));
    QVERIFY(!QFileInfo::exists(other));
}

void TestExport::clipboardTextIsOneLinePerRow()
{
    const QString text = TableExport::tabSeparated(sampleTable());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
    QVERIFY(lines[3].startsWith(QStringLiteral("Ünïcödé <&> \"quoted\" next line\t")));
    QCOMPARE(TableExport::cellText(0.1 + 0.2), QStringLiteral("0.3"));
    QCOMPARE(TableExport::cellText(QVariant()), QString());
    QCOMPARE(TableExport::cellText(qint64(1234567890123)), QStringLiteral("1234567890123"));
}

void TestExport::atomicWriteNamesTheFileItCannotWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(!writeFileAtomically(path, "first"));
    QVERIFY(!writeFileAtomically(path, "second"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));

    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/out.bin"));
    const auto failure = writeFileAtomically(nowhere, "x");
    QVERIFY(failure);
    QCOMPARE(failure->file, nowhere);
}

void TestExport::jsonValuesAsCellText()
{
    // One reading of a JSON value for the JSON-lines importer, the event export and demo copies.
    QCOMPARE(jsonValueText(QJsonValue(QStringLiteral("pro"))), QStringLiteral("pro"));
    QCOMPARE(jsonValueText(QJsonValue(13100.0)), QStringLiteral("13100"));
    QCOMPARE(jsonValueText(QJsonValue(-2.0)), QStringLiteral("-2"));
    QCOMPARE(jsonValueText(QJsonValue(0.1)), QStringLiteral("0.1"));
    // Beyond qint64 (and beyond exact doubles): no conversion to an integer is attempted.
    QCOMPARE(jsonValueText(QJsonValue(1e300)), QStringLiteral("1e+300"));
    QCOMPARE(jsonValueText(QJsonValue(-1e19)), QStringLiteral("-1e+19"));
    QCOMPARE(jsonValueText(QJsonValue(true)), QStringLiteral("true"));
    QCOMPARE(jsonValueText(QJsonValue(QJsonArray{1, QStringLiteral("a")})),
             QStringLiteral("[1,\"a\"]"));
    QCOMPARE(jsonValueText(QJsonValue(QJsonObject{{QStringLiteral("k"), 2}})),
             QStringLiteral("{\"k\":2}"));
    QCOMPARE(jsonValueText(QJsonValue()), QString());
    QCOMPARE(jsonValueUtf8(QJsonValue(QStringLiteral("漏斗"))), QByteArray("漏斗"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
