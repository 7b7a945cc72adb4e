// SPDX-License-Identifier: MIT
#include "quadrantview.h"

#include "accountpage.h"
#include "accountsview.h"
#include "analysis/calendar.h"
#include "analysiskinds.h"
#include "asofeditor.h"
#include "charts/chartstyle.h"
#include "crm/crmkinds.h"
#include "document/analysisdocument.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"
#include "quadrantplot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
enum MergeKey { ThresholdKey = 70 };
}

QuadrantView::QuadrantView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    const FormPanel parts = makeFormPanel(QString());
    parts.dates->hide();
    m_model = makeChoice(parts.panel, QStringLiteral("quadrantModel"));
    m_health = new QDoubleSpinBox(parts.panel);
    m_expansion = new QDoubleSpinBox(parts.panel);
    m_health->setObjectName(QStringLiteral("quadrantHealthThreshold"));
    m_expansion->setObjectName(QStringLiteral("quadrantExpansionThreshold"));
    for (QDoubleSpinBox *box : {m_health, m_expansion}) {
        box->setRange(0, 100);
        box->setDecimals(0);
        box->setToolTip(tr("Or drag the line on the plot"));
    }
    m_asOf = new AsOfEditor(parts.panel);
    parts.form->addRow(tr("Health model"), m_model);
    parts.form->addRow(tr("Healthy from"), m_health);
    parts.form->addRow(tr("Growing from"), m_expansion);
    parts.form->addRow(QString(), m_asOf);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const QString model = m_model->currentData().toString();
        m_editor.edit([model](QuadrantQuery &q) { q.model = model; }, tr("Choose a health model"));
    });
    connect(m_health, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        setThresholds(value, m_expansion->value());
    });
    connect(m_expansion, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        setThresholds(m_health->value(), value);
    });
    connect(m_asOf, &AsOfEditor::edited, this, [this](std::optional<qint64> day) {
        m_editor.edit([day](QuadrantQuery &q) { q.asOfDay = day; }, tr("Change the as-of day"));
    });

    const ChartAndTable result
        = makeChartAndTable(tr("Quadrant"), m_tableModel, QStringLiteral("quadrant"));
    m_resultTabs = result.tabs;
    m_table = result.table;
    // The plot and the to-do lists side by side in the first tab.
    auto *splitter = new QSplitter(Qt::Horizontal, result.chartHost);
    result.chartHost->layout()->addWidget(splitter);
    m_chartHost = new QWidget(splitter);
    new QVBoxLayout(m_chartHost);
    m_chartHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_lists = new QTreeWidget(splitter);
    m_lists->setObjectName(QStringLiteral("quadrantLists"));
    m_lists->setHeaderLabels({tr("Account"), tr("Renewal"), tr("Health"), tr("ARR")});
    m_lists->setRootIsDecorated(true);
    splitter->addWidget(m_chartHost);
    splitter->addWidget(m_lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_lists->setMinimumWidth(260);
    connect(m_lists, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant account = item->data(0, Qt::UserRole);
        if (account.isValid())
            openAccount(account.toInt());
    });
    setPanels(parts.panel, buildResultFrame(m_resultTabs, QStringLiteral("quadrant")), 280);
    follow();
}

QuadrantView::~QuadrantView() = default;

void QuadrantView::setThresholds(double health, double expansion)
{
    m_editor.edit(
        [health, expansion](QuadrantQuery &q) {
            q.healthThreshold = health;
            q.expansionThreshold = expansion;
        },
        tr("Move the thresholds"),
        ThresholdKey);
}

void QuadrantView::syncControls()
{
    m_editor.sync([this](const QuadrantQuery &q) {
        AccountsView::fillModelChoice(m_model, session(), q.model);
        m_health->setValue(q.healthThreshold);
        m_expansion->setValue(q.expansionThreshold);
        m_asOf->setDay(q.asOfDay);
    });
}

void QuadrantView::recompute()
{
    if (definitionReadable())
        computeDefinition();
}

void QuadrantView::clearResult()
{
    m_tableModel->setTable({});
    m_lists->clear();
}

QString QuadrantView::problemTitle() const
{
    return tr("The quadrant cannot be drawn");
}

void QuadrantView::showResult()
{
    const auto &result = outcome().resultAs<QuadrantResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    auto plot = std::make_unique<QuadrantPlot>(result);
    connect(plot.get(), &QuadrantPlot::accountClicked, this, &QuadrantView::openAccount);
    connect(plot.get(), &QuadrantPlot::thresholdsDragged, this, [this](double h, double e) {
        // One drag, one undo step of its own.
        document()->endEditRun();
        setThresholds(h, e);
        document()->endEditRun();
    });
    m_plot = replaceChart(m_chartHost, m_plot, std::move(plot));
    m_asOf->setDefaultDay(result.health.asOfEndMs - Calendar::msPerDay);
    m_lists->clear();
    const CrmData &crm = *result.health.crm;
    QHash<QString, QTreeWidgetItem *> groups;
    for (const QString &quadrant : RenewalQuadrant::quadrants()) {
        auto *group = new QTreeWidgetItem(m_lists);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setData(0, Qt::UserRole + 1, quadrant);
        groups.insert(quadrant, group);
    }
    for (const QuadrantAccount &placed : result.accounts) {
        const CrmAccount &account = crm.accounts[placed.account];
        auto *item = new QTreeWidgetItem(groups.value(placed.quadrant));
        item->setText(0, account.name.isEmpty() ? account.id : account.name);
        item->setText(1, account.renewalMs ? Calendar::dateText(*account.renewalMs) : QString());
        item->setText(2, placed.health ? QLocale().toString(*placed.health, 'f', 0) : QString());
        item->setText(3, account.arr ? QLocale().toString(*account.arr, 'f', 0) : QString());
        item->setData(0, Qt::UserRole, placed.account);
        item->setForeground(2, ChartStyle::bandColor(placed.band));
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        it.value()->setText(0,
                            tr("%1 (%2): %3")
                                .arg(RenewalQuadrant::title(it.key()))
                                .arg(it.value()->childCount())
                                .arg(RenewalQuadrant::advice(it.key())));
    m_lists->expandAll();
    for (int column = 0; column < m_lists->columnCount(); ++column)
        m_lists->resizeColumnToContents(column);
    m_lists->setColumnWidth(0, std::min(m_lists->columnWidth(0), 220));
    showResultArea();
    setStatus(tr("%1 accounts as of %2. Drag a dashed line to move a threshold; click an account "
                 "for its page.")
                  .arg(result.accounts.size())
                  .arg(Calendar::dateText(result.health.asOfEndMs - Calendar::msPerDay)));
}

void QuadrantView::openAccount(int account)
{
    if (!hasResult())
        return;
    const auto &result = outcome().resultAs<QuadrantResult>();
    const auto &q = outcome().queryAs<QuadrantQuery>();
    AccountPage::open(session(), result.health.crm->accounts[account].id, q.model, q.asOfDay, this);
}

namespace {

// The window's part of the quadrant kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{
        QString::fromLatin1(QuadrantKind::id),
        QObject::tr("Renewal Quadrant"),
        QObject::tr("Which accounts to expand, protect, rescue or save from churning"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
        AnalysisKind::viewOf<QuadrantView>(),
        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
            return std::make_unique<QuadrantPlot>(o.resultAs<QuadrantResult>());
        }};
});

} // namespace

} // namespace Quadrant
