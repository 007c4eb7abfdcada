// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/shell/ScreenEntry.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace sunhall::widgets {

class CatalogueWindow;
class ScreenContext;

/// The item catalogue (事项目录) as a screen of the main window, for everyone: the catalogue
/// browser over the session's current catalogue and calendar, made again when the sync engine
/// brings a new catalogue version. Until the workstation has a catalogue it says so.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    explicit CataloguePage(ScreenContext &context, QWidget *parent = nullptr);

    /// The entry that registers this screen ("catalogue", for every role).
    static ScreenEntry entry();
    /// The browser, or nullptr while there is no catalogue.
    CatalogueWindow *browser() const { return m_browser; }

private:
    void rebuild();

    ScreenContext &m_context;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    CatalogueWindow *m_browser = nullptr;
};

} // namespace sunhall::widgets
