// SPDX-License-Identifier: MIT
#include "pipelineview.h"

#include "analysiskinds.h"
#include "crm/crmkinds.h"
#include "crmcharts.h"
#include "daterangeeditor.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"

#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

PipelineView::PipelineView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    const FormPanel parts = makeFormPanel(tr("Only deals created between"));
    m_dates = parts.dates;
    m_by = makeChoice(parts.panel, QStringLiteral("pipelineBy"));
    m_by->setEditable(true);
    m_by->setToolTip(tr("A deal field (stage, channel, a property such as owner or product) or "
                        "account.FIELD; type any other field"));
    m_by->addItem(tr("(all deals together)"), QString());
    for (const char *field : {"stage",
                              "channel",
                              "owner",
                              "sales_agent",
                              "product",
                              "account.industry",
                              "account.plan",
                              "account.owner"})
        m_by->addItem(QString::fromLatin1(field), QString::fromLatin1(field));
    parts.form->addRow(tr("Group by"), m_by);
    auto *stages = new QPushButton(tr("Stage names..."), parts.panel);
    stages->setObjectName(QStringLiteral("pipelineStageNames"));
    stages->setToolTip(tr("Which of the project's stage names mean won, lost or still open"));
    parts.form->addRow(QString(), stages);
    connect(stages, &QPushButton::clicked, this, &PipelineView::editStageNames);
    connect(m_by, &QComboBox::textActivated, this, [this](const QString &text) {
        const int index = m_by->findText(text);
        const QString field = index >= 0 ? m_by->itemData(index).toString() : text.trimmed();
        m_editor.edit([field](PipelineQuery &q) { q.by = field; }, tr("Group the pipeline"));
    });
    m_editor.editDatesWith(
        m_dates, &PipelineQuery::fromMs, &PipelineQuery::toMs, tr("Change dates"));

    const ChartAndTable result
        = makeChartAndTable(tr("Stages"), m_tableModel, QStringLiteral("pipeline"));
    m_resultTabs = result.tabs;
    m_chartHost = result.chartHost;
    m_table = result.table;
    setPanels(parts.panel, buildResultFrame(m_resultTabs, QStringLiteral("pipeline")), 300);
    follow();
}

PipelineView::~PipelineView() = default;

void PipelineView::syncControls()
{
    m_editor.sync([this](const PipelineQuery &q) {
        const int index = m_by->findData(q.by);
        if (index >= 0)
            m_by->setCurrentIndex(index);
        else
            m_by->setEditText(q.by);
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void PipelineView::recompute()
{
    if (definitionReadable())
        computeDefinition();
}

void PipelineView::clearResult()
{
    m_tableModel->setTable({});
}

QString PipelineView::problemTitle() const
{
    return tr("This pipeline cannot be computed");
}

void PipelineView::showResult()
{
    const auto &result = outcome().resultAs<PipelineResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, CrmCharts::pipelineStages(result));
    m_chart->setObjectName(QStringLiteral("pipelineChart"));
    showResultArea();
    qint64 deals = 0, won = 0, lost = 0;
    double revenue = 0;
    for (const PipelineGroup &group : result.groups) {
        deals += group.deals;
        won += group.won;
        lost += group.lost;
        revenue += group.wonRevenue;
    }
    setStatus(tr("%1 deals: %2 won, %3 lost, %4 won revenue.")
                  .arg(QLocale().toString(deals),
                       QLocale().toString(won),
                       QLocale().toString(lost),
                       QLocale().toString(revenue, 'f', 0)));
}

void PipelineView::editStageNames()
{
    const PipelineResult *result = this->result<PipelineResult>();
    if (!result || !session())
        return;
    // Window-modal and not waited for: the choice is applied when the dialog is accepted.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("stageNamesDialog"));
    dialog->setWindowTitle(tr("Stage names"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("What each stage of this project means. \"won\" and \"closed "
                                "won\", \"lost\" and \"closed lost\" are known; every other "
                                "stage counts as open unless you say otherwise."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QHash<QString, QComboBox *> choices;
    const StageStates current = outcome().queryAs<PipelineQuery>().crm
                                    ? outcome().queryAs<PipelineQuery>().crm->stages
                                    : StageStates();
    for (const PipelineStage &stage : result->stages) {
        auto *choice = new QComboBox(dialog);
        choice->setObjectName(QStringLiteral("stage:") + stage.stage);
        for (StageStates::State state :
             {StageStates::State::Open, StageStates::State::Won, StageStates::State::Lost})
            choice->addItem(StageStates::name(state), int(state));
        choice->setCurrentIndex(choice->findData(int(current.of(stage.stage))));
        form->addRow(stage.stage, choice);
        choices.insert(stage.stage, choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, choices, current] {
        QHash<QString, StageStates::State> mapped = current.mapped();
        for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
            const auto state = StageStates::State(it.value()->currentData().toInt());
            // Only what differs from the default reading is kept.
            if (StageStates().of(it.key()) == state)
                mapped.remove(StageStates::normalised(it.key()));
            else
                mapped.insert(StageStates::normalised(it.key()), state);
        }
        if (auto failure = session() ? session()->saveStageStates(mapped) : std::nullopt) {
            QMessageBox::warning(this, tr("Stage names"), failure->toString());
            return;
        }
        recompute();
    });
    dialog->open();
}

namespace {

// The window's part of the pipeline kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{
        QString::fromLatin1(PipelineKind::id),
        QObject::tr("Pipeline"),
        QObject::tr("Deals by stage, win rate, revenue and sales cycle by any field"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        AnalysisKind::viewOf<PipelineView>(),
        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
            return CrmCharts::pipelineStages(o.resultAs<PipelineResult>());
        }};
});

} // namespace

} // namespace Quadrant
