// SPDX-License-Identifier: MIT
#include "personlistdialog.h"

#include "analysis/eventindex.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "persontable.h"
#include "store/cohortstore.h"
#include "store/projectstore.h"
#include "timeline/timelinedialog.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
constexpr int listedPersons = 5000; // the list stays quick; a cohort keeps them all
}

PersonListDialog::PersonListDialog(ProjectSession *session,
                                   const QString &title,
                                   const QString &description,
                                   Finder finder,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_description(description)
    , m_summary(new QLabel(this))
    , m_persons(new PersonTable(this))
    , m_save(new QPushButton(tr("Save as Cohort…"), this))
    , m_runner(new AnalysisRunner(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("personListDialog"));
    resize(640, 520);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Finding the persons…"));
    m_save->setEnabled(false);
    connect(m_persons, &PersonTable::personActivated, this, [this](const QString &userId) {
        openTimeline(m_session, userId, parentWidget());
    });
    connect(m_save, &QPushButton::clicked, this, [this, title] {
        askToSaveCohort(
            this, title, m_summary, [this](const QString &name) { return saveCohort(name); });
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_persons, 1);
    layout->addWidget(buttons);

    const auto index = session ? session->index() : nullptr;
    if (!index) {
        m_summary->setText(tr("No project is open."));
        return;
    }
    const QString path = session->path();
    QPointer<PersonListDialog> self(this);
    m_runner->runNow([self, index, path, finder](JobContext &context) -> AnalysisRunner::Deliver {
        ProjectStore store;
        if (auto failure = store.openAlongside(path, ProjectStore::Access::ReadOnly))
            return [self, message = failure->toString()] {
                if (self)
                    self->m_summary->setText(message.toHtmlEscaped());
            };
        auto found = finder(*index, store, context);
        return [self, found = std::move(found)]() mutable {
            if (self)
                self->showPersons(std::move(found));
        };
    });
}

void PersonListDialog::showPersons(std::vector<int> persons)
{
    m_found = std::move(persons);
    if (!m_session)
        return;
    m_persons->setPersons(m_session, m_found, listedPersons);
    QString text
        = tr("<b>%1 persons</b> %2.")
              .arg(QLocale().toString(qint64(m_found.size())), m_description.toHtmlEscaped());
    if (m_found.size() > size_t(listedPersons))
        text += QLatin1Char(' ')
                + tr("The first %1 are listed; save them as a cohort to keep them all.")
                      .arg(QLocale().toString(listedPersons));
    m_summary->setText(text);
    m_save->setEnabled(!m_found.empty() && m_session->access() == ProjectStore::Access::ReadWrite);
}

void PersonListDialog::askToSaveCohort(QWidget *parent,
                                       const QString &suggested,
                                       QLabel *summary,
                                       const std::function<QString(const QString &)> &save)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, tr("Save as Cohort"), tr("Name of the cohort:"), QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    const QString error = save(name);
    if (error.isEmpty())
        summary->setText(summary->text()
                         + tr("<br>Saved as cohort <b>%1</b>.").arg(name.toHtmlEscaped()));
    else
        QMessageBox::warning(parent, tr("Cannot save the cohort"), error);
}

void PersonListDialog::openTimeline(ProjectSession *session, const QString &userId, QWidget *parent)
{
    if (session)
        TimelineDialog::open(session, Timeline::Subject::Person, userId, parent);
}

QString PersonListDialog::saveCohort(const QString &name)
{
    if (!m_session)
        return tr("no project is open");
    const QJsonObject definition{{QStringLiteral("kind"), QStringLiteral("persons")},
                                 {QStringLiteral("description"), m_description}};
    const auto failure = m_session->saveCohort(name, definition, m_found);
    return failure ? failure->toString() : QString();
}

} // namespace Quadrant
