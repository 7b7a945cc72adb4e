// SPDX-License-Identifier: MIT
// The window in Chinese (zh_CN): every analysis kind, every menu and the dialogs are walked as a
// person would see them, and any visible text left in English fails the test. Data values (event
// and property names, property values, accounts, the time zones) are left aside.
#include "analysiskinds.h"
#include "analysistabs.h"
#include "analysisview.h"
#include "crm/accountpage.h"
#include "funnel/dropoffdialog.h"
#include "funnel/funnelview.h"
#include "funnel/stepfilterdialog.h"
#include "guisupport.h"
#include "help/guidedialog.h"
#include "import/importwizard.h"
#include "language.h"
#include "mainwindow.h"
#include "project/clickhousedialog.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"
#include "timeline/timelinedialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QWizard>
#include <qcustomplot.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// Words that are the same in a Chinese interface: names of formats, products and units.
const QSet<QString> &sameInChinese()
{
    static const QSet<QString> words{
        QStringLiteral("quadrant"),    QStringLiteral("csv"),       QStringLiteral("tsv"),
        QStringLiteral("txt"),         QStringLiteral("xlsx"),      QStringLiteral("json"),
        QStringLiteral("jsonl"),       QStringLiteral("ndjson"),    QStringLiteral("lines"),
        QStringLiteral("png"),         QStringLiteral("svg"),       QStringLiteral("pdf"),
        QStringLiteral("arr"),         QStringLiteral("nps"),       QStringLiteral("roi"),
        QStringLiteral("utc"),         QStringLiteral("iso"),       QStringLiteral("sqlite"),
        QStringLiteral("qcustomplot"), QStringLiteral("quazip"),    QStringLiteral("boost"),
        QStringLiteral("math"),        QStringLiteral("zlib"),      QStringLiteral("lgpl"),
        QStringLiteral("gpl"),         QStringLiteral("excel"),     QStringLiteral("windows"),
        QStringLiteral("mixpanel"),    QStringLiteral("posthog"),   QStringLiteral("unix"),
        QStringLiteral("mib"),         QStringLiteral("kib"),       QStringLiteral("gib"),
        QStringLiteral("dpi"),         QStringLiteral("ctrl"),      QStringLiteral("alt"),
        QStringLiteral("shift"),       QStringLiteral("del"),       QStringLiteral("esc"),
        QStringLiteral("pgup"),        QStringLiteral("pgdown"),    QStringLiteral("enter"),
        QStringLiteral("delete"),      QStringLiteral("utf"),       QStringLiteral("gbk"),
        QStringLiteral("alpha"),       QStringLiteral("yyyy"),      QStringLiteral("excel"),
        QStringLiteral("ins"),         QStringLiteral("backspace"), QStringLiteral("home"),
        QStringLiteral("end"),         QStringLiteral("space"),     QStringLiteral("return"),
        QStringLiteral("clickhouse"),  QStringLiteral("http")};
    return words;
}

QString plainText(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>")),
        entities(QStringLiteral("&[a-z]+;")), accelerator(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
    text.replace(tags, QStringLiteral(" "));
    text.replace(entities, QStringLiteral(" "));
    text.remove(accelerator);
    // Identifiers a person types: person.KEY, event:NAME, seat_use.
    static const QRegularExpression propertyPath(
        QStringLiteral("\\b(person|event|account)\\.|\\b(event|property):|\\w*_\\w*"));
    text.remove(propertyPath);
    for (const char *literal :
         {"ANALYSES.md", "Qt", "A/B", "quadrant-cli", "B2B", "CRM", "English"})
        text.remove(QString::fromLatin1(literal));
    return text;
}

} // namespace

class TestChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAnalysisKindIsInChinese();
    void newAnalysesOfEveryKindAreInChinese();
    void menusAreInChinese();
    void dialogsAreInChinese();
    void numbersAndDatesFollowTheLocale();
    void chineseTextIsEmbeddedInPdf();

private:
    // The English words of `text` that are not data; empty when there are none.
    QStringList englishWords(const QString &text) const;
    void check(const QString &where, const QString &text);
    void checkWidget(const QString &where, QWidget *root, bool visibleOnly = true);
    QStringList takeFindings();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_dataWords;
    QStringList m_findings;
};

void TestChinese::initTestCase()
{
    QCOMPARE(Language::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QVERIFY2(openSampleWindow(m_window, m_dir.filePath(QStringLiteral("示例.quadrant"))),
             qPrintable(m_window ? m_window->lastError() : QString()));
    // The data's own words: event and property names, values, accounts, stages, time zones.
    const ProjectStore &store = m_window->project()->store();
    QStringList values;
    for (const char *sql :
         {"SELECT name FROM event_names",
          "SELECT name FROM sources",
          "SELECT DISTINCT key FROM events, json_each(events.properties)",
          "SELECT DISTINCT value FROM events, json_each(events.properties) WHERE type = 'text'",
          "SELECT DISTINCT key FROM persons, json_each(persons.properties)",
          "SELECT DISTINCT value FROM persons, json_each(persons.properties) WHERE type = 'text'",
          "SELECT user_id FROM persons",
          "SELECT account_id FROM accounts",
          "SELECT name FROM accounts",
          "SELECT industry FROM accounts",
          "SELECT plan FROM accounts",
          "SELECT owner FROM accounts",
          "SELECT stage FROM deals",
          "SELECT channel FROM deals",
          "SELECT channel FROM spend",
          "SELECT campaign FROM spend",
          "SELECT status FROM leads",
          "SELECT lead_id FROM leads",
          "SELECT deal_id FROM deals",
          "SELECT comment FROM nps",
          "SELECT DISTINCT value FROM deals, json_each(deals.properties) WHERE type = 'text'",
          "SELECT DISTINCT key FROM deals, json_each(deals.properties)",
          "SELECT DISTINCT key FROM accounts, json_each(accounts.properties)",
          "SELECT name FROM pragma_table_info('deals')",
          "SELECT name FROM pragma_table_info('accounts')"}) {
        decodeEventsForSql(store, QString::fromLatin1(sql));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QString::fromLatin1(sql)));
        while (query.next())
            values << query.value(0).toString();
    }
    values << QStringLiteral("America/New_York America/Los_Angeles Europe/London Europe/Berlin "
                             "Asia/Shanghai Asia/Tokyo Australia/Sydney Etc/UTC UTC csat");
    // The pipeline's group-by suggestions are field names, typed as they are.
    values << QStringLiteral("stage channel owner sales_agent product");
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*"));
    for (const QString &value : std::as_const(values))
        for (auto it = word.globalMatch(value); it.hasNext();)
            m_dataWords.insert(it.next().captured().toLower());
}

QStringList TestChinese::englishWords(const QString &text) const
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z]*"));
    QStringList english;
    for (auto it = word.globalMatch(plainText(text)); it.hasNext();) {
        const QString found = it.next().captured();
        const QString lower = found.toLower();
        if (found.size() < 3 || sameInChinese().contains(lower) || m_dataWords.contains(lower))
            continue;
        english << found;
    }
    return english;
}

void TestChinese::check(const QString &where, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QStringList english = englishWords(text);
    if (!english.isEmpty())
        m_findings << QStringLiteral("%1: “%2” (%3)")
                          .arg(where, text.left(120), english.join(QLatin1Char(' ')));
}

void TestChinese::checkWidget(const QString &where, QWidget *root, bool visibleOnly)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (visibleOnly && !widget->isVisible())
            continue;
        const QString name = where + QLatin1Char('/')
                             + QString::fromLatin1(widget->metaObject()->className())
                             + QLatin1Char('#') + widget->objectName();
        check(name + QStringLiteral(" tooltip"), widget->toolTip());
        if (widget->isWindow())
            check(name + QStringLiteral(" title"), widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(name, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(name, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(name, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(name + QStringLiteral(" placeholder"), edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(name, combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(name, tabs->tabText(i));
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            check(name, dock->windowTitle());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
                   view && view->model() && !qobject_cast<QHeaderView *>(widget)
                   && widget->objectName() != QLatin1String("guidePages")) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                check(name + QStringLiteral(" header"),
                      model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(model->rowCount(), 40); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    check(name + QStringLiteral(" cell"), model->index(r, c).data().toString());
                    check(name + QStringLiteral(" cell tooltip"),
                          model->index(r, c).data(Qt::ToolTipRole).toString());
                }
        } else if (auto *chartView = qobject_cast<QChartView *>(widget)) {
            QChart *chart = chartView->chart();
            check(name + QStringLiteral(" chart title"), chart->title());
            for (QAbstractAxis *axis : chart->axes())
                check(name + QStringLiteral(" axis"), axis->titleText());
            for (QLegendMarker *marker : chart->legend()->markers())
                check(name + QStringLiteral(" legend"), marker->label());
        } else if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
            for (QCPAxis *axis : plot->axisRect()->axes()) {
                check(name + QStringLiteral(" axis"), axis->label());
                if (auto text = axis->ticker().dynamicCast<QCPAxisTickerText>())
                    for (const QString &tick : text->ticks())
                        check(name + QStringLiteral(" tick"), tick);
            }
        }
    }
}

QStringList TestChinese::takeFindings()
{
    QStringList findings = m_findings;
    findings.removeDuplicates();
    m_findings.clear();
    for (const QString &finding : std::as_const(findings))
        qWarning().noquote() << "English:" << finding;
    return findings;
}

void TestChinese::everyAnalysisKindIsInChinese()
{
    AnalysisTabs *tabs = m_window->analysisTabs();
    const QVector<SavedAnalysis> saved = SavedAnalysisStore::list(m_window->project()->store());
    QVERIFY(saved.size() >= 15);
    for (const SavedAnalysis &analysis : saved) {
        // The sample made by a Chinese window has Chinese names.
        QVERIFY2(englishWords(analysis.name).isEmpty(), qPrintable(analysis.name));
        AnalysisView *view = tabs->open(analysis.name);
        QVERIFY(view);
        waitForResult(view);
        QTest::qWait(50);
        // Each result tab, as a person clicks through them.
        for (QTabWidget *results : view->findChildren<QTabWidget *>()) {
            for (int i = 0; i < results->count(); ++i) {
                results->setCurrentIndex(i);
                QTest::qWait(20);
                saveScreenshot(m_window.get(),
                               QStringLiteral("zh_CN-%1-%2").arg(analysis.kind).arg(i));
                checkWidget(analysis.kind + QLatin1Char(':') + analysis.name, m_window.get());
            }
        }
        checkWidget(analysis.kind + QLatin1Char(':') + analysis.name, m_window.get());
        saveScreenshot(m_window.get(), QStringLiteral("zh_CN-") + analysis.kind);
    }
    const QStringList findings = takeFindings();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestChinese::newAnalysesOfEveryKindAreInChinese()
{
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        AnalysisView *view = m_window->analysisTabs()->createOfKind(kind.id);
        QVERIFY(view);
        waitForResult(view);
        checkWidget(QStringLiteral("new ") + kind.id, m_window.get());
        m_window->analysisTabs()->closeTabAt(m_window->analysisTabs()->currentIndex());
    }
    const QStringList findings = takeFindings();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestChinese::menusAreInChinese()
{
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        emit menu->aboutToShow(); // menus filled on demand (recent projects) fill now
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            check(path + QStringLiteral(" > ") + action->text(), action->text());
            check(path + QStringLiteral(" > ") + action->text() + QStringLiteral(" status tip"),
                  action->statusTip());
            if (action->menu())
                walk(action->menu(), path + QStringLiteral(" > ") + action->text());
        }
    };
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu())
            walk(top->menu(), top->text());
    const QStringList findings = takeFindings();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestChinese::dialogsAreInChinese()
{
    // The import wizard, every page (the later ones before they are reached, too).
    ImportWizard *wizard = m_window->showImportWizard(QString());
    QVERIFY(wizard);
    QTest::qWait(50);
    for (int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        check(QStringLiteral("import wizard page title"), page->title());
        check(QStringLiteral("import wizard page subtitle"), page->subTitle());
        checkWidget(QStringLiteral("import wizard"), page, false);
    }
    checkWidget(QStringLiteral("import wizard"), wizard);
    saveScreenshot(wizard, QStringLiteral("zh_CN-import-wizard"));
    wizard->close();

    // Keyboard shortcuts, and the guide's own frame (its pages are the English docs/ folder).
    ClickHouseDialog clickHouse(std::nullopt, m_window.get());
    clickHouse.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clickHouse));
    checkWidget(QStringLiteral("ClickHouse connection"), &clickHouse);
    check(QStringLiteral("ClickHouse connection title"), clickHouse.windowTitle());
    saveScreenshot(&clickHouse, QStringLiteral("zh_CN-clickhouse"));
    clickHouse.close();
    ShortcutsDialog shortcuts(m_window.get());
    shortcuts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
    checkWidget(QStringLiteral("shortcuts"), &shortcuts);
    shortcuts.close();
    GuideDialog *guide = GuideDialog::showPage(m_window.get(), QStringLiteral("workbench.md"));
    QVERIFY(guide);
    for (QWidget *widget : guide->findChildren<QWidget *>())
        if (!qobject_cast<QTextBrowser *>(widget)
            && !qobject_cast<QTextBrowser *>(widget->parentWidget()))
            checkWidget(QStringLiteral("guide"), widget);
    check(QStringLiteral("guide title"), guide->windowTitle());
    guide->close();

    // The funnel's drill into who dropped off, a step's conditions, a person's timeline and an
    // account's page.
    const QString funnelName = QStringLiteral("新用户引导漏斗");
    auto *funnel = qobject_cast<FunnelView *>(m_window->analysisTabs()->open(funnelName));
    QVERIFY(funnel);
    waitForResult(funnel);
    funnel->showDropOff(3);
    auto *dropOff = funnel->findChild<DropOffDialog *>();
    QVERIFY(dropOff);
    waitForIdle(dropOff->runner());
    QTest::qWait(50);
    checkWidget(QStringLiteral("drop-off"), dropOff);
    saveScreenshot(dropOff, QStringLiteral("zh_CN-drop-off"));
    dropOff->close();
    StepFilterDialog conditions(m_window->project()->session(),
                                EventSelector{QStringLiteral("purchase"), {}},
                                m_window.get());
    conditions.show();
    waitForIdle(conditions.runner());
    checkWidget(QStringLiteral("step conditions"), &conditions);
    conditions.close();
    const QString person
        = scalar(m_window->project()->store(), QStringLiteral("SELECT min(user_id) FROM persons"))
              .toString();
    TimelineDialog *timeline = TimelineDialog::open(
        m_window->project()->session(), Timeline::Subject::Person, person, m_window.get());
    QVERIFY(timeline);
    waitForIdle(timeline->runner());
    checkWidget(QStringLiteral("timeline"), timeline);
    timeline->close();
    const QString account = scalar(m_window->project()->store(),
                                   QStringLiteral("SELECT min(account_id) FROM accounts"))
                                .toString();
    AccountPage *page = AccountPage::open(m_window->project()->session(),
                                          account,
                                          QStringLiteral("客户健康度"),
                                          std::nullopt,
                                          m_window.get());
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->profile() != nullptr; }, 120000));
    QTest::qWait(50);
    checkWidget(QStringLiteral("account page"), page);
    saveScreenshot(page, QStringLiteral("zh_CN-account-page"));
    page->close();

    // The About box, answered as a person would.
    QString about;
    QTimer::singleShot(100, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                about = box->windowTitle() + QLatin1Char('\n') + box->text();
                for (QAbstractButton *button : box->buttons())
                    about += QLatin1Char('\n') + button->text();
                box->accept();
            }
    });
    triggerMenuAction(m_window.get(), QStringLiteral("关于 Quadrant(&A)"));
    QVERIFY(about.contains(QStringLiteral("离线")));
    check(QStringLiteral("about box"), about);
    const QStringList findings = takeFindings();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestChinese::numbersAndDatesFollowTheLocale()
{
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // The status line's date of the last import is written the Chinese way (2026/12/1 ...).
    const QString status = m_window->project()->statusLine();
    QVERIFY2(
        QRegularExpression(QStringLiteral("\\d{4}/\\d{1,2}/\\d{1,2}")).match(status).hasMatch(),
        qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("最近导入")), qPrintable(status));
}

void TestChinese::chineseTextIsEmbeddedInPdf()
{
    // A report of the open analyses, as File > Export Report writes it: its Chinese titles are
    // drawn with a font that has the glyphs, embedded in the PDF.
    const QString pdf = m_dir.filePath(QStringLiteral("报告.pdf"));
    const QString name = SavedAnalysisStore::list(m_window->project()->store()).first().name;
    AnalysisView *view = m_window->analysisTabs()->open(name);
    waitForResult(view);
    QVERIFY(waitForExport([&](ExportActions::Done done) {
        m_window->exports()->exportReport(pdf, std::move(done));
    }));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString listed = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(listed.contains(QStringLiteral("WenQuanYi"), Qt::CaseInsensitive)
                 || listed.contains(QStringLiteral("Noto Sans CJK"), Qt::CaseInsensitive)
                 || listed.contains(QStringLiteral("CJK"), Qt::CaseInsensitive),
             qPrintable(listed));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(QStringLiteral("示例"))
                 && extracted.contains(QStringLiteral("个分析")),
             qPrintable(extracted.left(400)));
}

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
