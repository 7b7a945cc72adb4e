// SPDX-License-Identifier: MIT
#pragma once

#include "crm/accountprofile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace Quadrant {

class Job;
class ProjectSession;

// One account's page: who they are and how healthy (the score broken into its measures), usage
// over 13 weeks, what they adopted, their people, deals and NPS answers, with their timeline and
// their health report (print preview, PDF) a click away. Read off the GUI thread.
class AccountPage : public QDialog
{
    Q_OBJECT
public:
    AccountPage(ProjectSession *session,
                const QString &accountId,
                const QString &healthModel,
                std::optional<qint64> asOfDay,
                QWidget *parent = nullptr);

    // Opens an account page for the window (deleted on close).
    static AccountPage *open(ProjectSession *session,
                             const QString &accountId,
                             const QString &healthModel,
                             std::optional<qint64> asOfDay,
                             QWidget *parent);

    // The profile shown; none while it is read or when the account cannot be shown.
    const AccountProfile *profile() const { return m_profile ? &*m_profile : nullptr; }
    // Writes the account's health report as a PDF.
    std::optional<Failure> saveReport(const QString &path) const;

signals:
    void loaded();

private:
    void load();
    void show(const AccountProfile &profile);
    void showProblem(const QString &message);
    void printPreview();
    void askAndSaveReport();

    QPointer<ProjectSession> m_session;
    QString m_accountId, m_model;
    std::optional<qint64> m_asOfDay;
    std::optional<AccountProfile> m_profile;
    Job *m_job;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTableWidget *m_measures, *m_adoption, *m_people, *m_deals, *m_nps;
    QWidget *m_usageHost;
};

} // namespace Quadrant
