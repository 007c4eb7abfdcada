// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace sunhall::models {

/// Narrows a CatalogueModel to the items whose name or code contains the search text, ignoring
/// case and surrounding spaces, so that a clerk can type "营业" or "xk-001". A department row
/// stays while any of its items match, and then reads "公安局 (2 of 12)". An empty text shows
/// the whole catalogue.
class CatalogueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    /// The number of item rows (not department rows) currently shown.
    int matchingItemCount() const;
    /// The first item row shown (name column), or an invalid index when nothing matches.
    QModelIndex firstItemIndex() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace sunhall::models
