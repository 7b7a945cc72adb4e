// SPDX-License-Identifier: MIT
#include "common/valueparser.h"
#include "import/textencoding.h"

#include <QTest>

using namespace Quadrant;

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void number_data();
    void number();
    void utf8_data();
    void utf8();
    void encodingDetection_data();
    void encodingDetection();
};

void TestValueParser::number_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addRow("integer") << QByteArray("42") << false << true << 42.0;
    QTest::addRow("negative") << QByteArray("-3.5") << false << true << -3.5;
    QTest::addRow("plus sign") << QByteArray("+7") << false << true << 7.0;
    QTest::addRow("exponent") << QByteArray("1e6") << false << true << 1e6;
    QTest::addRow("leading dot") << QByteArray(".5") << false << true << 0.5;
    QTest::addRow("thousands") << QByteArray("1,234,567.89") << false << true << 1234567.89;
    QTest::addRow("thousands short group") << QByteArray("1,23") << false << false << 0.0;
    QTest::addRow("thousands bad group") << QByteArray("12,34,567") << false << false << 0.0;
    QTest::addRow("european") << QByteArray("1.234.567,89") << true << true << 1234567.89;
    QTest::addRow("decimal comma") << QByteArray("12,5") << true << true << 12.5;
    QTest::addRow("spaces trimmed") << QByteArray("  8  ") << false << true << 8.0;
    QTest::addRow("text") << QByteArray("abc") << false << false << 0.0;
    QTest::addRow("empty") << QByteArray("") << false << false << 0.0;
    QTest::addRow("lone dot") << QByteArray(".") << false << false << 0.0;
    QTest::addRow("two dots") << QByteArray("1.2.3") << false << false << 0.0;
    QTest::addRow("date is not a number") << QByteArray("2024-03-01") << false << false << 0.0;
}

void TestValueParser::number()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = parseNumber(text, decimalComma);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestValueParser::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ascii") << QByteArray("hello world, long enough for the fast path") << true;
    QTest::addRow("two-byte") << QByteArray("caf\xc3\xa9") << true;
    QTest::addRow("three-byte") << QByteArray("\xe6\xb3\xa8\xe5\x86\x8c") << true;
    QTest::addRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::addRow("truncated") << QByteArray("caf\xc3") << false;
    QTest::addRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::addRow("gbk bytes") << QByteArray("\xd7\xa2\xb2\xe1") << false;
}

void TestValueParser::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes.constData(), bytes.size()), valid);
}

void TestValueParser::encodingDetection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("encoding");
    QTest::addRow("plain ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8);
    QTest::addRow("utf-8 bom") << QByteArray("\xef\xbb\xbf"
                                             "a,b\n")
                               << int(TextEncoding::Utf8);
    QTest::addRow("utf-16le bom") << QByteArray("\xff\xfe"
                                                "a\0,\0b\0",
                                                8)
                                  << int(TextEncoding::Utf16LE);
    QTest::addRow("utf-16be bom") << QByteArray("\xfe\xff\0a\0,\0b", 8)
                                  << int(TextEncoding::Utf16BE);
    QTest::addRow("utf-16le zeros") << QByteArray("a\0,\0b\0\n\0", 8) << int(TextEncoding::Utf16LE);
    QTest::addRow("utf-16be zeros") << QByteArray("\0a\0,\0b\0\n", 8) << int(TextEncoding::Utf16BE);
    QTest::addRow("gbk") << QByteArray("\xd3\xc3\xbb\xa7,\xca\xc2\xbc\xfe\n")
                         << int(TextEncoding::Gb18030);
    QTest::addRow("utf-8 cut at the end")
        << QByteArray("\xe6\xb3\xa8\xe5\x86") << int(TextEncoding::Utf8);
}

void TestValueParser::encodingDetection()
{
    QFETCH(QByteArray, head);
    QFETCH(int, encoding);
    QCOMPARE(int(detectEncoding(head).encoding), encoding);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
