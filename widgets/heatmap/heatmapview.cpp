// SPDX-License-Identifier: MIT
#include "heatmapview.h"

#include "analysis/eventindex.h"
#include "analysis/heatmapjson.h"
#include "analysis/heatmapkind.h"
#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "crm/accountpage.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/recordtablemodel.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace Quadrant {

namespace {
constexpr int maximumRowsDrawn = 40; // beyond this the labels overlap; the table has every row

bool isAdoption(const HeatmapQuery &q)
{
    return q.kind == HeatmapQuery::Kind::Adoption;
}

QString valueText(const HeatmapQuery &q, double value)
{
    return isAdoption(q) ? QLocale().toString(value * 100, 'f', 1) + QLatin1Char('%')
                         : QLocale().toString(qint64(value));
}

QString title(const HeatmapQuery &q)
{
    if (isAdoption(q))
        return QObject::tr("Share of each %1's persons who used each event")
            .arg(HeatmapJson::byName(q.by));
    return QObject::tr("%1 by weekday and hour (%2)")
        .arg(q.distinctPersons ? QObject::tr("Active persons") : QObject::tr("Events"),
             QString::fromUtf8(q.timeZone.id()));
}
} // namespace

HeatmapView::HeatmapView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel(), 300);
    follow();
}

HeatmapView::~HeatmapView() = default;

QWidget *HeatmapView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only events between"));
    QWidget *panel = parts.panel;
    QFormLayout *form = parts.form;
    m_dates = parts.dates;
    m_kind = makeChoice(panel, QStringLiteral("heatmapKind"), 16);
    m_kind->addItem(tr("Activity: weekday x hour"), QStringLiteral("activity"));
    m_kind->addItem(tr("Adoption: who uses which feature"), QStringLiteral("adoption"));
    m_measure = makeChoice(panel, QStringLiteral("heatmapMeasure"), 10);
    m_measure->addItem(tr("Events"), QStringLiteral("events"));
    m_measure->addItem(tr("Distinct persons"), QStringLiteral("persons"));
    m_timeZone = makeChoice(panel, QStringLiteral("heatmapTimeZone"), 14);
    m_timeZone->setToolTip(tr("Hours and weekdays are counted in this time zone"));
    m_by = makeChoice(panel, QStringLiteral("heatmapBy"), 10);
    m_by->addItem(tr("Industry"), QStringLiteral("industry"));
    m_by->addItem(tr("Account"), QStringLiteral("account"));
    m_by->addItem(tr("Role"), QStringLiteral("role"));
    m_events = new QListWidget(panel);
    m_events->setObjectName(QStringLiteral("heatmapEvents"));
    m_events->setMaximumHeight(120);
    m_events->setToolTip(tr("The features (events) to show as columns: drag events here, "
                            "double-click one to remove it. "
                            "Empty: every event."));
    m_sort = makeChoice(panel, QStringLiteral("heatmapSort"), 10);
    m_sort->addItem(tr("Largest total first"), QStringLiteral("total"));
    m_sort->addItem(tr("By name"), QStringLiteral("name"));
    form->addRow(tr("Heatmap"), m_kind);
    form->addRow(tr("Count"), m_measure);
    form->addRow(tr("Time zone"), m_timeZone);
    form->addRow(tr("Rows"), m_by);
    form->addRow(tr("Features"), m_events);
    form->addRow(tr("Order rows"), m_sort);
    auto *hint = new QLabel(tr("Hover over a cell for its exact value."), panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool adoption = m_kind->currentData().toString() == QLatin1String("adoption");
        m_editor.edit(
            [adoption](HeatmapQuery &q) {
                q.kind = adoption ? HeatmapQuery::Kind::Adoption : HeatmapQuery::Kind::Activity;
            },
            tr("Change heatmap"));
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        const bool persons = m_measure->currentData().toString() == QLatin1String("persons");
        m_editor.edit([persons](HeatmapQuery &q) { q.distinctPersons = persons; },
                      tr("Change count"));
    });
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        const QByteArray zone = m_timeZone->currentData().toString().toUtf8();
        m_editor.edit([zone](HeatmapQuery &q) { q.timeZone = QTimeZone(zone); },
                      tr("Change time zone"));
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        HeatmapQuery::By by = HeatmapQuery::By::Industry;
        HeatmapJson::parseBy(m_by->currentData().toString(), &by);
        m_editor.edit([by](HeatmapQuery &q) { q.by = by; }, tr("Change rows"));
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        const QString order = m_sort->currentData().toString();
        m_editor.edit([order](HeatmapQuery &q) { q.rowOrder = order; }, tr("Change row order"));
    });
    connect(m_events, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString event = item->text();
        m_editor.edit([event](HeatmapQuery &q) { q.events.removeAll(event); },
                      tr("Remove %1").arg(event));
    });
    DropTarget::install(
        m_events->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            const QStringList events = names.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            m_editor.edit(
                [events](HeatmapQuery &q) {
                    for (const QString &event : events)
                        if (!q.events.contains(event))
                            q.events << event;
                    q.kind = HeatmapQuery::Kind::Adoption;
                },
                tr("Add %1").arg(events.join(QStringLiteral(", "))));
        });
    m_editor.editDatesWith(m_dates, &HeatmapQuery::fromMs, &HeatmapQuery::toMs, tr("Change dates"));
    return panel;
}

QWidget *HeatmapView::buildResultPanel()
{
    const ChartAndTable parts
        = makeChartAndTable(tr("Heatmap"), m_tableModel, QStringLiteral("heatmap"));
    m_resultTabs = parts.tabs;
    m_plotHost = parts.chartHost;
    m_table = parts.table;
    return buildResultFrame(m_resultTabs, QStringLiteral("heatmap"));
}

void HeatmapView::syncControls()
{
    m_editor.sync([this](const HeatmapQuery &q) {
        const bool adoption = isAdoption(q);
        m_kind->setCurrentIndex(adoption ? 1 : 0);
        m_measure->setCurrentIndex(q.distinctPersons ? 1 : 0);
        m_timeZone->clear();
        QStringList zones{QStringLiteral("UTC"),
                          QString::fromUtf8(QTimeZone::systemTimeZoneId()),
                          QStringLiteral("America/New_York"),
                          QStringLiteral("America/Los_Angeles"),
                          QStringLiteral("Europe/London"),
                          QStringLiteral("Europe/Berlin"),
                          QStringLiteral("Asia/Shanghai"),
                          QStringLiteral("Asia/Tokyo"),
                          QStringLiteral("Australia/Sydney")};
        zones.prepend(QString::fromUtf8(q.timeZone.id()));
        zones.removeDuplicates();
        for (const QString &zone : zones)
            if (!zone.isEmpty())
                m_timeZone->addItem(zone, zone);
        m_timeZone->setCurrentIndex(0);
        m_by->setCurrentIndex(std::max(0, m_by->findData(HeatmapJson::byName(q.by))));
        m_events->clear();
        m_events->addItems(q.events);
        m_sort->setCurrentIndex(std::max(
            0, m_sort->findData(q.rowOrder.isEmpty() ? QStringLiteral("total") : q.rowOrder)));
        m_measure->setEnabled(!adoption);
        m_timeZone->setEnabled(!adoption);
        m_by->setEnabled(adoption);
        m_events->setEnabled(adoption);
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void HeatmapView::recompute()
{
    if (!definitionReadable())
        return;
    const HeatmapQuery q = m_editor.query();
    computeDefinition();
}

void HeatmapView::clearResult()
{
    m_tableModel->setTable({});
}

QString HeatmapView::problemTitle() const
{
    return tr("This heatmap cannot be computed");
}

void HeatmapView::showResult()
{
    const auto &q = outcome().queryAs<HeatmapQuery>();
    // Rows come in the definition's order (the engine orders adoption rows; activity rows are
    // the weekdays).
    if (isAdoption(q) && shown().rows.isEmpty()) {
        m_tableModel->setTable(outcome().table);
        showEmptyState(
            q.by == HeatmapQuery::By::Role
                ? tr("<h3>No roles yet</h3>No person has a <b>role</b>. Import persons with a role "
                     "column to see "
                     "which roles use which features.")
                : tr("<h3>No %1 to compare</h3>No person belongs to an account%2. Import accounts "
                     "(with their "
                     "industry) and persons with their account to see who adopted which feature.")
                      .arg(q.by == HeatmapQuery::By::Account ? tr("accounts") : tr("industries"),
                           q.by == HeatmapQuery::By::Industry ? tr(" with an industry")
                                                              : QString()));
        return;
    }
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_plot = replaceChart(m_plotHost, m_plot, createPlot(q, shown()));
    m_plot->setObjectName(QStringLiteral("heatmapPlot"));
    m_plot->setAccessibleName(title(q));
    m_plot->setAccessibleDescription(tr("%1 rows by %2 columns; the Table tab has every cell.")
                                         .arg(shown().rows.size())
                                         .arg(shown().columns.size()));
    m_plot->installEventFilter(this);
    if (isAdoption(q) && q.by == HeatmapQuery::By::Account)
        connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
            // "Name (acc-0001)" or a bare id: the account's page, as wherever an account appears.
            const auto *map = qobject_cast<QCPColorMap *>(m_plot->plottable(0));
            double key = 0, value = 0;
            map->pixelsToCoords(event->position(), key, value);
            const int r = int(std::lround(value));
            if (r < 0 || r >= shown().rows.size() || !session())
                return;
            QString id = shown().rows[r];
            if (id.endsWith(QLatin1Char(')')) && id.contains(QStringLiteral(" (")))
                id = id.mid(id.lastIndexOf(QStringLiteral(" (")) + 2).chopped(1);
            AccountPage::open(session(), id, QString(), std::nullopt, this);
        });
    showResultArea();
    double total = 0;
    for (double v : shown().values)
        total += v;
    if (isAdoption(q))
        setStatus(
            shown().rows.size() > maximumRowsDrawn
                ? tr("%1 rows x %2 features; the first %3 rows are drawn, the table has them all.")
                      .arg(shown().rows.size())
                      .arg(shown().columns.size())
                      .arg(maximumRowsDrawn)
                : tr("%1 rows x %2 features.")
                      .arg(shown().rows.size())
                      .arg(shown().columns.size()));
    else {
        bool onlyMidnight = total > 0;
        for (int r = 0; r < shown().rows.size() && onlyMidnight; ++r)
            for (int c = 1; c < shown().columns.size() && onlyMidnight; ++c)
                onlyMidnight = shown().at(r, c) == 0;
        setStatus(tr("%1 %2 in all.")
                      .arg(QLocale().toString(qint64(total)),
                           q.distinctPersons ? tr("person-hours") : tr("events"))
                  + (onlyMidnight ? tr(" Every event is at 00:00: the data has dates without a "
                                       "time of day, so only the weekdays say something.")
                                  : QString()));
    }
}

std::unique_ptr<QCustomPlot> HeatmapView::createPlot(const HeatmapQuery &q,
                                                     const HeatmapResult &shown)
{
    auto plot = std::make_unique<QCustomPlot>();
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    plot->setBackground(base);
    const int rows = std::min(int(shown.rows.size()), maximumRowsDrawn);
    const int columns = int(shown.columns.size());
    plot->plotLayout()->insertRow(0);
    auto *heading = new QCPTextElement(
        plot.get(),
        title(q),
        QFont(QApplication::font().family(), QApplication::font().pointSize() + 1, QFont::Bold));
    heading->setTextColor(text);
    plot->plotLayout()->addElement(0, 0, heading);

    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    auto *scale = new QCPColorScale(plot.get());
    plot->plotLayout()->addElement(1, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(12);
    map->setColorScale(scale); // before the gradient and range: the scale hands its own to the map
    // Adoption is drawn in percent; the tooltips and the table keep the exact shares.
    const double factor = isAdoption(q) ? 100 : 1;
    map->data()->setSize(std::max(1, columns), std::max(1, rows));
    map->data()->setRange(QCPRange(0, std::max(1, columns) - 1),
                          QCPRange(0, std::max(1, rows) - 1));
    double top = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            map->data()->setCell(c, r, shown.at(r, c) * factor);
            top = std::max(top, shown.at(r, c) * factor);
        }
    // One hue from the background to the palette's blue: darker means more, in light and dark mode.
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0, base);
    gradient.setColorStopAt(0.5, ChartStyle::seriesColor(1).lighter(130));
    gradient.setColorStopAt(1, ChartStyle::seriesColor(1).darker(150));
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setDataRange(QCPRange(0, top > 0 ? top : 1));
    scale->axis()->setLabel(
        isAdoption(q) ? QObject::tr("% of the row's persons")
                      : (q.distinctPersons ? QObject::tr("persons") : QObject::tr("events")));
    auto *margins = new QCPMarginGroup(plot.get());
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    auto columnTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < columns; ++c)
        columnTicker->addTick(c, shown.columns[c]);
    if (!isAdoption(q)) {
        // Hours side by side as long as they fit, else every second, third or sixth one: never
        // a run of overlapping digits in a narrow window.
        QCustomPlot *drawn = plot.get();
        const QStringList names = shown.columns;
        QObject::connect(drawn, &QCustomPlot::afterLayout, drawn, [drawn, names, columnTicker] {
            const double perColumn
                = drawn->axisRect()->width() / double(std::max<qsizetype>(1, names.size()));
            const double needed = QFontMetricsF(drawn->xAxis->tickLabelFont())
                                      .horizontalAdvance(QStringLiteral("00"))
                                  + 6;
            int every = 1;
            for (int step : {1, 2, 3, 6, 12})
                if (step * perColumn >= needed) {
                    every = step;
                    break;
                }
            if (columnTicker->ticks().size() == (names.size() + every - 1) / every)
                return;
            columnTicker->clear();
            for (int c = 0; c < names.size(); c += every)
                columnTicker->addTick(c, names[c]);
        });
    }
    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < rows; ++r)
        rowTicker->addTick(r, RecordTableModel::valueText(QStringLiteral("row"), shown.rows[r]));
    plot->xAxis->setTicker(columnTicker);
    plot->yAxis->setTicker(rowTicker);
    plot->xAxis->setTickLabelRotation(isAdoption(q) ? 40 : 0);
    plot->xAxis->setLabel(isAdoption(q) ? QObject::tr("feature (event)")
                                        : QObject::tr("hour of day"));
    plot->yAxis->setLabel(isAdoption(q) ? HeatmapJson::byName(q.by) : QObject::tr("weekday"));
    plot->xAxis->setRange(-0.5, columns - 0.5);
    plot->yAxis->setRange(-0.5, rows - 0.5);
    plot->yAxis->setRangeReversed(true); // the first row on top, as in the table
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, scale->axis()}) {
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(Qt::NoPen);
        axis->grid()->setVisible(false);
    }
    // Adoption grids are small enough to print each share in its cell: the figure a CS team quotes.
    if (isAdoption(q) && rows * columns <= 600) {
        QFont cellFont = QApplication::font();
        cellFont.setPointSizeF(cellFont.pointSizeF() * 0.85);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c) {
                auto *label = new QCPItemText(plot.get());
                label->position->setCoords(c, r);
                label->setText(QLocale().toString(shown.at(r, c) * 100, 'f', 0));
                label->setFont(cellFont);
                label->setColor(shown.at(r, c) * factor > top * 0.6 ? QColor(Qt::white) : text);
                label->setClipToAxisRect(true);
            }
    }
    plot->xAxis->setTickLength(0, 3);
    plot->yAxis->setTickLength(0, 3);
    plot->setMinimumSize(420, 300);
    plot->replot();
    return plot;
}

QString HeatmapView::describeAt(const QPoint &pixel) const
{
    if (!m_plot || m_plot->plottableCount() == 0)
        return QString();
    const auto *map = qobject_cast<QCPColorMap *>(m_plot->plottable(0));
    double key = 0, value = 0;
    map->pixelsToCoords(QPointF(pixel), key, value);
    const int c = int(std::lround(key)), r = int(std::lround(value));
    if (c < 0 || r < 0 || c >= shown().columns.size()
        || r >= std::min(int(shown().rows.size()), maximumRowsDrawn))
        return QString();
    const double v = shown().at(r, c);
    if (isAdoption(outcome().queryAs<HeatmapQuery>()))
        return tr("%1 · %2: %3 of %4 persons used it")
                   .arg(shown().rows[r],
                        shown().columns[c],
                        valueText(outcome().queryAs<HeatmapQuery>(), v),
                        QLocale().toString(
                            shown().rowPersons.empty() ? 0 : shown().rowPersons[size_t(r)]))
               + (outcome().queryAs<HeatmapQuery>().by == HeatmapQuery::By::Account
                      ? tr("\nDouble-click for the account's timeline")
                      : QString());
    return tr("%1 %2:00–%2:59: %3 %4")
        .arg(RecordTableModel::valueText(QStringLiteral("row"), shown().rows[r]),
             shown().columns[c],
             valueText(outcome().queryAs<HeatmapQuery>(), v),
             outcome().queryAs<HeatmapQuery>().distinctPersons ? tr("persons") : tr("events"));
}

bool HeatmapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_plot);
        return true;
    }
    return AnalysisView::eventFilter(watched, event);
}

const HeatmapResult &HeatmapView::shown() const
{
    static const HeatmapResult none;
    return hasResult() ? outcome().resultAs<HeatmapResult>() : none;
}

namespace {

// The window's part of the heatmap kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(HeatmapKind::id),
                        QObject::tr("Heatmap"),
                        QObject::tr("When people are active, and who adopted which feature"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                        AnalysisKind::viewOf<HeatmapView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return HeatmapView::createPlot(o.queryAs<HeatmapQuery>(),
                                                           o.resultAs<HeatmapResult>());
                        }};
});

} // namespace

} // namespace Quadrant
