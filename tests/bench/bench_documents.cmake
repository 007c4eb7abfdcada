# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Printed documents: an acceptance receipt from the case to a PDF file (budget < 300 ms).
sunhall_add_benchmark(bench_documents SOURCES bench_documents.cpp
                      LIBS sunhall_documents sunhall_case_fixture sunhall_time Qt6::Gui)
# Fonts and painting need a platform plugin; the offscreen one needs no display.
set_property(TEST bench_documents_smoke APPEND PROPERTY ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
