// SPDX-License-Identifier: MIT
#include "roiview.h"

#include "analysiskinds.h"
#include "crm/crmkinds.h"
#include "crmcharts.h"
#include "daterangeeditor.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"

#include <QChartView>
#include <QFormLayout>
#include <QLabel>
#include <QTableView>

namespace Quadrant {

RoiView::RoiView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    const FormPanel parts = makeFormPanel(tr("Only spend, leads and deals between"));
    m_dates = parts.dates;
    auto *about = new QLabel(tr("Spend comes from the spend table, leads and deals from the CRM; "
                                "a deal without a channel takes its lead's."),
                             parts.panel);
    about->setWordWrap(true);
    parts.form->addRow(about);
    m_editor.editDatesWith(m_dates, &RoiQuery::fromMs, &RoiQuery::toMs, tr("Change dates"));
    const ChartAndTable result
        = makeChartAndTable(tr("Chart"), m_tableModel, QStringLiteral("roi"));
    m_resultTabs = result.tabs;
    m_chartHost = result.chartHost;
    m_table = result.table;
    setPanels(parts.panel, buildResultFrame(m_resultTabs, QStringLiteral("roi")), 280);
    follow();
}

RoiView::~RoiView() = default;

void RoiView::syncControls()
{
    m_editor.sync([this](const RoiQuery &q) {
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void RoiView::recompute()
{
    if (definitionReadable())
        computeDefinition();
}

void RoiView::clearResult()
{
    m_tableModel->setTable({});
}

QString RoiView::problemTitle() const
{
    return tr("Channel ROI cannot be computed");
}

void RoiView::showResult()
{
    const auto &result = outcome().resultAs<RoiResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, CrmCharts::channelRoi(result));
    m_chart->setObjectName(QStringLiteral("roiChart"));
    showResultArea();
    const auto roi = result.total.roi();
    setStatus(tr("%1 spent, %2 won from %3 won deals; ROI over all channels %4.")
                  .arg(QLocale().toString(result.total.spend, 'f', 0),
                       QLocale().toString(result.total.wonRevenue, 'f', 0),
                       QLocale().toString(result.total.won),
                       roi ? QLocale().toString(*roi * 100, 'f', 0) + QLatin1Char('%')
                           : tr("(no spend)")));
}

namespace {

// The window's part of the roi kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(RoiKind::id),
                        QObject::tr("Channel ROI"),
                        QObject::tr("What each marketing channel cost and brought"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                        AnalysisKind::viewOf<RoiView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return CrmCharts::channelRoi(o.resultAs<RoiResult>());
                        }};
});

} // namespace

} // namespace Quadrant
