// SPDX-License-Identifier: MIT
#include "clickhousedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quadrant {

ClickHouseDialog::ClickHouseDialog(const std::optional<ClickHouseTarget> &saved, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_push(new QCheckBox(tr("Push this project's events there now (only what the server lacks)"),
                           this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to ClickHouse"));
    setObjectName(QStringLiteral("clickHouseDialog"));
    m_url->setObjectName(QStringLiteral("clickHouseUrl"));
    m_database->setObjectName(QStringLiteral("clickHouseDatabase"));
    m_password->setObjectName(QStringLiteral("clickHousePassword"));
    m_push->setObjectName(QStringLiteral("clickHousePushNow"));
    m_url->setPlaceholderText(QStringLiteral("http://analyst@127.0.0.1:8123"));
    m_url->setText(saved ? saved->url() : QString());
    m_database->setText(saved ? saved->database : QStringLiteral("quadrant"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none"));
    if (qEnvironmentVariableIsSet("QUADRANT_CLICKHOUSE_PASSWORD"))
        m_password->setText(qEnvironmentVariable("QUADRANT_CLICKHOUSE_PASSWORD"));
    m_push->setChecked(true);
    m_error->setObjectName(QStringLiteral("clickHouseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto *intro = new QLabel(
        tr("Analyses will read this project's events from a ClickHouse server (its HTTP "
           "interface) and show the same numbers. Persons, accounts, saved analyses and cohorts "
           "stay in this file. The password is not saved."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_push);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool ClickHouseDialog::pushNow() const
{
    return m_push->isChecked();
}

void ClickHouseDialog::accept()
{
    QString error;
    const auto parsed
        = ClickHouseTarget::parse(m_url->text(), m_database->text().trimmed(), &error);
    if (!parsed) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_target = *parsed;
    m_target.password = m_password->text();
    QDialog::accept();
}

} // namespace Quadrant
