// SPDX-License-Identifier: MIT
#include "retentioncelldelegate.h"

#include "charts/chartstyle.h"
#include "item/retentiongridmodel.h"

#include <QPainter>

namespace Quadrant {

QColor RetentionCellDelegate::shade(double rate, const QColor &base, const QColor &background)
{
    // Linear in the rate, from a faint tint at 0 % to nearly the full colour at 100 %.
    const double t = 0.08 + std::clamp(rate, 0.0, 1.0) * 0.85;
    return QColor::fromRgbF(float(background.redF() + (base.redF() - background.redF()) * t),
                            float(background.greenF() + (base.greenF() - background.greenF()) * t),
                            float(background.blueF() + (base.blueF() - background.blueF()) * t));
}

void RetentionCellDelegate::paint(QPainter *painter,
                                  const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant rate = index.data(RetentionGridModel::RateRole);
    if (!rate.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor background = option.palette.color(QPalette::Base);
    const QColor fill = shade(rate.toDouble(), ChartStyle::seriesColor(0), background);
    painter->save();
    painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
    painter->setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white)
                                             : option.palette.color(QPalette::Text));
    QFont font = option.font;
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = f.value<QFont>();
    painter->setFont(font);
    painter->drawText(option.rect, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace Quadrant
