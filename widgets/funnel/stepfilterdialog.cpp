// SPDX-License-Identifier: MIT
#include "stepfilterdialog.h"

#include "analysis/eventindex.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "item/propertycatalogmodel.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace Quadrant {

namespace {
constexpr int listedValues = 500; // the most a drop-down offers; any other value can be typed
}

StepFilterDialog::StepFilterDialog(ProjectSession *session,
                                   const EventSelector &step,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_step(step)
    , m_rowLayout(new QVBoxLayout)
    , m_problem(new QLabel(this))
    , m_runner(new AnalysisRunner(this))
{
    setWindowTitle(tr("Conditions on %1").arg(step.event));
    setObjectName(QStringLiteral("stepFilterDialog"));
    resize(560, 260);
    auto *intro
        = new QLabel(tr("Count only <b>%1</b> events whose properties match every condition below.")
                         .arg(step.event.toHtmlEscaped()),
                     this);
    intro->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b35900; }"));
    m_problem->hide();
    auto *add = new QPushButton(tr("Add Condition"), this);
    add->setObjectName(QStringLiteral("addCondition"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepFilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_rowLayout);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (const EventFilter &filter : step.filters)
        addRow(filter);
    if (step.filters.isEmpty())
        addRow();
}

void StepFilterDialog::addRow(const EventFilter &filter)
{
    Row row;
    row.widget = new QWidget(this);
    auto *line = new QHBoxLayout(row.widget);
    line->setContentsMargins(0, 0, 0, 0);
    row.property = new QComboBox(row.widget);
    row.property->setMinimumContentsLength(12);
    row.property->addItem(tr("(choose a property)"), QString());
    // The event's own properties by their key, the person's as "person.KEY"; both read in words.
    if (m_session)
        for (const PropertyInfo &property : m_session->contents().properties)
            row.property->addItem(
                PropertyCatalogModel::label(PropertyCatalogModel::qualifiedName(property)),
                property.onPerson ? QStringLiteral("person.") + property.key : property.key);
    if (!filter.property.isEmpty() && row.property->findData(filter.property) < 0)
        row.property->addItem(PropertyCatalogModel::label(filter.property), filter.property);
    row.property->setCurrentIndex(std::max(0, row.property->findData(filter.property)));
    row.op = new QComboBox(row.widget);
    row.op->addItem(tr("is"), true);
    row.op->addItem(tr("is not"), false);
    row.op->setCurrentIndex(filter.equals ? 0 : 1);
    row.value = new QComboBox(row.widget);
    row.value->setEditable(true);
    row.value->setMinimumContentsLength(14);
    row.value->setInsertPolicy(QComboBox::NoInsert);
    row.value->setEditText(filter.value);
    auto *remove = new QToolButton(row.widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    line->addWidget(row.property, 2);
    line->addWidget(row.op);
    line->addWidget(row.value, 2);
    line->addWidget(remove);
    m_rowLayout->addWidget(row.widget);
    m_rows.append(row);
    QWidget *widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == widget)
                removeRow(i);
    });
    QComboBox *property = row.property, *value = row.value;
    connect(property, &QComboBox::currentIndexChanged, this, [this, property, value] {
        loadValues(value, property->currentData().toString());
    });
    if (!filter.property.isEmpty())
        loadValues(value, filter.property);
}

void StepFilterDialog::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    delete m_rows[row].widget;
    m_rows.remove(row);
}

void StepFilterDialog::loadValues(QComboBox *valueBox, const QString &property)
{
    const auto index = m_session ? m_session->index() : nullptr;
    if (!index || property.isEmpty())
        return;
    const QString path = m_session->path();
    QPointer<QComboBox> box(valueBox);
    // Reading a property's values may scan every event once: never on the GUI thread.
    m_runner->runNow([box, index, path, property](JobContext &) -> AnalysisRunner::Deliver {
        ProjectStore store;
        if (store.openAlongside(path, ProjectStore::Access::ReadOnly))
            return nullptr;
        const auto column = property.startsWith(QLatin1String("person."))
                                ? index->personProperty(store, property.mid(7))
                                : index->eventProperty(store, property);
        QStringList values = column ? column->values : QStringList();
        values.removeAll(QString());
        values.sort(Qt::CaseInsensitive);
        if (values.size() > listedValues)
            values.resize(listedValues);
        return [box, values] {
            if (!box)
                return;
            const QString typed = box->currentText();
            const QSignalBlocker blocker(box);
            box->clear();
            box->addItems(values);
            box->setEditText(typed);
        };
    });
}

std::optional<EventSelector> StepFilterDialog::selector() const
{
    EventSelector step{m_step.event, {}};
    for (const Row &row : m_rows) {
        const QString property = row.property->currentData().toString();
        const QString value = row.value->currentText().trimmed();
        if (property.isEmpty())
            continue; // an unfinished row counts for nothing
        if (value.contains(QLatin1Char('&')) || value.contains(QLatin1Char(']'))) {
            m_problem->setText(tr("A value cannot contain “&” or “]”: “%1”.").arg(value));
            m_problem->show();
            return std::nullopt;
        }
        step.filters << EventFilter{property, row.op->currentData().toBool(), value};
    }
    return step;
}

void StepFilterDialog::accept()
{
    if (selector())
        QDialog::accept();
}

} // namespace Quadrant
