// SPDX-License-Identifier: MIT
#include "healthview.h"

#include "analysiskinds.h"
#include "asofeditor.h"
#include "crm/crmkinds.h"
#include "crmcharts.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/recordtablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace Quadrant {

namespace {
enum MergeKey { WeightKey = 40, ThresholdKey = 60 };
}

HealthView::HealthView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    QWidget *definition = buildDefinitionPanel();
    const ChartAndTable result
        = makeChartAndTable(tr("Distribution"), m_tableModel, QStringLiteral("health"));
    m_resultTabs = result.tabs;
    m_chartHost = result.chartHost;
    m_table = result.table;
    setPanels(definition, buildResultFrame(m_resultTabs, QStringLiteral("health")), 380);
    follow();
}

HealthView::~HealthView() = default;

QWidget *HealthView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(QString());
    parts.dates->hide();
    QWidget *panel = parts.panel;
    m_measures = new QTableWidget(0, 3, panel);
    m_measures->setObjectName(QStringLiteral("healthMeasures"));
    m_measures->setHorizontalHeaderLabels({tr("Measure"), tr("Weight"), tr("Scale")});
    m_measures->verticalHeader()->hide();
    m_measures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measures->setMinimumHeight(180);
    m_measures->setToolTip(tr("Drag an event here to score how often accounts do it"));
    DropTarget::install(
        m_measures->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            for (const QString &event : names.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                addMeasure(QStringLiteral("event:") + event);
        });
    m_add = makeChoice(panel, QStringLiteral("healthAddMeasure"));
    m_add->setEditable(true);
    m_add->setToolTip(tr("A measure of ANALYSES.md, event:NAME or property:KEY (an account "
                         "property such as csat)"));
    auto *add = new QPushButton(tr("Add"), panel);
    add->setObjectName(QStringLiteral("healthAdd"));
    auto *remove = new QPushButton(tr("Remove"), panel);
    remove->setObjectName(QStringLiteral("healthRemove"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    connect(add, &QPushButton::clicked, this, [this] {
        const int index = m_add->findText(m_add->currentText());
        addMeasure(index >= 0 && !m_add->itemData(index).toString().isEmpty()
                       ? m_add->itemData(index).toString()
                       : m_add->currentText().trimmed());
    });
    connect(
        remove, &QPushButton::clicked, this, [this] { removeMeasure(m_measures->currentRow()); });

    m_keyEvents = new QListWidget(panel);
    m_keyEvents->setObjectName(QStringLiteral("healthKeyEvents"));
    m_keyEvents->setMaximumHeight(90);
    m_keyEvents->setToolTip(tr("Key features: drag events here; Delete removes the selected one"));
    DropTarget::install(
        m_keyEvents->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            addKeyEvents(names.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        });
    auto *removeKey = new QPushButton(tr("Remove key event"), panel);
    removeKey->setObjectName(QStringLiteral("healthRemoveKeyEvent"));
    connect(removeKey, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_keyEvents->currentItem();
        if (!item)
            return;
        const QString event = item->text();
        m_editor.edit([event](HealthQuery &q) { q.model.keyEvents.removeAll(event); },
                      tr("Remove key event %1").arg(event));
    });

    m_redBelow = new QDoubleSpinBox(panel);
    m_greenFrom = new QDoubleSpinBox(panel);
    m_redBelow->setObjectName(QStringLiteral("healthRedBelow"));
    m_greenFrom->setObjectName(QStringLiteral("healthGreenFrom"));
    for (QDoubleSpinBox *box : {m_redBelow, m_greenFrom}) {
        box->setRange(0, 100);
        box->setDecimals(0);
    }
    auto *bands = new QHBoxLayout;
    bands->addWidget(new QLabel(tr("red below"), panel));
    bands->addWidget(m_redBelow);
    bands->addWidget(new QLabel(tr("green from"), panel));
    bands->addWidget(m_greenFrom);
    connect(m_redBelow, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_editor.edit(
            [value](HealthQuery &q) {
                q.model.redBelow = value;
                q.model.greenFrom = std::max(q.model.greenFrom, value);
            },
            tr("Change the red band"),
            ThresholdKey);
    });
    connect(m_greenFrom, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_editor.edit(
            [value](HealthQuery &q) {
                q.model.greenFrom = value;
                q.model.redBelow = std::min(q.model.redBelow, value);
            },
            tr("Change the green band"),
            ThresholdKey + 1);
    });

    m_segmentBy = makeChoice(panel, QStringLiteral("healthSegmentBy"), 8);
    m_segmentBy->addItem(tr("(the same for all)"), QString());
    m_segmentBy->addItem(tr("plan"), QStringLiteral("plan"));
    m_segmentBy->addItem(tr("industry"), QStringLiteral("industry"));
    m_segment = makeChoice(panel, QStringLiteral("healthSegment"), 10);
    m_segment->setToolTip(
        tr("Weights edited while a segment is chosen apply to its accounts only"));
    connect(m_segmentBy, &QComboBox::currentIndexChanged, this, [this] {
        const QString by = m_segmentBy->currentData().toString();
        m_editor.edit([by](HealthQuery &q) { q.model.segmentBy = by; }, tr("Weights by segment"));
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_editor.syncing())
            syncControls(); // the weights column shows that segment's
    });
    auto *segments = new QHBoxLayout;
    segments->addWidget(m_segmentBy);
    segments->addWidget(m_segment, 1);

    m_asOf = new AsOfEditor(panel);
    connect(m_asOf, &AsOfEditor::edited, this, [this](std::optional<qint64> day) {
        m_editor.edit([day](HealthQuery &q) { q.model.asOfDay = day; }, tr("Change the as-of day"));
    });

    parts.form->addRow(new QLabel(tr("<b>Measures</b> (drag events in)"), panel));
    parts.form->addRow(m_measures);
    parts.form->addRow(addRow);
    parts.form->addRow(new QLabel(tr("<b>Key features</b> (drag events in)"), panel));
    parts.form->addRow(m_keyEvents);
    parts.form->addRow(removeKey);
    parts.form->addRow(tr("Bands"), bands);
    parts.form->addRow(tr("Weights by"), segments);
    parts.form->addRow(QString(), m_asOf);
    return panel;
}

QString HealthView::chosenSegment() const
{
    return m_segment->isEnabled() ? m_segment->currentData().toString() : QString();
}

void HealthView::addMeasure(const QString &id)
{
    if (id.isEmpty())
        return;
    m_editor.edit(
        [id](HealthQuery &q) {
            for (const HealthMeasure &measure : q.model.measures)
                if (measure.id == id)
                    return;
            q.model.measures.append({id});
        },
        tr("Add measure %1").arg(id));
}

void HealthView::removeMeasure(int row)
{
    m_editor.edit(
        [row](HealthQuery &q) {
            if (row >= 0 && row < q.model.measures.size())
                q.model.measures.removeAt(row);
        },
        tr("Remove a measure"));
}

void HealthView::setWeight(int row, double weight)
{
    const QString segment = chosenSegment();
    m_editor.edit(
        [row, weight, segment](HealthQuery &q) {
            if (row < 0 || row >= q.model.measures.size())
                return;
            if (segment.isEmpty())
                q.model.measures[row].weight = weight;
            else
                q.model.segmentWeights[segment][q.model.measures[row].id] = weight;
        },
        segment.isEmpty() ? tr("Change a weight") : tr("Change a weight for %1").arg(segment),
        WeightKey + row);
}

void HealthView::addKeyEvents(const QStringList &events)
{
    m_editor.edit(
        [events](HealthQuery &q) {
            for (const QString &event : events)
                if (!q.model.keyEvents.contains(event))
                    q.model.keyEvents << event;
        },
        tr("Add key events %1").arg(events.join(QStringLiteral(", "))));
}

void HealthView::syncControls()
{
    m_editor.sync([this](const HealthQuery &q) {
        const HealthModel &model = q.model;
        // The segment choice: the plans or industries seen, kept while the same field is used.
        const QString segment = m_segment->currentData().toString();
        {
            const QSignalBlocker blocker(m_segment);
            m_segment->clear();
            m_segment->addItem(tr("(every account)"), QString());
            for (const QString &value : std::as_const(m_segmentValues))
                m_segment->addItem(value, value);
            m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
            m_segment->setEnabled(!model.segmentBy.isEmpty());
        }
        const QString chosen = chosenSegment();
        m_measures->setRowCount(int(model.measures.size()));
        for (int row = 0; row < model.measures.size(); ++row) {
            const HealthMeasure &measure = model.measures[row];
            m_measures->setItem(row, 0, new QTableWidgetItem(measure.title()));
            m_measures->item(row, 0)->setToolTip(measure.id);
            // A row keeps its spin box: the one being edited must outlive the edit it sends.
            auto *weight = qobject_cast<QDoubleSpinBox *>(m_measures->cellWidget(row, 1));
            if (!weight) {
                weight = new QDoubleSpinBox(m_measures);
                weight->setObjectName(QStringLiteral("healthWeight%1").arg(row));
                weight->setRange(0, 100);
                weight->setDecimals(1);
                weight->setSingleStep(0.5);
                connect(weight, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
                    setWeight(row, value);
                });
                m_measures->setCellWidget(row, 1, weight);
            }
            const QSignalBlocker blocker(weight);
            weight->setValue(model.weight(row, chosen));
            QString scale;
            if (measure.isEvent())
                scale = tr("%1 a month = 100").arg(measure.target);
            else if (measure.isProperty())
                scale = tr("%1 to %2").arg(measure.low).arg(measure.high);
            m_measures->setItem(row, 2, new QTableWidgetItem(scale));
        }
        m_add->clear();
        for (const QString &id : HealthMeasure::builtInIds()) {
            bool present = false;
            for (const HealthMeasure &measure : model.measures)
                present |= measure.id == id;
            if (!present)
                m_add->addItem(HealthMeasure{id}.title(), id);
        }
        m_add->addItem(QStringLiteral("property:"), QString());
        m_keyEvents->clear();
        m_keyEvents->addItems(model.keyEvents);
        m_redBelow->setValue(model.redBelow);
        m_greenFrom->setValue(model.greenFrom);
        m_segmentBy->setCurrentIndex(std::max(0, m_segmentBy->findData(model.segmentBy)));
        m_asOf->setDay(model.asOfDay);
    });
}

void HealthView::recompute()
{
    if (!definitionReadable())
        return;
    if (m_editor.query().model.measures.isEmpty()) {
        showNothingYet(tr("<h3>What makes an account healthy?</h3>Add measures: seat use, usage "
                          "trend, key-feature adoption, NPS, the renewal date, or drag an event "
                          "from the catalog to score how often accounts do it."));
        return;
    }
    computeDefinition();
}

void HealthView::clearResult()
{
    m_tableModel->setTable({});
}

QString HealthView::problemTitle() const
{
    return tr("The health scores cannot be computed");
}

void HealthView::showResult()
{
    const auto &result = outcome().resultAs<HealthResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, CrmCharts::healthDistribution(result));
    m_chart->setObjectName(QStringLiteral("healthChart"));
    m_asOf->setDefaultDay(result.asOfEndMs - Calendar::msPerDay);
    showResultArea();
    setStatus(tr("%1 accounts as of %2: %3.")
                  .arg(result.accounts.size())
                  .arg(Calendar::dateText(result.asOfEndMs - Calendar::msPerDay),
                       CrmCharts::bandCounts(result)));
    // The segments the accounts have, for per-segment weights.
    QStringList values;
    if (!result.model.segmentBy.isEmpty() && result.crm)
        for (const CrmAccount &account : result.crm->accounts) {
            const QString value = account.field(result.model.segmentBy);
            if (!value.isEmpty() && !values.contains(value))
                values << value;
        }
    values.sort();
    if (values != m_segmentValues) {
        m_segmentValues = values;
        syncControls();
    }
}

namespace {

// The window's part of the health kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(HealthKind::id),
                        QObject::tr("Health Model"),
                        QObject::tr("What makes an account healthy: measures, weights and bands"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        AnalysisKind::viewOf<HealthView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return CrmCharts::healthDistribution(o.resultAs<HealthResult>());
                        }};
});

} // namespace

} // namespace Quadrant
