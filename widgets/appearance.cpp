// SPDX-License-Identifier: MIT
#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Quadrant {

QPalette Appearance::lightPalette()
{
    QPalette palette(QColor(0xF5, 0xF6, 0xF8));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xF2, 0xF4, 0xF7));
    palette.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    palette.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    palette.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6A, 0x73, 0x7D));
    palette.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF0));
    palette.setColor(QPalette::ToolTipText, QColor(0x1F, 0x23, 0x28));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0xEC, 0xEE, 0xF1));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8A, 0x91, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8A, 0x91, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8A, 0x91, 0x99));
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette(QColor(0x2B, 0x2D, 0x31));
    palette.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x31));
    palette.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    palette.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    palette.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    palette.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    palette.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3E));
    palette.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6));
    palette.setColor(QPalette::ToolTipBase, QColor(0x36, 0x39, 0x3E));
    palette.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE8, 0xEB));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x88));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2B, 0x2D, 0x31));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x88));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x88));
    return palette;
}

void Appearance::apply(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

} // namespace Quadrant
