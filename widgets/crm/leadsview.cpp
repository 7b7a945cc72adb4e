// SPDX-License-Identifier: MIT
#include "leadsview.h"

#include "analysiskinds.h"
#include "asofeditor.h"
#include "crm/crmkinds.h"
#include "crmcharts.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/recordtablemodel.h"
#include "timeline/timelinedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

QTableWidget *ruleTable(QWidget *parent, const QString &name, const QStringList &header)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(110);
    return table;
}

QTableWidgetItem *fixedItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

LeadsView::LeadsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    QWidget *definition = buildDefinitionPanel();
    const ChartAndTable result
        = makeChartAndTable(tr("Best leads"), m_tableModel, QStringLiteral("leads"));
    m_resultTabs = result.tabs;
    m_chartHost = result.chartHost;
    m_table = result.table;
    m_table->setWordWrap(false); // the reasons in one line; the whole text is its tooltip
    m_resultTabs->tabBar()->moveTab(1, 0);
    m_resultTabs->setCurrentIndex(0);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openTimelineAt(index.row());
    });
    setPanels(definition, buildResultFrame(m_resultTabs, QStringLiteral("leads")), 360);
    follow();
}

LeadsView::~LeadsView() = default;

QWidget *LeadsView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(QString());
    parts.dates->hide();
    QWidget *panel = parts.panel;
    m_days = new QSpinBox(panel);
    m_days->setObjectName(QStringLiteral("leadsDays"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_top = new QSpinBox(panel);
    m_top->setObjectName(QStringLiteral("leadsTop"));
    m_top->setRange(0, 100000);
    m_top->setSpecialValueText(tr("every lead"));
    m_asOf = new AsOfEditor(panel);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        m_editor.edit([days](LeadModel &m) { m.days = days; }, tr("Change the window"), 80);
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this](int top) {
        m_editor.edit([top](LeadModel &m) { m.top = top; }, tr("Change how many are shown"), 81);
    });
    connect(m_asOf, &AsOfEditor::edited, this, [this](std::optional<qint64> day) {
        m_editor.edit([day](LeadModel &m) { m.asOfDay = day; }, tr("Change the as-of day"));
    });

    m_behaviour = ruleTable(
        panel, QStringLiteral("leadsBehaviour"), {tr("Event"), tr("Points each"), tr("At most")});
    m_behaviour->setToolTip(tr("Drag events here; edit the points in place"));
    DropTarget::install(
        m_behaviour->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            for (const QString &event : names.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                addBehaviourRule(event);
        });
    connect(m_behaviour, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        bool ok = false;
        const double value = item->text().toDouble(&ok);
        if (!ok || value < 0)
            return syncControls();
        const int row = item->row(), column = item->column();
        m_editor.edit(
            [row, column, value](LeadModel &m) {
                if (row >= m.behaviour.size())
                    return;
                (column == 1 ? m.behaviour[row].weight : m.behaviour[row].cap) = value;
            },
            tr("Change behaviour points"));
    });
    auto *anyEvent = new QPushButton(tr("Add \"any event\""), panel);
    auto *removeBehaviour = new QPushButton(tr("Remove"), panel);
    removeBehaviour->setObjectName(QStringLiteral("leadsRemoveBehaviour"));
    connect(
        anyEvent, &QPushButton::clicked, this, [this] { addBehaviourRule(QStringLiteral("*")); });
    connect(removeBehaviour, &QPushButton::clicked, this, [this] {
        const int row = m_behaviour->currentRow();
        m_editor.edit(
            [row](LeadModel &m) {
                if (row >= 0 && row < m.behaviour.size())
                    m.behaviour.removeAt(row);
            },
            tr("Remove a behaviour rule"));
    });
    auto *behaviourButtons = new QHBoxLayout;
    behaviourButtons->addWidget(anyEvent);
    behaviourButtons->addWidget(removeBehaviour);

    m_fit = ruleTable(panel, QStringLiteral("leadsFit"), {tr("Field"), tr("Value"), tr("Points")});
    connect(m_fit, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        bool ok = false;
        const double value = item->text().toDouble(&ok);
        if (!ok || value < 0)
            return syncControls();
        const int row = item->row();
        m_editor.edit(
            [row, value](LeadModel &m) {
                if (row < m.fit.size())
                    m.fit[row].weight = value;
            },
            tr("Change fit points"));
    });
    m_fitField = makeChoice(panel, QStringLiteral("leadsFitField"), 10);
    m_fitField->setEditable(true);
    for (const char *field : {"person.role", "account.plan", "account.industry", "person.channel"})
        m_fitField->addItem(QString::fromLatin1(field));
    m_fitValue = new QLineEdit(panel);
    m_fitValue->setObjectName(QStringLiteral("leadsFitValue"));
    m_fitValue->setPlaceholderText(tr("value, e.g. admin"));
    auto *addFit = new QPushButton(tr("Add"), panel);
    addFit->setObjectName(QStringLiteral("leadsAddFit"));
    auto *removeFit = new QPushButton(tr("Remove"), panel);
    connect(addFit, &QPushButton::clicked, this, [this] {
        addFitRule(m_fitField->currentText().trimmed(), m_fitValue->text().trimmed(), 1);
    });
    connect(removeFit, &QPushButton::clicked, this, [this] {
        const int row = m_fit->currentRow();
        m_editor.edit(
            [row](LeadModel &m) {
                if (row >= 0 && row < m.fit.size())
                    m.fit.removeAt(row);
            },
            tr("Remove a fit rule"));
    });
    auto *fitRow = new QHBoxLayout;
    fitRow->addWidget(m_fitField, 1);
    fitRow->addWidget(m_fitValue, 1);
    auto *fitButtons = new QHBoxLayout;
    fitButtons->addWidget(addFit);
    fitButtons->addWidget(removeFit);

    parts.form->addRow(tr("Behaviour of the last"), m_days);
    parts.form->addRow(tr("Show"), m_top);
    parts.form->addRow(QString(), m_asOf);
    parts.form->addRow(
        new QLabel(tr("<b>Behaviour</b>: points for what they did (drag events in)"), panel));
    parts.form->addRow(m_behaviour);
    parts.form->addRow(behaviourButtons);
    parts.form->addRow(new QLabel(tr("<b>Fit</b>: points for who they are"), panel));
    parts.form->addRow(m_fit);
    parts.form->addRow(fitRow);
    parts.form->addRow(fitButtons);
    return panel;
}

void LeadsView::addBehaviourRule(const QString &event)
{
    m_editor.edit(
        [event](LeadModel &m) {
            for (const BehaviourRule &rule : m.behaviour)
                if (rule.event == event)
                    return;
            m.behaviour.append({event, event == QLatin1String("*") ? 1.0 : 5.0, 20});
        },
        tr("Score %1").arg(event));
}

void LeadsView::addFitRule(const QString &field, const QString &value, double weight)
{
    if (field.isEmpty() || value.isEmpty())
        return;
    m_editor.edit(
        [field, value, weight](LeadModel &m) {
            m.fit.append({field, value, weight});
        },
        tr("Score %1 = %2").arg(field, value));
}

void LeadsView::syncControls()
{
    m_editor.sync([this](const LeadModel &m) {
        m_days->setValue(m.days);
        m_top->setValue(m.top);
        m_asOf->setDay(m.asOfDay);
        const QSignalBlocker behaviourBlocker(m_behaviour);
        m_behaviour->setRowCount(int(m.behaviour.size()));
        for (int row = 0; row < m.behaviour.size(); ++row) {
            const BehaviourRule &rule = m.behaviour[row];
            m_behaviour->setItem(
                row, 0, fixedItem(rule.event == QLatin1String("*") ? tr("any event") : rule.event));
            m_behaviour->setItem(row, 1, new QTableWidgetItem(QString::number(rule.weight)));
            m_behaviour->setItem(row, 2, new QTableWidgetItem(QString::number(rule.cap)));
        }
        const QSignalBlocker fitBlocker(m_fit);
        m_fit->setRowCount(int(m.fit.size()));
        for (int row = 0; row < m.fit.size(); ++row) {
            const FitRule &rule = m.fit[row];
            m_fit->setItem(row, 0, fixedItem(rule.field));
            m_fit->setItem(row, 1, fixedItem(rule.value));
            m_fit->setItem(row, 2, new QTableWidgetItem(QString::number(rule.weight)));
        }
    });
}

void LeadsView::recompute()
{
    if (!definitionReadable())
        return;
    const LeadModel model = m_editor.query();
    if (model.behaviour.isEmpty() && model.fit.isEmpty()) {
        showNothingYet(tr("<h3>Which lead to call first?</h3>Drag events that show interest "
                          "into Behaviour, and add what a good fit is (a role, a plan)."));
        return;
    }
    computeDefinition();
}

void LeadsView::clearResult()
{
    m_tableModel->setTable({});
}

QString LeadsView::problemTitle() const
{
    return tr("The leads cannot be scored");
}

void LeadsView::showResult()
{
    const auto &result = outcome().resultAs<LeadResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, CrmCharts::bestLeads(result));
    m_chart->setObjectName(QStringLiteral("leadsChart"));
    m_asOf->setDefaultDay(result.asOfEndMs - Calendar::msPerDay);
    showResultArea();
    int reactivated = 0;
    for (const LeadScore &score : result.leads)
        reactivated += score.reactivated ? 1 : 0;
    setStatus(tr("%1 leads, %2 of them back after a quiet month. Double-click a lead for the "
                 "person's timeline.")
                  .arg(result.leads.size())
                  .arg(reactivated));
}

void LeadsView::openTimelineAt(int row)
{
    const QString person
        = m_tableModel->index(row, 1).data(RecordTableModel::RawValueRole).toString();
    if (!person.isEmpty())
        TimelineDialog::open(session(), Timeline::Subject::Person, person, this);
}

namespace {

// The window's part of the leads kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(LeadsKind::id),
                        QObject::tr("Lead Scoring"),
                        QObject::tr("Which lead to call first, and why"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        AnalysisKind::viewOf<LeadsView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return CrmCharts::bestLeads(o.resultAs<LeadResult>());
                        }};
});

} // namespace

} // namespace Quadrant
