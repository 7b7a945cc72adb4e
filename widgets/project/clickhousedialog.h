// SPDX-License-Identifier: MIT
#pragma once

#include "remote/clickhouseclient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Quadrant {

// File > Connect to ClickHouse: the server's address, database, user and password (kept in
// memory only), and whether to push the project's events there now.
class ClickHouseDialog : public QDialog
{
    Q_OBJECT
public:
    // `saved`: the project's saved connection, to start from.
    ClickHouseDialog(const std::optional<ClickHouseTarget> &saved, QWidget *parent = nullptr);

    // The connection as entered; valid once the dialog was accepted.
    ClickHouseTarget target() const { return m_target; }
    bool pushNow() const;

    void accept() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_database;
    QLineEdit *m_password;
    QCheckBox *m_push;
    QLabel *m_error;
    ClickHouseTarget m_target;
};

} // namespace Quadrant
