// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/CataloguePage.h"

#include "widgets/CatalogueWindow.h"
#include "widgets/ItemDetailPanel.h"
#include "widgets/shell/ScreenContext.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace sunhall::widgets {

CataloguePage::CataloguePage(ScreenContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("catalogueScreen"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(tr("This workstation has no item catalogue yet. It arrives with the "
                                 "first connection to the hall server."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("noCatalogueLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_emptyLabel);
    connect(&m_context, &ScreenContext::catalogueChanged, this, &CataloguePage::rebuild);
    rebuild();
}

ScreenEntry CataloguePage::entry()
{
    return ScreenEntry{QStringLiteral("catalogue"),
                       tr("Item catalogue"),
                       QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                       {},
                       [](ScreenContext &context, QWidget *parent) -> QWidget * {
                           return new CataloguePage(context, parent);
                       }};
}

void CataloguePage::rebuild()
{
    if (!m_context.hasCatalogue())
        return;
    QString code;
    if (m_browser) {
        code = m_browser->detailPanel()->itemCode();
        delete m_browser;
    }
    // The browser is a window of its own elsewhere; here it is a part of the page.
    m_browser =
        new CatalogueWindow(m_context.catalogue(), m_context.calendar(), m_context.clock(), this);
    m_browser->setWindowFlags(Qt::Widget);
    m_browser->statusBar()->setSizeGripEnabled(false);
    m_layout->addWidget(m_browser);
    m_emptyLabel->hide();
    setFocusProxy(m_browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")));
    if (!code.isEmpty())
        m_browser->selectItem(code);
}

} // namespace sunhall::widgets
