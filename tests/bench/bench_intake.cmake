# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The intake screen: opened and shown (budget < 200 ms), and the item search answering each
# keystroke over a catalogue of 2,000 items (budget < 16 ms).
sunhall_add_benchmark(bench_intake SOURCES bench_intake.cpp
                      LIBS sunhall_intake sunhall_intake_fixture)
# Widgets need a platform plugin; the offscreen one needs no display.
set_property(TEST bench_intake_smoke APPEND PROPERTY ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
