// SPDX-License-Identifier: MIT
#include "trendview.h"

#include "analysis/eventindex.h"
#include "analysis/trendjson.h"
#include "analysis/trendkind.h"
#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "store/projectstore.h"
#include "trendchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Quadrant {

TrendView::TrendView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel());
    follow();
}

TrendView::~TrendView() = default;

QWidget *TrendView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only between"));
    QWidget *panel = parts.panel;
    QFormLayout *form = parts.form;
    m_dates = parts.dates;
    m_event = makeChoice(panel, QStringLiteral("trendEvent"));
    m_event->setToolTip(tr("The event to count. Drag one from the catalog."));
    m_measure = makeChoice(panel, QStringLiteral("trendMeasure"), 10);
    m_measure->addItem(tr("Total events"), QStringLiteral("total"));
    m_measure->addItem(tr("Persons who did it"), QStringLiteral("persons"));
    m_measure->addItem(tr("Events per person"), QStringLiteral("per-person"));
    m_measure->addItem(tr("Sum of a property"), QStringLiteral("sum"));
    m_measure->addItem(tr("Average of a property"), QStringLiteral("avg"));
    m_property = makeChoice(panel, QStringLiteral("trendProperty"), 10);
    m_property->setToolTip(
        tr("A numeric event property to sum or average. Drag one from the catalog."));
    m_interval = makeChoice(panel, QStringLiteral("trendInterval"), 8);
    m_interval->addItem(tr("Day"), QStringLiteral("day"));
    m_interval->addItem(tr("Week (Monday)"), QStringLiteral("week"));
    m_interval->addItem(tr("Month"), QStringLiteral("month"));
    m_breakdown = makeChoice(panel, QStringLiteral("trendBreakdown"), 12);
    m_breakdown->setToolTip(
        tr("One line per value: the event's source (front end web or app against back end server), "
           "a person property or the event's own property. Drag a property here."));
    m_compare = new QCheckBox(tr("Compare with the period before (dashed)"), panel);
    m_compare->setObjectName(QStringLiteral("trendCompare"));
    m_chartType = makeChoice(panel, QStringLiteral("trendChartType"), 6);
    m_chartType->addItem(tr("Line"), QStringLiteral("line"));
    m_chartType->addItem(tr("Bars"), QStringLiteral("bar"));
    form->addRow(tr("Event"), m_event);
    form->addRow(tr("Measure"), m_measure);
    form->addRow(tr("Property"), m_property);
    form->addRow(tr("Per"), m_interval);
    form->addRow(tr("Breakdown"), m_breakdown);
    form->addRow(m_compare);
    form->addRow(tr("Chart"), m_chartType);
    auto *hint = new QLabel(
        tr("Drag an event from the catalog onto Event, and a property onto Breakdown or Property. "
           "\"Event source\" compares front end (web, app) with back end (server)."),
        panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        const auto selector = EventSelector::parse(m_event->currentData().toString());
        if (selector)
            m_editor.edit([selector](TrendQuery &q) { q.event = *selector; }, tr("Change event"));
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &TrendView::editMeasure);
    connect(m_property, &QComboBox::currentIndexChanged, this, &TrendView::editMeasure);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        Period period = Period::Day;
        Calendar::parsePeriod(m_interval->currentData().toString(), &period);
        m_editor.edit([period](TrendQuery &q) { q.interval = period; }, tr("Change interval"));
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        m_editor.edit([value](TrendQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_editor.edit([on](TrendQuery &q) { q.compareWithPrevious = on; },
                      on ? tr("Compare with previous period") : tr("Stop comparing"));
    });
    connect(m_chartType, &QComboBox::currentIndexChanged, this, [this] {
        const bool bars = m_chartType->currentData().toString() == QLatin1String("bar");
        m_editor.edit([bars](TrendQuery &q) { q.bars = bars; }, tr("Change chart type"));
    });
    DropTarget::install(m_event, EventCatalogModel::mimeType, [this](const QString &names) {
        const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0));
        if (selector)
            m_editor.edit([selector](TrendQuery &q) { q.event = *selector; },
                          tr("Trend of %1").arg(selector->toString()));
    });
    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        m_editor.edit([name](TrendQuery &q) { q.breakdown = name; },
                      tr("Break down by %1").arg(name));
    });
    DropTarget::install(m_property, PropertyCatalogModel::mimeType, [this](const QString &name) {
        if (!name.startsWith(QLatin1String("event."))) {
            DropTarget::refuse(m_property,
                               tr("%1 is a person property: a trend sums or averages an event "
                                  "property, such as amount on purchase.")
                                   .arg(name.section(QLatin1Char('.'), 1)));
            return;
        }
        m_editor.edit(
            [key = name.mid(6)](TrendQuery &q) {
                q.property = key;
                if (q.measure != TrendQuery::Measure::Sum
                    && q.measure != TrendQuery::Measure::Average)
                    q.measure = TrendQuery::Measure::Sum;
            },
            tr("Measure %1").arg(name));
    });
    m_editor.editDatesWith(m_dates, &TrendQuery::fromMs, &TrendQuery::toMs, tr("Change dates"));
    return panel;
}

QWidget *TrendView::buildResultPanel()
{
    const ChartAndTable parts
        = makeChartAndTable(tr("Chart"), m_tableModel, QStringLiteral("trend"));
    m_resultTabs = parts.tabs;
    m_chartHost = parts.chartHost;
    m_table = parts.table;
    return buildResultFrame(m_resultTabs, QStringLiteral("trend"));
}

void TrendView::editMeasure()
{
    const QString measure = m_measure->currentData().toString();
    const QString property = m_property->currentData().toString();
    const bool needsProperty = measure == QLatin1String("sum") || measure == QLatin1String("avg");
    m_editor.edit(
        [measure, property, needsProperty](TrendQuery &q) {
            TrendJson::parseMeasure(needsProperty ? measure + QLatin1Char(':') + property : measure,
                                    &q);
            if (needsProperty && property.isEmpty()) {
                q.measure = measure == QLatin1String("sum") ? TrendQuery::Measure::Sum
                                                            : TrendQuery::Measure::Average;
                q.property.clear();
            }
        },
        tr("Change measure"));
}

void TrendView::syncControls()
{
    m_editor.sync([this](const TrendQuery &q) {
        fillEventChoice(
            m_event,
            q.event.toString(),
            {{tr("(choose an event)"), QString()}, {tr("any event"), QStringLiteral("*")}});
        const QString measure = TrendJson::measureText(q).section(QLatin1Char(':'), 0, 0);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(measure)));
        fillPropertyChoice(m_property,
                           q.property,
                           {{tr("(choose a property)"), QString()}},
                           EventProperties,
                           true);
        const bool needsProperty
            = q.measure == TrendQuery::Measure::Sum || q.measure == TrendQuery::Measure::Average;
        m_property->setEnabled(needsProperty);
        m_interval->setCurrentIndex(
            std::max(0, m_interval->findData(Calendar::periodName(q.interval))));
        fillPropertyChoice(
            m_breakdown,
            q.breakdown,
            {{tr("(none)"), QString()},
             {tr("Event source (front end vs back end)"), QStringLiteral("source")}});
        m_compare->setChecked(q.compareWithPrevious);
        m_chartType->setCurrentIndex(q.bars ? 1 : 0);
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void TrendView::recompute()
{
    if (!definitionReadable())
        return;
    if (m_editor.query().event.event.isEmpty()) {
        showNothingYet(
            tr("<h3>How does it change over time?</h3>Choose (or drag from the catalog) the event "
               "to follow, "
               "such as <b>login</b>; then how to measure it and, if you like, a breakdown."));
        return;
    }
    computeDefinition();
}

void TrendView::clearResult()
{
    m_tableModel->setTable({});
}

QString TrendView::problemTitle() const
{
    return tr("This trend cannot be computed");
}

void TrendView::showResult()
{
    const auto &q = outcome().queryAs<TrendQuery>();
    const auto &result = outcome().resultAs<TrendResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, TrendChart::create(q, result));
    m_chart->setObjectName(QStringLiteral("trendChart"));
    showResultArea();
    int current = 0;
    for (const TrendSeries &series : result.series)
        current += series.previousPeriod ? 0 : 1;
    QString status = tr("%1 per %2, %3 periods")
                         .arg(TrendChart::measureLabel(q), Calendar::periodWord(q.interval))
                         .arg(result.periodStartsMs.size());
    if (current > TrendChart::maximumSeries)
        status += tr("; the chart shows the %1 largest of %2 series, the table has them all")
                      .arg(TrendChart::maximumSeries)
                      .arg(current);
    setStatus(status + QLatin1Char('.'));
}

namespace {

// The window's part of the trend kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(TrendKind::id),
                        QObject::tr("Trend"),
                        QObject::tr("An event over time, by day, week or month"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                        AnalysisKind::viewOf<TrendView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return TrendChart::create(o.queryAs<TrendQuery>(),
                                                      o.resultAs<TrendResult>());
                        }};
});

} // namespace

} // namespace Quadrant
