// SPDX-License-Identifier: MIT
#include "import/csvreader.h"
#include "testsupport.h"

#include <QTest>

using namespace Quadrant;

namespace {

struct Parsed
{
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    QStringList errors;
};

Parsed
parseBytes(const QTemporaryDir &dir, const QByteArray &bytes, CsvOptions options = CsvOptions())
{
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    file.close();
    Parsed parsed;
    CsvReader reader(path, options);
    if (!reader.open())
        return parsed;
    parsed.header = reader.header();
    Record record;
    while (reader.next(record)) {
        QStringList row;
        for (int i = 0; i < record.fieldCount(); ++i)
            row << QString::fromUtf8(record.field(i));
        parsed.rows << row;
        parsed.lines << record.line;
        parsed.errors << QString::fromUtf8(record.error);
    }
    return parsed;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void chunkBoundaries();
    void headerDetection();
    void headerPastTheLimits_data();
    void headerPastTheLimits();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::addRow("simple") << QByteArray("a,b\n1,2\n") << QStringList{"a", "b"}
                            << QList<QStringList>{{"1", "2"}} << QList<qint64>{2};
    QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << QStringList{"a", "b"}
                          << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<qint64>{2, 3};
    QTest::addRow("quoted delimiter") << QByteArray("a,b\n\"x,y\",2\n") << QStringList{"a", "b"}
                                      << QList<QStringList>{{"x,y", "2"}} << QList<qint64>{2};
    QTest::addRow("escaped quote")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << QStringList{"a", "b"}
        << QList<QStringList>{{"say \"hi\"", "2"}} << QList<qint64>{2};
    QTest::addRow("newline inside quotes shifts lines")
        << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << QStringList{"a", "b"}
        << QList<QStringList>{{"x\ny", "2"}, {"3", "4"}} << QList<qint64>{2, 4};
    QTest::addRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringList{"a", "b", "c"}
                                  << QList<QStringList>{{"", "", ""}} << QList<qint64>{2};
    QTest::addRow("empty quoted field") << QByteArray("a,b\n\"\",x\n") << QStringList{"a", "b"}
                                        << QList<QStringList>{{"", "x"}} << QList<qint64>{2};
    QTest::addRow("text after closing quote kept")
        << QByteArray("a,b\n\"ab\"cd,2\n") << QStringList{"a", "b"}
        << QList<QStringList>{{"abcd", "2"}} << QList<qint64>{2};
    QTest::addRow("blank header cell named")
        << QByteArray("a,,c\n1,2,3\n") << QStringList{"a", "column_2", "c"}
        << QList<QStringList>{{"1", "2", "3"}} << QList<qint64>{2};
    QTest::addRow("header trimmed") << QByteArray(" a , b \n1,2\n") << QStringList{"a", "b"}
                                    << QList<QStringList>{{"1", "2"}} << QList<qint64>{2};
    QTest::addRow("lone CR line ends")
        << QByteArray("a,b\r1,2\r3,4") << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<qint64>{2, 3};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);
    const Parsed parsed = parseBytes(m_dir, input);
    QCOMPARE(parsed.header, header);
    QCOMPARE(parsed.rows, rows);
    QCOMPARE(parsed.lines, lines);
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::addRow("semicolon with decimal commas")
        << QByteArray("a;b;c\n1,5;2,5;3\n4,1;5;6\n") << ';';
    QTest::addRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::addRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::addRow("commas inside quotes ignored")
        << QByteArray("a;b\n\"x,y,z\";2\n\"p,q\";3\n") << ';';
    QTest::addRow("single column") << QByteArray("a\n1\n2\n") << ',';
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::sniffDelimiter(sample, '"'), delimiter);
}

void TestCsvReader::chunkBoundaries()
{
    // Records that straddle the 1 MiB read chunk: a quoted field with a newline and a
    // multi-byte character both cut by the boundary must come through whole.
    QByteArray input = "id,text\n";
    int rows = 0;
    while (input.size() < 3 * 1024 * 1024) {
        input += QByteArray::number(rows) + ",\"注册 line\nnext, \"\"quoted\"\"\"\n";
        ++rows;
    }
    const Parsed parsed = parseBytes(m_dir, input);
    QCOMPARE(parsed.rows.size(), rows);
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(parsed.rows[i][0], QString::number(i));
        QCOMPARE(parsed.rows[i][1], QStringLiteral("注册 line\nnext, \"quoted\""));
        QCOMPARE(parsed.lines[i], qint64(2 + 2 * i));
    }
}

void TestCsvReader::headerDetection()
{
    QVERIFY(parseBytes(m_dir, "user,event\nu1,login\n").header == (QStringList{"user", "event"}));
    const Parsed noHeader = parseBytes(m_dir, "u1,2024-03-01,5\nu2,2024-03-02,6\n");
    QCOMPARE(noHeader.header, (QStringList{"column_1", "column_2", "column_3"}));
    QCOMPARE(noHeader.rows.size(), 2);
    QCOMPARE(noHeader.lines.first(), 1);
    CsvOptions forced;
    forced.header = CsvOptions::Header::Yes;
    QCOMPARE(parseBytes(m_dir, "u1,2024-03-01\nu2,2024-03-02\n", forced).rows.size(), 1);
}

// Issue #23, fault 9: the header is bounded like any row, and no row may have more columns
// than RecordReader::columnLimit; the failure names line 1 and the column past the limit.
void TestCsvReader::headerPastTheLimits_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const int limit = RecordReader::columnLimit;
    QTest::addRow("one column more than the limit")
        << QByteArray("c,").repeated(limit) + "last" << limit + 1
        << QStringLiteral("line 1 has more than 16384 columns");
    QTest::addRow("one column more, with a trailing delimiter and no line end")
        << QByteArray("c,").repeated(limit) << limit + 1
        << QStringLiteral("line 1 has more than 16384 columns");
    QTest::addRow("70 MB of delimiters") << QByteArray(70 << 20, ';') << limit + 1
                                         << QStringLiteral("line 1 has more than 16384 columns");
    QTest::addRow("a name of 70 MB") << QByteArray(70 << 20, 'n') << 0
                                     << QStringLiteral("line 1 is too long (more than 64 MiB)");
}

void TestCsvReader::headerPastTheLimits()
{
    QFETCH(QByteArray, header);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
    Test::writeFile(path, header.endsWith(',') ? header : header + "\nu1,login\n");
    CsvReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.failure());
    QVERIFY2(reader.failure()->message.contains(message), qPrintable(reader.failure()->message));
    QCOMPARE(reader.failure()->file, path);
    QCOMPARE(reader.failure()->line, 1);
    QCOMPARE(reader.failure()->column, column);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
