// SPDX-License-Identifier: MIT
// The window on a ClickHouse server (issue #16), driven as a person would: File > Connect to
// ClickHouse, the dialog filled in, the push it offers, then the open analyses computed from the
// server's events showing the local numbers, the status line saying where the events live, and
// a server that refuses shown as a problem, never as a number. Starts its own clickhouse-server
// (tests/clickhouse/server.sh); skipped, saying so, only when it is not installed.
#include "analysistabs.h"
#include "analysisview.h"
#include "document/analysisdocument.h"
#include "document/projectsession.h"
#include "elidedlabel.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "project/clickhousedialog.h"
#include "project/projectcontroller.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestClickHouseWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectPushAndCompute();
    void refusedServerIsAProblemNotANumber();
    void disconnectReadsTheFileAgain();

private:
    // Chooses File > Connect to ClickHouse and fills in the dialog as a person would.
    void connectThroughTheMenu(const QString &url, bool pushNow);
    QString statusLine() const;

    QTemporaryDir m_dir;
    QString m_serverDir;
    quint16 m_port = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestClickHouseWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverDir = m_dir.filePath(QStringLiteral("server"));
    startClickHouse(m_serverDir, &m_port);
    if (QTest::currentTestFailed())
        return;
    if (m_port == 0) {
        skipWholeTest("clickhouse-server is not installed (apt-get install clickhouse-server); "
                      "the window's remote engine is not checked",
                      __FILE__,
                      __LINE__);
        return;
    }
    QVERIFY2(openSampleWindow(m_window, m_dir.filePath(QStringLiteral("Sample.quadrant"))),
             qPrintable(m_window->lastError()));
}

void TestClickHouseWindow::cleanupTestCase()
{
    m_window.reset();
    if (!m_serverDir.isEmpty())
        stopClickHouse(m_serverDir);
}

QString TestClickHouseWindow::statusLine() const
{
    QString text;
    // The project's line is cut to fit the window; its tooltip holds it whole.
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n') + label->toolTip() + QLatin1Char('\n');
    return text;
}

void TestClickHouseWindow::connectThroughTheMenu(const QString &url, bool pushNow)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<ClickHouseDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("clickHouseUrl"))->setText(url);
        dialog->findChild<QLineEdit *>(QStringLiteral("clickHouseDatabase"))
            ->setText(QStringLiteral("window"));
        dialog->findChild<QCheckBox *>(QStringLiteral("clickHousePushNow"))->setChecked(pushNow);
        saveScreenshot(dialog, QStringLiteral("clickhouse-dialog"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        filled = true;
    });
    triggerMenuAction(m_window.get(), QStringLiteral("Connect to &ClickHouse…"));
    QVERIFY(filled);
}

void TestClickHouseWindow::connectPushAndCompute()
{
    const QVector<AnalysisView *> views = m_window->analysisTabs()->views();
    QVERIFY(views.size() >= 2);
    QHash<AnalysisView *, RecordTable> local;
    for (AnalysisView *view : views) {
        waitForResult(view);
        QVERIFY(view->hasResult());
        local.insert(view, view->resultTable());
    }
    QVERIFY(statusLine().contains(QLatin1String("events: this file")));

    QSignalSpy pushed(m_window->project(), &ProjectController::pushFinished);
    connectThroughTheMenu(QStringLiteral("http://127.0.0.1:%1").arg(m_port), true);
    QVERIFY(QTest::qWaitFor([&] { return pushed.count() > 0; }, 120000));
    QVERIFY2(pushed.first().at(0).toString().isEmpty(),
             qPrintable(pushed.first().at(0).toString()));
    QVERIFY(statusLine().contains(
        QStringLiteral("events: ClickHouse 127.0.0.1:%1/window").arg(m_port)));
    // The connection is kept in the project, without a password.
    QCOMPARE(m_window->project()->store().metaValue(QStringLiteral("clickhouse_url")),
             QStringLiteral("http://default@127.0.0.1:%1").arg(m_port));

    // Every open analysis computed again, from the server's events: the same table.
    for (AnalysisView *view : views) {
        view->recompute();
        waitForResult(view);
        QVERIFY2(view->hasResult(), qPrintable(view->document()->kind()));
        QCOMPARE(view->resultTable().rows, local.value(view).rows);
    }
    m_window->resize(1024, 700);
    saveScreenshot(m_window.get(), QStringLiteral("clickhouse-connected-1024"));
    m_window->resize(1280, 800);
    saveScreenshot(m_window.get(), QStringLiteral("clickhouse-connected"));
    // Without a message the project's line has the whole width, and fits it.
    m_window->statusBar()->clearMessage();
    auto *line = m_window->statusBar()->findChild<ElidedLabel *>();
    QVERIFY(line);
    QTRY_COMPARE(line->text(), line->fullText());
    saveScreenshot(m_window.get(), QStringLiteral("clickhouse-connected-no-message"));
}

void TestClickHouseWindow::refusedServerIsAProblemNotANumber()
{
    QSignalSpy checked(m_window->project(), &ProjectController::remoteChecked);
    // Port 1: nobody listens.
    connectThroughTheMenu(QStringLiteral("http://127.0.0.1:1"), false);
    QVERIFY(QTest::qWaitFor([&] { return checked.count() > 0; }, 60000));
    QVERIFY2(checked.first().at(0).toString().contains(QLatin1String("cannot connect")),
             qPrintable(checked.first().at(0).toString()));
    AnalysisView *view = m_window->analysisTabs()->current();
    QVERIFY(view);
    view->recompute();
    waitForResult(view);
    QVERIFY(!view->hasResult());
    QVERIFY(view->resultTable().rows.isEmpty());
    saveScreenshot(m_window.get(), QStringLiteral("clickhouse-refused"));
}

void TestClickHouseWindow::disconnectReadsTheFileAgain()
{
    triggerMenuAction(m_window.get(), QStringLiteral("Dis&connect from ClickHouse"));
    QVERIFY(!m_window->project()->session()->remote());
    QVERIFY(statusLine().contains(QLatin1String("events: this file")));
    AnalysisView *view = m_window->analysisTabs()->current();
    waitForResult(view);
    QVERIFY(view->hasResult());
}

int main(int argc, char **argv)
{
    return skippableMain<QApplication, TestClickHouseWindow>(argc, argv);
}
#include "tst_clickhousewindow.moc"
