// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace Quadrant {

// A table whose first column stays in place while the others scroll sideways, so that a wide
// result (an A/B test's statistics, an account's figures) never loses the name of its row. The
// first column is a second view laid over the left edge, sharing the model, the selection and
// the vertical scrolling; sorting, clicks and double-clicks on it act as on the table.
class FrozenTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenTableView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
    QTableView *frozenColumn() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void showOnlyFirstColumn();
    void placeFrozenColumn();

    QTableView *m_frozen;
};

} // namespace Quadrant
