// SPDX-License-Identifier: MIT
#include "trendview.h"

#include "analysis/eventindex.h"
#include "analysis/trendjson.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "funnel/eventdropfilter.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "store/projectstore.h"

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

namespace {
constexpr int maximumSeries = 8; // more lines than this are unreadable; the table has them all

QString measureLabel(const TrendQuery &q)
{
    switch (q.measure) {
    case TrendQuery::Measure::Total:
        return QObject::tr("events");
    case TrendQuery::Measure::Persons:
        return QObject::tr("persons");
    case TrendQuery::Measure::PerPerson:
        return QObject::tr("events per person");
    case TrendQuery::Measure::Sum:
        return QObject::tr("sum of %1").arg(q.property);
    case TrendQuery::Measure::Average:
        return QObject::tr("average %1").arg(q.property);
    }
    return QString();
}

double seriesTotal(const TrendSeries &series)
{
    double total = 0;
    for (double v : series.values)
        if (!std::isnan(v))
            total += v;
    return total;
}

// The current series to draw (largest first, at most maximumSeries) and their previous-period
// twins.
QVector<const TrendSeries *> seriesToDraw(const TrendResult &result)
{
    QVector<const TrendSeries *> current;
    for (const TrendSeries &series : result.series)
        if (!series.previousPeriod)
            current << &series;
    std::stable_sort(
        current.begin(), current.end(), [](const TrendSeries *a, const TrendSeries *b) {
            return seriesTotal(*a) > seriesTotal(*b);
        });
    if (current.size() > maximumSeries)
        current.resize(maximumSeries);
    return current;
}

const TrendSeries *previousOf(const TrendResult &result, const TrendSeries &series)
{
    for (const TrendSeries &candidate : result.series)
        if (candidate.previousPeriod && candidate.name == series.name)
            return &candidate;
    return nullptr;
}

// Periods start at UTC midnight; the date axis draws local time: place each period at the local
// moment with the same calendar date, so that no time zone shifts a label to the day before.
qint64 shownTime(qint64 utcMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

QString hoverText(const QString &series, qint64 periodStartMs, double value)
{
    return QObject::tr("%1 · %2: %3")
        .arg(series,
             Calendar::dateText(periodStartMs),
             std::isnan(value)
                 ? QObject::tr("no data")
                 : QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2));
}

QString seriesLabel(const TrendSeries &series)
{
    return series.name.isEmpty() ? QObject::tr("This period") : series.name;
}
} // namespace

TrendView::TrendView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel());
    follow();
}

TrendView::~TrendView() = default;

QWidget *TrendView::buildDefinitionPanel()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(12, 12, 8, 12);
    auto *form = new QFormLayout;
    column->addLayout(form);
    m_dates = new DateRangeEditor(tr("Only between"), panel);
    column->insertWidget(1, m_dates);
    column->addStretch(1); // the rows keep their height; the room left stays below them
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
            edit([selector](TrendQuery &q) { q.event = *selector; }, tr("Change event"));
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &TrendView::editMeasure);
    connect(m_property, &QComboBox::currentIndexChanged, this, &TrendView::editMeasure);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        Period period = Period::Day;
        Calendar::parsePeriod(m_interval->currentData().toString(), &period);
        edit([period](TrendQuery &q) { q.interval = period; }, tr("Change interval"));
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        edit([value](TrendQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        edit([on](TrendQuery &q) { q.compareWithPrevious = on; },
             on ? tr("Compare with previous period") : tr("Stop comparing"));
    });
    connect(m_chartType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        document()->edit(TrendJson::toJson(query(), m_chartType->currentData().toString()),
                         tr("Change chart type"));
    });
    DropTarget::install(m_event, EventCatalogModel::mimeType, [this](const QString &names) {
        const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0));
        if (selector)
            edit([selector](TrendQuery &q) { q.event = *selector; },
                 tr("Trend of %1").arg(selector->toString()));
    });
    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        edit([name](TrendQuery &q) { q.breakdown = name; }, tr("Break down by %1").arg(name));
    });
    DropTarget::install(m_property, PropertyCatalogModel::mimeType, [this](const QString &name) {
        if (!name.startsWith(QLatin1String("event.")))
            return;
        edit(
            [key = name.mid(6)](TrendQuery &q) {
                q.property = key;
                if (q.measure != TrendQuery::Measure::Sum
                    && q.measure != TrendQuery::Measure::Average)
                    q.measure = TrendQuery::Measure::Sum;
            },
            tr("Measure %1").arg(name));
    });
    connect(m_dates,
            &DateRangeEditor::rangeEdited,
            this,
            [this](std::optional<qint64> from, std::optional<qint64> to) {
                edit(
                    [from, to](TrendQuery &q) {
                        q.fromMs = from;
                        q.toMs = to;
                    },
                    tr("Change dates"));
            });
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

TrendQuery TrendView::query() const
{
    return TrendJson::fromJson(document()->definition()).value_or(TrendQuery());
}

bool TrendView::bars() const
{
    return document()->definition().value(QStringLiteral("chart")).toString()
           == QLatin1String("bar");
}

void TrendView::edit(const std::function<void(TrendQuery &)> &change, const QString &description)
{
    if (m_syncing)
        return;
    TrendQuery q = query();
    change(q);
    document()->edit(TrendJson::toJson(q, bars() ? QStringLiteral("bar") : QStringLiteral("line")),
                     description);
}

void TrendView::editMeasure()
{
    const QString measure = m_measure->currentData().toString();
    const QString property = m_property->currentData().toString();
    const bool needsProperty = measure == QLatin1String("sum") || measure == QLatin1String("avg");
    edit(
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
    m_syncing = true;
    const TrendQuery q = query();
    fillEventChoice(m_event,
                    q.event.toString(),
                    {{tr("(choose an event)"), QString()}, {tr("any event"), QStringLiteral("*")}});
    const QString measure = TrendJson::measureText(q).section(QLatin1Char(':'), 0, 0);
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(measure)));
    fillPropertyChoice(
        m_property, q.property, {{tr("(choose a property)"), QString()}}, EventProperties, true);
    const bool needsProperty
        = q.measure == TrendQuery::Measure::Sum || q.measure == TrendQuery::Measure::Average;
    m_property->setEnabled(needsProperty);
    m_interval->setCurrentIndex(
        std::max(0, m_interval->findData(Calendar::periodName(q.interval))));
    fillPropertyChoice(m_breakdown,
                       q.breakdown,
                       {{tr("(none)"), QString()},
                        {tr("Event source (front end vs back end)"), QStringLiteral("source")}});
    m_compare->setChecked(q.compareWithPrevious);
    m_chartType->setCurrentIndex(bars() ? 1 : 0);
    m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    m_syncing = false;
}

void TrendView::recompute()
{
    if (!definitionReadable())
        return;
    const TrendQuery q = query();
    if (q.event.event.isEmpty()) {
        runner()->cancel();
        clearResult();
        showEmptyState(
            tr("<h3>How does it change over time?</h3>Choose (or drag from the catalog) the event "
               "to follow, "
               "such as <b>login</b>; then how to measure it and, if you like, a breakdown."));
        return;
    }
    computeInBackground<TrendResult>(
        [q](const EventIndex &index, const ProjectStore &) {
            return TrendEngine::validate(q, index);
        },
        [q](const EventIndex &index, const ProjectStore &store, JobContext &context) {
            return TrendEngine::run(q, index, store, context);
        },
        [this, q](std::shared_ptr<const TrendResult> result) { showResult(q, std::move(result)); });
}

void TrendView::clearResult()
{
    m_result.reset();
    m_tableModel->setTable({});
}

QString TrendView::definitionError() const
{
    QString error;
    return TrendJson::fromJson(document()->definition(), &error) ? QString() : error;
}

QString TrendView::problemTitle() const
{
    return tr("This trend cannot be computed");
}

void TrendView::showResult(const TrendQuery &q, std::shared_ptr<const TrendResult> result)
{
    m_shownQuery = q;
    m_result = std::move(result);
    m_tableModel->setTable(TrendReport::table(*m_result));
    m_table->resizeColumnsToContents();
    m_chart = replaceChart(m_chartHost, m_chart, createChart(q, *m_result, bars()));
    m_chart->setObjectName(QStringLiteral("trendChart"));
    showResultArea();
    int current = 0;
    for (const TrendSeries &series : m_result->series)
        current += series.previousPeriod ? 0 : 1;
    QString status = tr("%1 per %2, %3 periods")
                         .arg(measureLabel(q), Calendar::periodName(q.interval))
                         .arg(m_result->periodStartsMs.size());
    if (current > maximumSeries)
        status += tr("; the chart shows the %1 largest of %2 series, the table has them all")
                      .arg(maximumSeries)
                      .arg(current);
    setStatus(status + QLatin1Char('.'));
}

std::unique_ptr<QChartView>
TrendView::createChart(const TrendQuery &q, const TrendResult &result, bool bars)
{
    auto view = std::make_unique<QChartView>();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QObject::tr("%1: %2 per %3")
                        .arg(q.event.event == QLatin1String("*") && q.event.filters.isEmpty()
                                 ? QObject::tr("All events")
                                 : q.event.toString(),
                             measureLabel(q),
                             Calendar::periodName(q.interval)));
    const QVector<const TrendSeries *> drawn = seriesToDraw(result);
    const int periods = int(result.periodStartsMs.size());

    double top = 0;
    for (const TrendSeries *series : drawn) {
        for (double v : series->values)
            if (!std::isnan(v))
                top = std::max(top, v);
        if (const TrendSeries *previous = previousOf(result, *series))
            for (double v : previous->values)
                if (!std::isnan(v))
                    top = std::max(top, v);
    }
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top > 0 ? top * 1.05 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(q.measure == TrendQuery::Measure::Total
                                  || q.measure == TrendQuery::Measure::Persons
                              ? QStringLiteral("%.0f")
                              : QStringLiteral("%.2f"));
    axisY->setTitleText(measureLabel(q));
    chart->addAxis(axisY, Qt::AlignLeft);

    auto dashed = [](const QColor &color) {
        QPen pen(color);
        pen.setWidthF(1.8);
        pen.setStyle(Qt::DashLine);
        return pen;
    };
    if (bars) {
        auto *categories = new QBarCategoryAxis;
        // Short dates fit under a bar; the table has the full ones.
        for (qint64 start : result.periodStartsMs) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
            categories->append(QLocale().toString(date,
                                                  q.interval == Period::Month
                                                      ? QStringLiteral("MMM yyyy")
                                                      : QStringLiteral("d MMM")));
        }
        chart->addAxis(categories, Qt::AlignBottom);
        auto *barSeries = new QBarSeries;
        // The previous periods as dashed lines over the bars: x is the period's index.
        auto *lineX = new QValueAxis;
        lineX->setRange(-0.5, periods - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignBottom);
        for (int s = 0; s < drawn.size(); ++s) {
            auto *set = new QBarSet(seriesLabel(*drawn[s]));
            set->setColor(ChartStyle::seriesColor(s));
            set->setBorderColor(ChartStyle::seriesColor(s));
            for (double v : drawn[s]->values)
                *set << (std::isnan(v) ? 0.0 : v);
            QObject::connect(
                set,
                &QBarSet::hovered,
                set,
                [label = set->label(), starts = result.periodStartsMs, values = drawn[s]->values](
                    bool on, int i) {
                    if (on && i >= 0 && size_t(i) < values.size())
                        QToolTip::showText(QCursor::pos(),
                                           hoverText(label, starts[size_t(i)], values[size_t(i)]));
                    else
                        QToolTip::hideText();
                });
            barSeries->append(set);
            if (const TrendSeries *previous = previousOf(result, *drawn[s])) {
                auto *line = new QLineSeries;
                line->setName(TrendReport::seriesName(*previous));
                line->setPen(dashed(ChartStyle::seriesColor(s)));
                for (int i = 0; i < periods; ++i)
                    if (!std::isnan(previous->values[size_t(i)]))
                        line->append(i, previous->values[size_t(i)]);
                chart->addSeries(line);
                line->attachAxis(lineX);
                line->attachAxis(axisY);
            }
        }
        chart->addSeries(barSeries);
        barSeries->attachAxis(categories);
        barSeries->attachAxis(axisY);
        if (periods > 16) {
            // Dates every day would overlap: keep the axis and let the table carry the exact days.
            categories->setLabelsAngle(-90);
        }
    } else {
        auto *axisX = new QDateTimeAxis;
        axisX->setFormat(q.interval == Period::Month ? QStringLiteral("MMM yyyy")
                                                     : QStringLiteral("d MMM"));
        if (periods > 0)
            axisX->setRange(
                QDateTime::fromMSecsSinceEpoch(shownTime(result.periodStartsMs.front())),
                QDateTime::fromMSecsSinceEpoch(shownTime(
                    std::max(result.periodStartsMs.back(), result.periodStartsMs.front() + 1))));
        axisX->setTickCount(std::clamp(periods, 2, 10));
        chart->addAxis(axisX, Qt::AlignBottom);
        for (int s = 0; s < drawn.size(); ++s) {
            auto addLine = [&](const TrendSeries &series, const QPen &pen) {
                auto *line = new QLineSeries;
                line->setName(series.previousPeriod ? TrendReport::seriesName(series)
                                                    : seriesLabel(series));
                line->setPen(pen);
                line->setPointsVisible(periods <= 31);
                for (int i = 0; i < periods; ++i)
                    if (!std::isnan(series.values[size_t(i)]))
                        line->append(double(shownTime(result.periodStartsMs[size_t(i)])),
                                     series.values[size_t(i)]);
                chart->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
                // Hovering a line says the exact value of the nearest period.
                QObject::connect(
                    line,
                    &QLineSeries::hovered,
                    line,
                    [label = line->name(), starts = result.periodStartsMs, values = series.values](
                        const QPointF &at, bool on) {
                        if (!on) {
                            QToolTip::hideText();
                            return;
                        }
                        size_t nearest = 0;
                        for (size_t i = 1; i < starts.size(); ++i)
                            if (std::abs(double(shownTime(starts[i])) - at.x())
                                < std::abs(double(shownTime(starts[nearest])) - at.x()))
                                nearest = i;
                        if (nearest < values.size())
                            QToolTip::showText(QCursor::pos(),
                                               hoverText(label, starts[nearest], values[nearest]));
                    });
            };
            QPen solid(ChartStyle::seriesColor(s));
            solid.setWidthF(2.4);
            addLine(*drawn[s], solid);
            if (const TrendSeries *previous = previousOf(result, *drawn[s]))
                addLine(*previous, dashed(ChartStyle::seriesColor(s)));
        }
    }
    chart->legend()->setVisible(drawn.size() > 1 || q.compareWithPrevious);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::apply(chart, QApplication::palette());
    view->setChart(chart);
    return view;
}

RecordTable TrendView::resultTable() const
{
    return m_result ? TrendReport::table(*m_result) : RecordTable();
}

std::unique_ptr<QWidget> TrendView::createChartForExport() const
{
    if (!m_result)
        return nullptr;
    return createChart(m_shownQuery, *m_result, bars());
}

} // namespace Quadrant
