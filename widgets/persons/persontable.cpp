// SPDX-License-Identifier: MIT
#include "persontable.h"

#include "analysis/eventindex.h"
#include "analysis/personsummary.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "export/tableexport.h"
#include "item/recordtablemodel.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

namespace Quadrant {

PersonTable::PersonTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new RecordTableModel(this))
    , m_runner(new AnalysisRunner(this))
{
    setModel(m_model);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setToolTip(tr("Double-click a person to see everything they did; Ctrl+C copies the selected "
                  "rows (or all)"));
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id
            = m_model->index(index.row(), 0).data(RecordTableModel::RawValueRole).toString();
        if (!id.isEmpty())
            emit personActivated(id);
    });
}

void PersonTable::setPersons(ProjectSession *session, const std::vector<int> &persons, int limit)
{
    const auto index = session ? session->index() : nullptr;
    if (!index)
        return;
    const QString path = session->path();
    QPointer<PersonTable> self(this);
    m_runner->runNow([self, index, path, persons, limit](JobContext &) -> AnalysisRunner::Deliver {
        ProjectStore store;
        if (store.openAlongside(path, ProjectStore::Access::ReadOnly))
            return nullptr;
        RecordTable table = PersonSummary::table(*index, store, persons, limit);
        return [self, table] {
            if (!self)
                return;
            self->m_model->setTable(table);
            self->resizeColumnsToContents();
        };
    });
}

QString PersonTable::selectedText() const
{
    RecordTable table = m_model->table();
    const QModelIndexList rows
        = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (!rows.isEmpty()) {
        QVector<QVariantList> chosen;
        for (const QModelIndex &row : rows)
            chosen << table.rows.value(row.row());
        table.rows = chosen;
    }
    return TableExport::tabSeparated(table);
}

void PersonTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QStringList PersonTable::personIds() const
{
    QStringList ids;
    for (const auto &row : m_model->table().rows)
        ids << row.value(0).toString();
    return ids;
}

} // namespace Quadrant
