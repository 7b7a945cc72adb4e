// SPDX-License-Identifier: MIT
#include "accountsview.h"

#include "accountpage.h"
#include "analysiskinds.h"
#include "asofeditor.h"
#include "charts/chartstyle.h"
#include "crm/crmkinds.h"
#include "crmcharts.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

// The band cell in its colour, the trend with an arrow; sorting by the exact values.
class AccountTableProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QString column
            = sourceModel()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString();
        const QVariant raw = QSortFilterProxyModel::data(index, RecordTableModel::RawValueRole);
        if (column == QLatin1String("band") && raw.isValid()) {
            if (role == Qt::BackgroundRole && !raw.toString().isEmpty()) {
                QColor colour = ChartStyle::bandColor(raw.toString());
                colour.setAlphaF(0.35);
                return colour;
            }
        }
        if (column == QLatin1String("trend") && role == Qt::DisplayRole && raw.isValid()
            && !raw.isNull()) {
            const double trend = raw.toDouble();
            const QString arrow = trend > 2    ? QStringLiteral("▲ ")
                                  : trend < -2 ? QStringLiteral("▼ ")
                                               : QStringLiteral("▶ ");
            return QString(arrow + QLocale().toString(trend, 'f', 1));
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

AccountsView::AccountsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
    , m_proxy(new AccountTableProxy(this))
{
    const FormPanel parts = makeFormPanel(QString());
    parts.dates->hide(); // accounts are measured as of a day, not over a range
    m_model = makeChoice(parts.panel, QStringLiteral("accountsModel"));
    m_model->setToolTip(tr("The health model that scores the accounts"));
    m_asOf = new AsOfEditor(parts.panel);
    m_filter = new QLineEdit(parts.panel);
    m_filter->setObjectName(QStringLiteral("accountsFilter"));
    m_filter->setPlaceholderText(tr("name, industry, plan, owner..."));
    m_filter->setClearButtonEnabled(true);
    parts.form->addRow(tr("Health model"), m_model);
    parts.form->addRow(QString(), m_asOf);
    parts.form->addRow(tr("Find"), m_filter);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const QString model = m_model->currentData().toString();
        m_editor.edit([model](AccountsQuery &q) { q.model = model; }, tr("Choose a health model"));
    });
    connect(m_asOf, &AsOfEditor::edited, this, [this](std::optional<qint64> day) {
        m_editor.edit([day](AccountsQuery &q) { q.asOfDay = day; }, tr("Change the as-of day"));
    });
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(RecordTableModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    const ChartAndTable result
        = makeChartAndTable(tr("Distribution"), m_proxy, QStringLiteral("accounts"));
    m_resultTabs = result.tabs;
    m_chartHost = result.chartHost;
    m_table = result.table;
    m_table->setSortingEnabled(true);
    m_resultTabs->tabBar()->moveTab(1, 0);
    m_resultTabs->setCurrentIndex(0);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openAccountAt(index.row());
    });
    setPanels(parts.panel, buildResultFrame(m_resultTabs, QStringLiteral("accounts")), 300);
    follow();
}

AccountsView::~AccountsView() = default;

void AccountsView::fillModelChoice(QComboBox *combo,
                                   ProjectSession *session,
                                   const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Built-in (ANALYSES.md)"), QString());
    if (session)
        for (const QString &name : session->savedNames(QStringLiteral("health")))
            combo->addItem(name, name);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(tr("%1 (not in the project)").arg(current), current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void AccountsView::syncControls()
{
    m_editor.sync([this](const AccountsQuery &q) {
        fillModelChoice(m_model, session(), q.model);
        m_asOf->setDay(q.asOfDay);
    });
}

void AccountsView::recompute()
{
    if (definitionReadable())
        computeDefinition();
}

void AccountsView::clearResult()
{
    m_tableModel->setTable({});
}

QString AccountsView::problemTitle() const
{
    return tr("The accounts cannot be shown");
}

void AccountsView::showResult()
{
    const auto &result = outcome().resultAs<HealthResult>();
    m_tableModel->setTable(outcome().table);
    if (!m_sortedOnce) {
        // The least healthy first: what a customer-success manager looks at first.
        m_sortedOnce = true;
        m_table->sortByColumn(int(outcome().table.columns.indexOf(QStringLiteral("health"))),
                              Qt::AscendingOrder);
        // Health, band and trend beside the name, where the eye starts; the columns stay in
        // CLI.md's order for exports.
        QHeaderView *header = m_table->horizontalHeader();
        int to = 2;
        for (const char *column : {"health", "band", "trend"})
            header->moveSection(
                header->visualIndex(int(outcome().table.columns.indexOf(QLatin1String(column)))),
                to++);
    }
    fitColumns(m_table);
    m_asOf->setDefaultDay(result.asOfEndMs - Calendar::msPerDay);
    m_chart = replaceChart(m_chartHost, m_chart, CrmCharts::healthDistribution(result));
    m_chart->setObjectName(QStringLiteral("accountsChart"));
    showResultArea();
    setStatus(tr("%1 accounts as of %2: %3. Double-click an account for its page.")
                  .arg(result.accounts.size())
                  .arg(Calendar::dateText(result.asOfEndMs - Calendar::msPerDay),
                       CrmCharts::bandCounts(result)));
}

void AccountsView::openAccountAt(int row)
{
    const QString account = m_proxy->index(row, 0).data(RecordTableModel::RawValueRole).toString();
    if (account.isEmpty() || !hasResult())
        return;
    const auto &q = outcome().queryAs<AccountsQuery>();
    AccountPage::open(session(), account, q.model, q.asOfDay, this);
}

namespace {

// The window's part of the accounts kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(AccountsKind::id),
                        QObject::tr("Accounts"),
                        QObject::tr("Every account with its health, seats, renewal and NPS"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        AnalysisKind::viewOf<AccountsView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return CrmCharts::healthDistribution(o.resultAs<HealthResult>());
                        }};
});

} // namespace

} // namespace Quadrant
