// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace sunhall::core {

/// The catalogue's JSON form: the shipped demo catalogue, an administrator's import file and,
/// item by item, what the store keeps for each published item version. Reading is strict: a
/// missing required field, a value of the wrong type, an unknown enum value or an unknown field
/// is an error whose message names the item (index and code) and the field path, e.g.
/// `items[4] "370200-SJ-XK-001": materials[2].form: "scan" is not one of original, copy,
/// original-and-copy, electronic`, and whose `field` is the full path
/// (`items[4].materials[2].form`). Fees are integer fen (`"amountFen": 8000`). Optional fields
/// are written only when they differ from their default, so write(parse(write(c))) is
/// byte-for-byte write(c). Parsing checks the form only; CatalogueValidator checks the rules.
class CatalogueJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueJson)
public:
    /// Larger input is refused before parsing ("catalog.parse.too-large").
    static constexpr qsizetype maxBytes = 16 * 1024 * 1024;

    static Result<Catalogue> parse(const QByteArray &json);
    /// Indented JSON with keys in a stable (sorted) order, UTF-8.
    static QByteArray write(const Catalogue &catalogue);

    static QJsonObject itemToJson(const Item &item);
    /// One item on its own; errors are located as `item "CODE": field` with `field` relative to
    /// the item object.
    static Result<Item> itemFromJson(const QJsonObject &object);
};

} // namespace sunhall::core
