// SPDX-License-Identifier: MIT
#include "guidedialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
constexpr const char *guideRoot = ":/guide/";

QString titleOf(const QString &page)
{
    QFile file(QString::fromLatin1(guideRoot) + page);
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("# "))
                return QString::fromUtf8(line.mid(2)).section(QLatin1Char(':'), 0, 0).trimmed();
    return page;
}
} // namespace

QList<std::pair<QString, QString>> GuideDialog::pages()
{
    QList<std::pair<QString, QString>> list;
    for (const char *page : {"workbench.md",
                             "importing.md",
                             "analyses.md",
                             "customer-success.md",
                             "project-file.md",
                             "reliability.md"}) {
        const QString name = QString::fromLatin1(page);
        if (QFile::exists(QString::fromLatin1(guideRoot) + name))
            list.append({name, titleOf(name)});
    }
    return list;
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Quadrant User Guide"));
    setObjectName(QStringLiteral("guideDialog"));
    resize(1000, 720);
    m_pages->setObjectName(QStringLiteral("guidePages"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setSearchPaths({QString::fromLatin1(guideRoot)});
    m_browser->setOpenExternalLinks(true);
    for (const auto &[file, title] : pages()) {
        auto *item = new QListWidgetItem(title, m_pages);
        item->setData(Qt::UserRole, file);
    }
    m_pages->setMinimumWidth(180);
    auto *split = new QSplitter(this);
    split->addWidget(m_pages);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 780});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentPage())
            showPage(item->data(Qt::UserRole).toString());
    });
    // A link to another page of the guide keeps the list in step.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        fitImages();
        const QString page = currentPage();
        for (int row = 0; row < m_pages->count(); ++row)
            if (m_pages->item(row)->data(Qt::UserRole).toString() == page) {
                const QSignalBlocker blocker(m_pages);
                m_pages->setCurrentRow(row);
            }
    });
}

QString GuideDialog::currentPage() const
{
    return m_browser->source().fileName();
}

void GuideDialog::showPage(const QString &page, const QString &anchor)
{
    QUrl url(QStringLiteral("qrc") + QString::fromLatin1(guideRoot) + page);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url, QTextDocument::MarkdownResource);
    fitImages();
    for (int row = 0; row < m_pages->count(); ++row)
        if (m_pages->item(row)->data(Qt::UserRole).toString() == page) {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentRow(row);
        }
    if (!anchor.isEmpty())
        scrollToHeading(anchor);
}

void GuideDialog::fitImages()
{
    // Screenshots are full-window pictures: shown at most as wide as the page, keeping their
    // proportions.
    const int widest = std::max(320, m_browser->viewport()->width() - 40);
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture
                = document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                      .value<QImage>();
            if (picture.isNull() || picture.width() <= widest)
                continue;
            image.setWidth(widest);
            image.setHeight(double(picture.height()) * widest / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
}

QString GuideDialog::anchorOf(const QString &heading)
{
    // As GitHub names a heading's anchor: lower case, spaces to '-', punctuation dropped.
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

bool GuideDialog::scrollToHeading(const QString &anchor)
{
    // Markdown headings carry no anchors in QTextDocument: find the heading by its name.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || anchorOf(block.text()) != anchor)
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        m_browser->ensureCursorVisible();
        const QRectF box = m_browser->document()->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(int(box.top()));
        return true;
    }
    return false;
}

GuideDialog *GuideDialog::showPage(QWidget *window, const QString &page, const QString &anchor)
{
    auto *guide = window->findChild<GuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new GuideDialog(window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->showPage(page, anchor);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

bool GuideDialog::openLink(QWidget *window, const QString &link)
{
    if (!link.startsWith(QLatin1String("guide:")))
        return false;
    const QString target = link.mid(6);
    showPage(window->window(),
             target.section(QLatin1Char('#'), 0, 0),
             target.section(QLatin1Char('#'), 1));
    return true;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            for (QAction *action : menu->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                const int row = table->rowCount();
                table->insertRow(row);
                auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
                table->setItem(row, 0, new QTableWidgetItem(plain(menuAction->text())));
                table->setItem(row, 1, new QTableWidgetItem(plain(action->text())));
                table->setItem(
                    row,
                    2,
                    new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
            }
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace Quadrant
