// SPDX-License-Identifier: MIT
#include "timelinedialog.h"

#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"
#include "store/projectstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

TimelineDialog::TimelineDialog(ProjectSession *session,
                               const Timeline::Query &query,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(query)
    , m_facts(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new RecordTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runner(new AnalysisRunner(this))
{
    const bool person = query.subject == Timeline::Subject::Person;
    setWindowTitle(person ? tr("Timeline of %1").arg(query.id)
                          : tr("Timeline of account %1").arg(query.id));
    setObjectName(QStringLiteral("timelineDialog"));
    resize(900, 600);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setText(tr("Reading…"));
    m_filter->setPlaceholderText(tr("Filter: an event name, deal, nps, a page…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (!person) {
        m_view->setToolTip(tr("Double-click a row to see that person's own timeline"));
        connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const QString personId = m_proxy->index(index.row(), 2).data().toString();
            if (!personId.isEmpty())
                open(m_session, Timeline::Subject::Person, personId, parentWidget());
        });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    load();
}

TimelineDialog *TimelineDialog::open(ProjectSession *session,
                                     Timeline::Subject subject,
                                     const QString &id,
                                     QWidget *parent)
{
    auto *dialog = new TimelineDialog(session, Timeline::Query{subject, id, 20000}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void TimelineDialog::load()
{
    if (!m_session) {
        m_facts->setText(tr("No project is open."));
        return;
    }
    const QString path = m_session->path();
    const Timeline::Query query = m_query;
    QPointer<TimelineDialog> self(this);
    m_runner->runNow([self, path, query](JobContext &) -> AnalysisRunner::Deliver {
        ProjectStore store;
        auto result = std::make_shared<Timeline::Result>();
        auto failure = store.openAlongside(path, ProjectStore::Access::ReadOnly);
        if (!failure)
            failure = Timeline::build(store, query, result.get());
        return [self, result, failure, limit = query.limit] {
            if (!self)
                return;
            if (failure) {
                self->m_facts->setText(failure->message.toHtmlEscaped());
                return;
            }
            self->m_model->setTable(result->table);
            self->m_view->resizeColumnsToContents();
            self->m_view->scrollToBottom();
            QString text = QStringLiteral("<b>%1</b>").arg(result->facts.value(0).toHtmlEscaped());
            if (result->facts.size() > 1)
                text += QStringLiteral(" · ")
                        + result->facts.mid(1).join(QStringLiteral(" · ")).toHtmlEscaped();
            text += QStringLiteral("<br>")
                    + tr("%1 rows, oldest first.")
                          .arg(QLocale().toString(qint64(result->table.rows.size())));
            if (result->truncated)
                text += QLatin1Char(' ')
                        + tr("Only the %1 most recent are shown.").arg(QLocale().toString(limit));
            self->m_facts->setText(text);
        };
    });
}

} // namespace Quadrant
