"""The extractor on real articles with hand-made gold (tests/gold/, and the shared
development corpus when it is beside the project): floors a regression would break.

The gold was written from each article's text before anyone ran the extractor on it
(tests/gold/README.md). ``python -m app score -v`` prints the per-article detail."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.evaluate import GOLD_SETS, score_folder, totals

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# (set, f1 floor, fatalities floor): a little under today's figures (python -m app score).
# heldout3-18 were scored blind first (0.68, 0.79, 0.65, 0.73, 0.59, 0.63, 0.75, 0.70, 0.59,
# 0.59, 0.56, 0.68, 0.68, 0.79, 0.63 and 0.67 F1, tests/gold/README.md); heldout3-16 have since
# been worked on, so they guard against regressions only: heldout17 and heldout18 (first 0.63
# and 0.67) in the session that made heldout19 and heldout20 (first 0.72 and 0.81), worked in
# the next (0.85 and 0.86), which made heldout21 and heldout22 blind and scored them on its start
# code (0.70 and 0.72, 11 and 10 trap hits); the session after worked them (0.84 and 0.85) and made
# heldout23 and heldout24 blind, scoring them on its start code (0.70 and 0.71, 1 and 9 trap hits)
# before any of its rules. The tenth session worked heldout23 and heldout24 (0.87 and 0.83) and made
# heldout25-30 blind: heldout25-28 were scored on its start code (0.72, 0.66, 0.72, 0.68) and then
# worked (0.83, 0.77, 0.81, 0.76); heldout29 and heldout30 were scored only on its start and end code
# (0.63 and 0.77 -> 0.62 and 0.76). The eleventh session worked heldout29 and heldout30 (0.70, 0.82)
# and made heldout31-38 blind, scored on its start code: heldout31, 33 and 34 (0.71, 0.80, 0.66)
# only at its start and end (0.73, 0.84, 0.65) and stay unworked; heldout32 and 35-38 (0.57, 0.82,
# 0.79, 0.77, 0.78) were then worked (0.84, 0.86, 0.84, 0.82, 0.81). The twelfth session made
# heldout39-42 blind and scored them on its start code (0.68, 0.73, 0.76, 0.66): heldout39 and 40 were
# then worked (0.82, 0.78); heldout41 and 42 were scored only at its start and end (0.76, 0.66 both
# times) and stay unworked, as do heldout31, 33 and 34. The thirteenth session scored heldout43 and 44
# (made at the twelfth's end) on its start code (0.83, 0.83) and again at its end, never opened
# them, and made heldout45-48 blind (0.78, 0.72, 0.73, 0.84 on its start code), which stay without
# floors as the next session's unseen baseline. The fourteenth session scored heldout45-48 on its start
# code and at checkpoints, never opened them (they get floors now), and made heldout49-56 blind (0.71,
# 0.77, 0.73, 0.70, 0.67, 0.88, 0.77, 0.76 on its start code), which stay without floors as the next
# session's unseen baseline. The fifteenth session opened heldout31, 33, 34, 41 and 42 (used until then
# only to choose between variants, by their aggregate) and wrote rules from their errors (0.751 -> 0.79),
# kept heldout43-48 and heldout49-56 closed (scored at checkpoints only: 0.80 -> 0.81, 0.747 -> 0.749) and made
# heldout57-60 blind (0.66, 0.69, 0.84, 0.65 on its start code), which stay without floors, as heldout49-56
# do. The sixteenth session opened heldout57-60 (0.725 -> 0.81 after its rules), kept heldout43-56 closed
# (they get floors now, as the never-opened sets of the last two sessions) and made heldout61-64 blind (0.82,
# 0.83, 0.79, 0.83 on its start code), which stay without floors as the next session's unseen baseline.
# The seventeenth session opened heldout61-64 (0.823 -> 0.90 after its rules; floors now) and kept heldout43-56
# closed (scored in aggregate only: 0.779 -> 0.779).
# The eighteenth session kept heldout43-56 closed (0.779 -> 0.786). The nineteenth opened heldout43-48 (0.810 ->
# 0.844 after its rules; floors now) and kept heldout49-56 closed (scored in aggregate only: 0.767 -> 0.776).
# The twentieth opened no set (its rules from the opened sets' kinds of error; heldout49-56 in aggregate only: 0.776 ->
# 0.777) and added heldout65-67, annotated blind, without floors (0.847, 0.818, 0.810 at their first run).
# The twenty-first scored heldout65-67 on its start and end code (0.830 both times; floors now), opened heldout49-56
# midway (0.777 at the start, 0.779 when opened, 0.814 after its rules) and added heldout68-76, annotated blind, without
# floors (0.769 together on its start code, 0.768 at its end).
# The twenty-second scored heldout68-76 on its start and end code (0.768 both times; floors now), kept every set it did
# not open closed (its rules from the opened sets' errors: 65 sets 0.870 -> 0.872) and added heldout77-82, annotated
# blind, without floors (heldout77-79 0.763 -> 0.770, heldout80-82 0.852 -> 0.852 on its start and end code).
# The twenty-third scored heldout77-82 on its start and end code (heldout77-79 0.782 -> 0.779, heldout80-82 0.852 ->
# 0.854, after thirty items with both places and state_level_only, which no record could match, were written as "these
# towns or the state"; floors now), wrote rules from probes of wording and form rather than from a set's errors, and
# added heldout83-88, annotated blind, without floors (heldout83-85 0.728 -> 0.729, heldout86-88 0.761 -> 0.761).
# The twenty-fourth opened heldout68-76 for development (0.777 -> 0.823), scored heldout83-88 on its start and end code
# (0.746 -> 0.751; floors now) and added heldout89-94, annotated blind, without floors (0.735 -> 0.735); all 95 sets 0.857 -> 0.863.
# The twenty-fifth opened heldout77-82, scored heldout89-94 (0.735 -> 0.736; floors then) and added heldout95-102,
# annotated blind, without floors (heldout95-100 0.778 -> 0.781).
# The twenty-sixth opened heldout83-94 for development (0.743 -> 0.813), scored heldout95-103 on its start and end code
# (0.795 -> 0.795; floors now) and added heldout104-105, annotated blind, without floors (0.617 -> 0.614); all 106 sets
# 0.861 -> 0.867.
# The twenty-seventh opened heldout95-103 for development (heldout95-100 0.781 -> 0.867, heldout101-103 0.834 -> 0.866),
# scored heldout104-105 on its start and end code (0.614 -> 0.614; floors now) and added heldout106-108, annotated blind,
# without floors (0.724 -> 0.723); all 109 sets 0.864 -> 0.869.
# The twenty-eighth opened heldout104-105 for development (0.614 -> 0.867), scored heldout106-109 on its start and end
# code (0.740 -> 0.738; floors now); all 110 sets 0.868 -> 0.874.
# The thirtieth kept heldout110-112 closed (0.726 -> 0.726) and added heldout113, five reports annotated blind by the
# developer and scored on its start and end code in aggregate only (0.66 -> 0.66; floor now); all 113 older sets
# 0.873 -> 0.874.
# The thirty-first opened heldout110-119 for development (heldout110-112 0.726 -> 0.79, heldout113-119 0.738 -> 0.83;
# floors now), scored heldout122 (four Spanish reports by an annotator helper) on its start and end code in aggregate only
# (no floor yet); all 120 sets 0.872 -> 0.875.
# The thirty-second opened heldout120-122 for development (0.838 -> 0.940; floors now), added heldout123-127, annotated
# blind by helpers and scored on its start and end code in aggregate only (0.776 -> 0.780 together; floors now); all 120
# older sets 0.875 -> 0.880.
# The thirty-third added heldout128-138, annotated blind by helpers: heldout128-135 scored on its start and a mid-session
# commit (2f2babb) in aggregate only (0.753 -> 0.762), then opened (0.762 -> 0.875 at the end); heldout136-138 scored on
# its start and end code in aggregate only (0.716 -> 0.704); floors now for all eleven; the 125 older sets 0.879 -> 0.883.
# The thirty-fourth added heldout139-158, annotated blind by helpers in three rounds: heldout139-146 scored on its start
# and a mid-session commit in aggregate only (0.795 both), then opened (0.831 at the end); heldout148, 149 and 152 scored
# on arrival (0.788), then opened (0.851); heldout147, 150, 151 and 153-158 scored on its start and end code in aggregate
# only (0.783 -> 0.785); floors now for all twenty; the 125 older sets 0.883 -> 0.883. At its end six more helpers
# delivered heldout159-164 (29 articles), merged unopened and scored in aggregate only on its start and end code (0.741
# both): floors now, closed for the next session's start figure.
# The forty-seventh opened heldout391-408 (0.886 -> 0.945 after its rules; floors raised) and added heldout409-428,
# annotated blind by helpers in four rounds and scored on its start and end code in aggregate only (0.795 both; floors now).
# The forty-eighth opened heldout409-428 (0.795 -> 0.873; floors raised) and added heldout429-450, blind, scored in
# aggregate only (0.742 -> 0.752; floors now). The forty-ninth opened heldout429-450 (0.752 -> 0.821; floors raised) and
# added heldout451-471, annotated blind by helpers in three rounds and scored on its start and end code in aggregate
# only (0.776 -> 0.779; floors now, 0.01-0.02 under the end figures). The fiftieth opened heldout451-471 (0.779 ->
# 0.879; floors raised), raised heldout429-450's (0.821 -> 0.850) and added heldout472-486, annotated blind by helpers in
# two rounds and scored on its start and end code in aggregate only (0.803 both; floors now). It lowered one floor:
# heldout203 0.98 -> 0.96, whose Cancún operation had matched only because "The shooting occurred just a week after a
# new tourism security battalion ... began operating" took the shooting's day; the battalion's start now takes its week.
# The fifty-first opened heldout472-486 (0.803 -> 0.878; floors raised) and added heldout488-501, annotated blind by
# helpers in two rounds and scored on its start and end code in aggregate only (heldout488-494 0.760 -> 0.764, then
# opened late in the session: 0.820, floors raised; heldout495-501 0.703 both; floors now).
# The fifty-fourth opened heldout531-535 (0.747 -> 0.916) and added heldout536-553 in three blind rounds, each merged
# unopened and scored in aggregate first (heldout536-541 0.746, heldout542-547 0.673, heldout548-553 0.754 on the start
# code and unchanged by the rules written before they were opened); heldout536-547 were then opened (0.852 and 0.781),
# heldout548-553 only at the session's end, for three rules (0.754 -> 0.771; floors now).
# Floors sit 0.02 under the end figures (deaths 0.05 under, in steps of 0.05) and never go down; ceilings at them.
FLOORS = [("dev", 0.91, 0.75), ("heldout", 0.82, 0.75), ("heldout2", 0.9, 0.8), ("heldout3", 0.9, 0.75),
          ("heldout4", 0.94, 0.95), ("heldout5", 0.9, 0.75), ("heldout6", 0.92, 0.75), ("heldout7", 0.9, 0.75),
          ("heldout8", 0.83, 0.75), ("heldout9", 0.91, 0.75), ("heldout10", 0.86, 0.7), ("heldout11", 0.78, 0.7),
          ("heldout12", 0.83, 0.7), ("heldout13", 0.78, 0.65), ("heldout14", 0.88, 0.9), ("heldout15", 0.88, 0.5),
          ("heldout16", 0.95, 0.8), ("heldout17", 0.86, 0.85), ("heldout18", 0.88, 0.8), ("heldout19", 0.87, 0.6),
          ("heldout20", 0.88, 0.75), ("heldout21", 0.85, 0.7), ("heldout22", 0.89, 0.8), ("heldout23", 0.88, 0.7),
          ("heldout24", 0.87, 0.9), ("heldout25", 0.86, 0.7), ("heldout26", 0.8, 0.8), ("heldout27", 0.87, 0.7),
          ("heldout28", 0.86, 0.8), ("heldout29", 0.8, 0.65), ("heldout30", 0.85, 0.75), ("heldout31", 0.78, 0.7),
          ("heldout32", 0.9, 0.75), ("heldout33", 0.92, 0.9), ("heldout34", 0.85, 0.85), ("heldout35", 0.9, 0.8),
          ("heldout36", 0.88, 0.8), ("heldout37", 0.9, 0.8), ("heldout38", 0.89, 0.7), ("heldout39", 0.84, 0.8),
          ("heldout40", 0.78, 0.6), ("heldout41", 0.89, 0.75), ("heldout42", 0.79, 0.5), ("heldout43", 0.85, 0.75),
          ("heldout44", 0.91, 0.8), ("heldout45", 0.89, 0.8), ("heldout46", 0.85, 0.8), ("heldout47", 0.83, 0.65),
          ("heldout48", 0.88, 0.75), ("heldout49", 0.9, 0.85), ("heldout50", 0.75, 0.65), ("heldout51", 0.82, 0.8),
          ("heldout52", 0.74, 0.55), ("heldout53", 0.83, 0.5), ("heldout54", 0.88, 0.7), ("heldout55", 0.78, 0.6),
          ("heldout56", 0.81, 0.75), ("heldout57", 0.89, 0.75), ("heldout58", 0.88, 0.85), ("heldout59", 0.88, 0.85),
          ("heldout60", 0.71, 0.7), ("heldout61", 0.89, 0.85), ("heldout62", 0.91, 0.8), ("heldout63", 0.88, 0.7),
          ("heldout64", 0.91, 0.7), ("heldout65", 0.89, 0.95), ("heldout66", 0.85, 0.95), ("heldout67", 0.86, 0.7),
          ("heldout68", 0.86, 0.45), ("heldout69", 0.85, 0.75), ("heldout70", 0.78, 0.35), ("heldout71", 0.73, 0.95),
          ("heldout72", 0.84, 0.85), ("heldout73", 0.86, 0.6), ("heldout74", 0.89, 0.7), ("heldout75", 0.89, 0.7),
          ("heldout76", 0.73, 0.7), ("heldout77", 0.88, 0.85), ("heldout78", 0.91, 0.9), ("heldout79", 0.82, 0.75),
          ("heldout80", 0.87, 0.7), ("heldout81", 0.93, 0.95), ("heldout82", 0.88, 0.8), ("heldout83", 0.82, 0.65),
          ("heldout84", 0.82, 0.6), ("heldout85", 0.89, 0.95), ("heldout86", 0.76, 0.45), ("heldout87", 0.82, 0.65),
          ("heldout88", 0.89, 0.7), ("heldout89", 0.77, 0.55), ("heldout90", 0.72, 0.7), ("heldout91", 0.75, 0.7),
          ("heldout92", 0.82, 0.85), ("heldout93", 0.75, 0.7), ("heldout94", 0.8, 0), ("heldout95", 0.95, 0.75),
          ("heldout96", 0.86, 0.75), ("heldout97", 0.77, 0.95), ("heldout98", 0.74, 0.95), ("heldout99", 0.87, 0.95),
          ("heldout100", 0.84, 0.6), ("heldout101", 0.88, 0.8), ("heldout102", 0.9, 0.95),
          ("heldout103", 0.76, 0.55), ("heldout104", 0.83, 0.45), ("heldout105", 0.85, 0.75),
          ("heldout106", 0.92, 0.85), ("heldout107", 0.65, 0.95), ("heldout108", 0.6, 0.65),
          ("heldout109", 0.87, 0.7), ("heldout110", 0.81, 0.95), ("heldout111", 0.8, 0.75),
          ("heldout112", 0.7, 0.5), ("heldout113", 0.78, 0.7), ("heldout114", 0.34, 0),
          ("heldout115", 0.92, 0.95), ("heldout116", 0.82, 0.7), ("heldout117", 0.88, 0.95),
          ("heldout118", 0.84, 0.75), ("heldout119", 0.85, 0.6), ("heldout120", 0.98, 0), ("heldout121", 0.94, 0.8),
          ("heldout122", 0.88, 0.95), ("heldout123", 0.67, 0.45), ("heldout124", 0.78, 0.95), ("heldout125", 0.51, 0.4),
          ("heldout126", 0.87, 0.95), ("heldout127", 0.92, 0.8), ("heldout128", 0.48, 0), ("heldout129", 0.93, 0.95),
          ("heldout130", 0.69, 0.85), ("heldout131", 0.88, 0.7), ("heldout132", 0.91, 0.7), ("heldout133", 0.87, 0.8),
          ("heldout134", 0.93, 0.45), ("heldout135", 0.87, 0.85), ("heldout136", 0.78, 0.2), ("heldout137", 0.63, 0.45),
          ("heldout138", 0.62, 0.7), ("heldout139", 0.81, 0.5), ("heldout140", 0.88, 0.95), ("heldout141", 0.82, 0.5),
          ("heldout142", 0.73, 0.6), ("heldout143", 0.73, 0.65), ("heldout144", 0.98, 0.95), ("heldout145", 0.81, 0.85),
          ("heldout146", 0.78, 0.65), ("heldout147", 0.85, 0.7), ("heldout148", 0.76, 0.75), ("heldout149", 0.98, 0.8),
          ("heldout150", 0.62, 0.35), ("heldout151", 0.67, 0.45), ("heldout152", 0.78, 0.55), ("heldout153", 0.72, 0.75),
          ("heldout154", 0.9, 0.95), ("heldout155", 0.89, 0.2), ("heldout156", 0.75, 0.45), ("heldout157", 0.88, 0.95),
          ("heldout158", 0.84, 0.75), ("heldout159", 0.55, 0.45), ("heldout160", 0.82, 0.45), ("heldout161", 0.9, 0.75),
          ("heldout162", 0.58, 0.2), ("heldout163", 0.92, 0.6), ("heldout164", 0.58, 0.6),
          ("heldout165", 0.7, 0.35), ("heldout166", 0.95, 0.95), ("heldout167", 0.87, 0.95), ("heldout168", 0.71, 0.45),
          ("heldout169", 0.65, 0.45), ("heldout170", 0.85, 0.6), ("heldout171", 0.82, 0.75), ("heldout172", 0.8, 0.55),
          ("heldout173", 0.78, 0.65), ("heldout174", 0.59, 0.45), ("heldout175", 0.73, 0.4), ("heldout176", 0.81, 0.45),
          ("heldout177", 0.74, 0.6), ("heldout178", 0.87, 0.65), ("heldout179", 0.78, 0.8), ("heldout180", 0.51, 0.15),
          ("heldout181", 0.81, 0.6), ("heldout182", 0.76, 0.6), ("heldout183", 0.92, 0.95), ("heldout184", 0.86, 0.75),
          ("heldout185", 0.75, 0.75), ("heldout186", 0.79, 0.55), ("heldout187", 0.76, 0.5), ("heldout188", 0.62, 0.45),
          ("heldout189", 0.75, 0.45), ("heldout190", 0.74, 0.95), ("heldout191", 0.82, 0.55), ("heldout192", 0.83, 0.7),
          ("heldout193", 0.5, 0.55), ("heldout194", 0.82, 0.7),
          ("heldout195", 0.37, 0), ("heldout196", 0.7, 0.6), ("heldout197", 0.78, 0.95), ("heldout198", 0.47, 0.25),
          ("heldout199", 0.98, 0), ("heldout200", 0.98, 0), ("heldout201", 0.85, 0.45), ("heldout202", 0.68, 0.45),
          ("heldout203", 0.96, 0.95), ("heldout204", 0.74, 0.45), ("heldout205", 0.56, 0.95), ("heldout206", 0.54, 0.45),
          ("heldout207", 0.97, 0), ("heldout208", 0.82, 0.7), ("heldout209", 0.84, 0.3), ("heldout210", 0.88, 0.6),
          ("heldout211", 0.93, 0.95), ("heldout212", 0.76, 0.6), ("heldout213", 0.7, 0.45), ("heldout214", 0.79, 0.8),
          ("heldout215", 0.98, 0.95), ("heldout216", 0.86, 0.75), ("heldout217", 0.69, 0), ("heldout218", 0.69, 0.95),
          ("heldout219", 0.98, 0), ("heldout220", 0.7, 0.6), ("heldout221", 0.69, 0.45),
          ("heldout222", 0.61, 0.95), ("heldout223", 0.79, 0.45), ("heldout224", 0.79, 0.5), ("heldout225", 0.72, 0.7),
          ("heldout226", 0.71, 0.2), ("heldout227", 0.88, 0.65), ("heldout228", 0.6, 0), ("heldout229", 0.69, 0.45),
          ("heldout230", 0.84, 0.95), ("heldout231", 0.8, 0.45), ("heldout232", 0.54, 0.45), ("heldout233", 0.87, 0.7),
          ("heldout234", 0.9, 0), ("heldout235", 0.88, 0.5), ("heldout236", 0.98, 0.95), ("heldout237", 0.98, 0.95),
          ("heldout238", 0.88, 0.95), ("heldout239", 0.94, 0.95),
          ("heldout240", 0.98, 0.95), ("heldout241", 0.98, 0.6), ("heldout242", 0.98, 0.95), ("heldout243", 0.94, 0),
          ("heldout244", 0.98, 0.95), ("heldout245", 0.94, 0.95), ("heldout246", 0.78, 0.25), ("heldout247", 0.98, 0),
          ("heldout248", 0.79, 0.95), ("heldout249", 0.67, 0.95), ("heldout250", 0.98, 0.95), ("heldout251", 0.43, 0),
          ("heldout252", 0.87, 0), ("heldout253", 0.84, 0.95), ("heldout254", 0.77, 0.95), ("heldout255", 0.61, 0.6),
          ("heldout256", 0.93, 0.95), ("heldout257", 0.98, 0.95), ("heldout258", 0.93, 0.45), ("heldout259", 0.77, 0.75),
          ("heldout260", 0.75, 0.95), ("heldout261", 0.6, 0.95),
          ("heldout262", 0.98, 0.95), ("heldout263", 0.98, 0.45), ("heldout264", 0.94, 0.6), ("heldout265", 0.83, 0.6),
          ("heldout266", 0.93, 0), ("heldout267", 0.9, 0.95), ("heldout268", 0, 0), ("heldout269", 0.51, 0.95),
          ("heldout270", 0.98, 0.95), ("heldout271", 0.8, 0.45), ("heldout272", 0.92, 0.95), ("heldout273", 0.8, 0.75),
          ("heldout274", 0.93, 0.95), ("heldout275", 0.91, 0.95), ("heldout276", 0.98, 0.95), ("heldout277", 0.93, 0.45),
          ("heldout278", 0.89, 0), ("heldout279", 0.81, 0.95), ("heldout280", 0.95, 0.5), ("heldout281", 0.88, 0.95),
          ("heldout282", 0.98, 0.95), ("heldout283", 0.93, 0.95), ("heldout284", 0.95, 0.95), ("heldout285", 0.48, 0),
          ("heldout286", 0.98, 0.95), ("heldout287", 0.98, 0.95), ("heldout288", 0.89, 0), ("heldout289", 0.98, 0.95),
          ("heldout290", 0.84, 0.45), ("heldout291", 0.98, 0), ("heldout292", 0.84, 0.95), ("heldout293", 0.93, 0.95),
          ("heldout294", 0.98, 0), ("heldout295", 0.81, 0.7), ("heldout296", 0.87, 0.45), ("heldout297", 0.98, 0.95),
          ("heldout298", 0.78, 0), ("heldout299", 0.98, 0.95), ("heldout300", 0.89, 0), ("heldout301", 0.95, 0),
          ("heldout302", 0.96, 0.75), ("heldout303", 0.98, 0.95), ("heldout304", 0.98, 0.7), ("heldout305", 0.86, 0),
          ("heldout306", 0.98, 0.95), ("heldout307", 0.94, 0.95), ("heldout308", 0.98, 0.95), ("heldout309", 0.98, 0.6),
          ("heldout310", 0.98, 0.45), ("heldout311", 0.98, 0.5), ("heldout312", 0.7, 0.25), ("heldout313", 0.98, 0.95),
          ("heldout314", 0.88, 0.95), ("heldout315", 0.94, 0), ("heldout316", 0.88, 0.75), ("heldout317", 0.76, 0.95),
          ("heldout318", 0, 0), ("heldout319", 0.7, 0.5), ("heldout320", 0.93, 0.95),
          ("heldout321", 0.73, 0.95), ("heldout322", 0.77, 0.95), ("heldout323", 0.79, 0.6), ("heldout324", 0.98, 0.95),
          ("heldout325", 0.78, 0.95), ("heldout326", 0.84, 0.45), ("heldout327", 0.82, 0.6), ("heldout328", 0.42, 0),
          ("heldout329", 0.31, 0), ("heldout330", 0.92, 0.95), ("heldout331", 0.98, 0.6), ("heldout332", 0.65, 0.95),
          ("heldout333", 0.73, 0), ("heldout334", 0.92, 0.95), ("heldout335", 0.69, 0), ("heldout336", 0.93, 0.95),
          ("heldout337", 0.71, 0.45), ("heldout338", 0.86, 0.7),
          ("heldout339", 0.78, 0), ("heldout340", 0.93, 0.25), ("heldout341", 0.95, 0.95), ("heldout342", 0.89, 0.95),
          ("heldout343", 0.98, 0), ("heldout344", 0.98, 0.95), ("heldout345", 0.88, 0.95), ("heldout346", 0.98, 0.95),
          ("heldout347", 0.9, 0.95), ("heldout348", 0.74, 0.95), ("heldout349", 0.95, 0.95),
          ("heldout350", 0.98, 0.45), ("heldout351", 0.94, 0.95), ("heldout352", 0.98, 0.95),
          ("heldout353", 0.93, 0.6), ("heldout354", 0.96, 0.95), ("heldout355", 0.44, 0), ("heldout356", 0.9, 0.6),
          ("heldout357", 0.83, 0.6), ("heldout358", 0.78, 0.75), ("heldout359", 0.98, 0.95),
          ("heldout360", 0.88, 0.95), ("heldout361", 0.98, 0.95), ("heldout362", 0.98, 0.7),
          ("heldout363", 0.78, 0.6), ("heldout364", 0.48, 0), ("heldout365", 0.95, 0.95),
          ("heldout366", 0.96, 0.7), ("heldout367", 0.89, 0.95), ("heldout368", 0.98, 0),
          ("heldout369", 0.98, 0.95), ("heldout370", 0.98, 0.95), ("heldout371", 0.98, 0.95),
          ("heldout372", 0.78, 0.45), ("heldout373", 0.92, 0.95), ("heldout374", 0.78, 0.95),
          ("heldout375", 0.87, 0.95), ("heldout376", 0.38, 0), ("heldout377", 0.9, 0.6), ("heldout378", 0.98, 0),
          ("heldout379", 0.67, 0.6), ("heldout380", 0.98, 0), ("heldout381", 0.98, 0.95), ("heldout382", 0.93, 0.95),
          ("heldout383", 0.85, 0), ("heldout384", 0.72, 0.6), ("heldout385", 0.87, 0.6), ("heldout386", 0.98, 0),
          ("heldout387", 0.98, 0.95), ("heldout388", 0.98, 0.95), ("heldout389", 0.48, 0.45),
          ("heldout390", 0.94, 0.95), ("heldout391", 0.98, 0.95), ("heldout392", 0.84, 0.95), ("heldout393", 0.65, 0),
          ("heldout394", 0.98, 0.95), ("heldout395", 0.98, 0.95), ("heldout396", 0.98, 0.95), ("heldout397", 0.84, 0.28),
          ("heldout398", 0.98, 0.95), ("heldout399", 0.85, 0.45), ("heldout400", 0.98, 0.95), ("heldout401", 0.98, 0.95),
          ("heldout402", 0.88, 0.95), ("heldout403", 0.78, 0.75),
          ("heldout404", 0.98, 0.95), ("heldout405", 0.98, 0.45), ("heldout406", 0.98, 0.95), ("heldout407", 0.98, 0.95),
          ("heldout408", 0.98, 0),
          ("heldout409", 0.98, 0.95), ("heldout410", 0.73, 0.61), ("heldout411", 0.93, 0.95), ("heldout412", 0.98, 0),
          ("heldout413", 0.98, 0), ("heldout414", 0.84, 0.48), ("heldout415", 0.84, 0.95), ("heldout416", 0.94, 0.95),
          ("heldout417", 0.85, 0.78), ("heldout418", 0.75, 0.66), ("heldout419", 0.79, 0.95), ("heldout420", 0.9, 0),
          ("heldout421", 0.98, 0), ("heldout422", 0.85, 0.82), ("heldout423", 0.93, 0.78), ("heldout424", 0.69, 0.61),
          ("heldout425", 0.91, 0.54), ("heldout426", 0.89, 0), ("heldout427", 0.73, 0.95), ("heldout428", 0.98, 0.95),
          ("heldout429", 0.92, 0.95), ("heldout430", 0.84, 0.95), ("heldout431", 0.83, 0.45), ("heldout432", 0.98, 0),
          ("heldout433", 0.78, 0.95), ("heldout434", 0.98, 0.45), ("heldout435", 0.98, 0.95), ("heldout436", 0.98, 0.95),
          ("heldout437", 0.77, 0.95), ("heldout438", 0.8, 0.78), ("heldout439", 0.83, 0.82), ("heldout440", 0.77, 0.75),
          ("heldout441", 0.82, 0.28), ("heldout442", 0.61, 0.95), ("heldout443", 0.8, 0.95), ("heldout444", 0.95, 0.95),
          ("heldout445", 0.84, 0.35), ("heldout446", 0.75, 0.95), ("heldout447", 0.79, 0.28), ("heldout448", 0.58, 0),
          ("heldout449", 0.94, 0.61), ("heldout450", 0.79, 0), ("heldout451", 0.87, 0.95), ("heldout452", 0.52, 0),
          ("heldout453", 0.94, 0.95), ("heldout454", 0.83, 0.95), ("heldout455", 0.92, 0), ("heldout456", 0.98, 0.95),
          ("heldout457", 0.84, 0.95), ("heldout458", 0.88, 0.66), ("heldout459", 0.65, 0), ("heldout460", 0.95, 0.72),
          ("heldout461", 0.89, 0.61), ("heldout462", 0.95, 0.95), ("heldout463", 0.87, 0.75), ("heldout464", 0.98, 0.95),
          ("heldout465", 0.89, 0.95), ("heldout466", 0.98, 0.45), ("heldout467", 0.98, 0), ("heldout468", 0.94, 0.95),
          ("heldout469", 0.9, 0.95), ("heldout470", 0.52, 0.28), ("heldout471", 0.81, 0.95), ("heldout472", 0.84, 0),
          ("heldout473", 0.93, 0.95), ("heldout474", 0.56, 0.95), ("heldout475", 0.86, 0.95), ("heldout476", 0.98, 0.95),
          ("heldout477", 0.92, 0.95), ("heldout478", 0.89, 0.61), ("heldout479", 0.49, 0), ("heldout480", 0.95, 0.95),
          ("heldout481", 0.98, 0), ("heldout482", 0.53, 0.45), ("heldout483", 0.78, 0.28), ("heldout484", 0.89, 0.95),
          ("heldout485", 0.9, 0), ("heldout486", 0.95, 0.95), ("heldout488", 0.74, 0.28), ("heldout489", 0.71, 0.45),
          ("heldout490", 0.83, 0.61), ("heldout491", 0.87, 0.45), ("heldout492", 0.92, 0.61), ("heldout493", 0.75, 0),
          ("heldout494", 0.91, 0.95), ("heldout495", 0.92, 0.45), ("heldout496", 0.93, 0.95), ("heldout497", 0.98, 0.95),
          ("heldout498", 0.95, 0.95), ("heldout499", 0.86, 0.95), ("heldout500", 0.75, 0.28), ("heldout501", 0.78, 0.55),
          ("heldout502", 0.98, 0), ("heldout503", 0.84, 0.75), ("heldout504", 0.79, 0.61), ("heldout505", 0.92, 0.95),
          ("heldout506", 0.98, 0.95), ("heldout507", 0.98, 0.95), ("heldout508", 0.87, 0.95), ("heldout510", 0.84, 0),
          ("heldout511", 0.53, 0.45), ("heldout512", 0.86, 0.75), ("heldout513", 0.79, 0.95), ("heldout514", 0.82, 0.61),
          ("heldout515", 0.85, 0.95), ("heldout516", 0.87, 0.95), ("heldout517", 0.98, 0.95), ("heldout518", 0.98, 0),
          ("heldout519", 0.95, 0.95), ("heldout520", 0.86, 0.66), ("heldout521", 0.73, 0.95), ("heldout522", 0.98, 0),
          ("heldout523", 0.85, 0.61), ("heldout524", 0.89, 0.95), ("heldout525", 0.83, 0), ("heldout526", 0.98, 0.95),
          ("heldout527", 0.87, 0.45), ("heldout528", 0.91, 0.95), ("heldout529", 0.79, 0.45), ("heldout530", 0.65, 0),
          ("heldout531", 0.95, 0.95), ("heldout532", 0.98, 0), ("heldout533", 0, 0), ("heldout534", 0.88, 0.95),
          ("heldout535", 0.78, 0.95),
          ("heldout536", 0.82, 0.55), ("heldout537", 0.85, 0.7), ("heldout538", 0.87, 0.45),
          ("heldout539", 0.89, 0.95), ("heldout540", 0.72, 0), ("heldout541", 0.84, 0.95),
          ("heldout542", 0.66, 0.95), ("heldout543", 0.95, 0), ("heldout544", 0.59, 0.28), ("heldout545", 0.88, 0.95),
          ("heldout546", 0.65, 0.7), ("heldout547", 0.82, 0.45),
          ("heldout548", 0.52, 0.95), ("heldout549", 0.98, 0.95), ("heldout550", 0.86, 0.95), ("heldout551", 0.66, 0.7),
          ("heldout552", 0.91, 0.7), ("heldout553", 0.77, 0.95),
          ("heldout554", 0.75, 0.28), ("heldout555", 0.94, 0.95), ("heldout556", 0.86, 0.95),
          ("heldout557", 0.92, 0.75), ("heldout558", 0.9, 0.95), ("heldout559", 0.94, 0.61),
          ("heldout560", 0.98, 0.95), ("heldout561", 0.75, 0.95), ("heldout562", 0.92, 0.95), ("heldout563", 0.8, 0),
          ("heldout564", 0.83, 0.45), ("heldout565", 0.93, 0.95),
          ("heldout566", 0.66, 0.45), ("heldout567", 0.98, 0), ("heldout568", 0.95, 0.95), ("heldout569", 0.6, 0.2),
          ("heldout570", 0.87, 0.95), ("heldout571", 0.98, 0.95),
          ("heldout572", 0.31, 0), ("heldout573", 0.86, 0.72), ("heldout574", 0.67, 0), ("heldout575", 0.71, 0.28),
          ("heldout576", 0.96, 0.45), ("heldout577", 0.87, 0.45)]
# Trap hits still left in the newest sets (docs: README, Limits); a set may only go down.
TRAP_CEILINGS = {"heldout7": 1, "heldout8": 1, "heldout9": 1, "heldout10": 1, "heldout12": 1, "heldout13": 15,
                 "heldout15": 3, "heldout17": 3, "heldout19": 1, "heldout20": 1, "heldout21": 2, "heldout22": 1,
                 "heldout23": 1, "heldout24": 1, "heldout25": 3, "heldout27": 5, "heldout29": 2, "heldout30": 2,
                 "heldout31": 5, "heldout32": 1, "heldout33": 1, "heldout34": 6, "heldout35": 0, "heldout37": 1,
                 "heldout38": 3, "heldout39": 8, "heldout40": 6, "heldout41": 0, "heldout42": 1, "heldout43": 3,
                 "heldout52": 4, "heldout53": 2, "heldout54": 2, "heldout56": 3, "heldout57": 1, "heldout58": 7,
                 "heldout60": 6, "heldout64": 1, "heldout65": 1, "heldout66": 2, "heldout69": 1, "heldout71": 0,
                 "heldout73": 1, "heldout76": 2, "heldout77": 0, "heldout79": 3, "heldout80": 1, "heldout81": 1,
                 "heldout82": 0, "heldout86": 2, "heldout87": 3, "heldout89": 8, "heldout90": 5, "heldout93": 4,
                 "heldout94": 0, "heldout96": 1, "heldout97": 1, "heldout98": 6, "heldout99": 1, "heldout100": 2,
                 "heldout104": 1, "heldout106": 2, "heldout107": 2, "heldout108": 2, "heldout109": 2,
                 "heldout110": 3, "heldout111": 0, "heldout112": 7, "heldout118": 3, "heldout119": 3,
                 "heldout122": 0, "heldout123": 1, "heldout125": 0, "heldout132": 1, "heldout133": 1,
                 "heldout135": 2, "heldout137": 1, "heldout138": 0, "heldout140": 0, "heldout141": 3,
                 "heldout142": 1, "heldout145": 0, "heldout146": 0, "heldout150": 3, "heldout151": 1,
                 "heldout152": 1, "heldout153": 6, "heldout154": 2, "heldout156": 7, "heldout158": 2,
                 "heldout159": 2, "heldout160": 1, "heldout162": 5, "heldout164": 2, "heldout167": 1,
                 "heldout168": 2, "heldout169": 2, "heldout170": 0, "heldout171": 2, "heldout172": 2,
                 "heldout173": 1, "heldout175": 2, "heldout178": 1, "heldout180": 7, "heldout181": 3,
                 "heldout182": 3, "heldout184": 0, "heldout186": 3, "heldout188": 2, "heldout192": 4,
                 "heldout193": 1, "heldout194": 4, "heldout196": 3, "heldout198": 2, "heldout201": 0,
                 "heldout202": 6, "heldout204": 2, "heldout208": 0, "heldout212": 1, "heldout213": 0,
                 "heldout217": 0, "heldout220": 0, "heldout222": 4, "heldout223": 1, "heldout224": 2,
                 "heldout226": 2, "heldout227": 0, "heldout228": 1, "heldout230": 0, "heldout233": 0,
                 "heldout235": 0, "heldout237": 0, "heldout244": 0, "heldout248": 0, "heldout249": 0,
                 "heldout251": 0, "heldout253": 0, "heldout255": 6, "heldout259": 0, "heldout260": 0,
                 "heldout261": 4, "heldout267": 1, "heldout271": 1, "heldout279": 2, "heldout284": 1,
                 "heldout292": 2, "heldout300": 1, "heldout307": 0, "heldout314": 0, "heldout315": 0,
                 "heldout316": 0, "heldout318": 4, "heldout322": 3, "heldout323": 2, "heldout328": 1,
                 "heldout332": 2, "heldout335": 1, "heldout337": 2, "heldout338": 0, "heldout341": 1,
                 "heldout342": 2, "heldout347": 2, "heldout355": 4, "heldout360": 3, "heldout363": 0,
                 "heldout367": 0, "heldout369": 0, "heldout372": 2, "heldout373": 0, "heldout376": 8, "heldout379": 3, "heldout387": 0, "heldout396": 0, "heldout399": 0, "heldout401": 0, "heldout403": 0, "heldout405": 0, "heldout406": 0,
                 "heldout414": 1, "heldout415": 1, "heldout416": 2, "heldout419": 2, "heldout430": 1, "heldout431": 1, "heldout439": 1, "heldout442": 3, "heldout443": 1, "heldout445": 2, "heldout447": 2,
                 "heldout448": 1, "heldout452": 3, "heldout463": 1, "heldout469": 1, "heldout474": 3, "heldout482": 1, "heldout490": 1,
                 "heldout500": 2, "heldout519": 1, "heldout521": 1, "heldout523": 1, "heldout537": 2, "heldout542": 6, "heldout544": 3, "heldout545": 0, "heldout548": 2, "heldout551": 4, "heldout553": 2, "heldout554": 0, "heldout556": 1, "heldout559": 4, "heldout561": 1, "heldout563": 2, "heldout565": 2, "heldout568": 1, "heldout569": 5, "heldout570": 2, "heldout574": 1, "heldout575": 1}


# Sets with fewer than 25 required items: their own count
SMALL_SETS = {"heldout75": 19, "heldout81": 21, "heldout85": 19, "heldout101": 20, "heldout113": 19, "heldout114": 4,
              "heldout115": 9, "heldout116": 9, "heldout117": 6, "heldout118": 20, "heldout119": 16, "heldout120": 1,
              "heldout122": 17, "heldout123": 12, "heldout124": 6, "heldout126": 21, "heldout127": 24,
              "heldout128": 3, "heldout129": 10, "heldout131": 6, "heldout134": 23, "heldout136": 21,
              "heldout137": 17, "heldout138": 16, "heldout139": 23, "heldout140": 19, "heldout141": 23,
              "heldout143": 16, "heldout144": 4, "heldout145": 11, "heldout146": 12, "heldout148": 10,
              "heldout149": 9, "heldout151": 21, "heldout152": 16, "heldout153": 21, "heldout154": 15,
              "heldout155": 17, "heldout156": 15, "heldout157": 3, "heldout158": 19, "heldout159": 7,
              "heldout160": 13, "heldout161": 23, "heldout162": 13, "heldout163": 4, "heldout165": 14,
              "heldout166": 24, "heldout167": 12, "heldout168": 21, "heldout169": 22, "heldout170": 18,
              "heldout171": 22, "heldout173": 18, "heldout174": 16, "heldout176": 19, "heldout178": 13,
              "heldout180": 24, "heldout181": 23, "heldout182": 17, "heldout183": 20, "heldout184": 20,
              "heldout185": 16, "heldout186": 16, "heldout187": 20, "heldout188": 20, "heldout189": 14,
              "heldout190": 24, "heldout191": 19, "heldout193": 24, "heldout194": 20, "heldout195": 10,
              "heldout196": 13, "heldout197": 10, "heldout198": 15, "heldout199": 4, "heldout200": 1,
              "heldout201": 19, "heldout202": 15, "heldout203": 18, "heldout204": 20, "heldout205": 8,
              "heldout206": 6, "heldout207": 18, "heldout208": 11, "heldout209": 17, "heldout210": 11,
              "heldout211": 18, "heldout212": 17, "heldout213": 14, "heldout214": 18, "heldout215": 19,
              "heldout216": 21, "heldout217": 11, "heldout218": 19, "heldout219": 6, "heldout220": 13,
              "heldout221": 6, "heldout222": 24, "heldout223": 15, "heldout224": 14, "heldout225": 8,
              "heldout226": 11, "heldout228": 5, "heldout229": 14, "heldout230": 9, "heldout231": 15,
              "heldout232": 9, "heldout233": 14, "heldout234": 9, "heldout235": 19, "heldout236": 12,
              "heldout237": 5, "heldout238": 10, "heldout239": 11, "heldout240": 8, "heldout241": 10,
              "heldout242": 9, "heldout243": 13, "heldout244": 3, "heldout245": 10, "heldout246": 7, "heldout247": 6,
              "heldout248": 8, "heldout249": 13, "heldout250": 5, "heldout251": 15, "heldout252": 5,
              "heldout253": 13, "heldout254": 16, "heldout255": 11, "heldout256": 11, "heldout257": 4,
              "heldout258": 11, "heldout259": 13, "heldout260": 8, "heldout261": 4, "heldout262": 12,
              "heldout263": 10, "heldout264": 13, "heldout265": 6, "heldout266": 11, "heldout267": 15,
              "heldout268": 4, "heldout269": 7, "heldout270": 10, "heldout271": 14, "heldout272": 16,
              "heldout273": 11, "heldout274": 10, "heldout275": 8, "heldout276": 11, "heldout277": 7,
              "heldout278": 6, "heldout279": 3, "heldout280": 17, "heldout281": 14, "heldout282": 9,
              "heldout283": 10, "heldout284": 15, "heldout285": 3, "heldout286": 13, "heldout287": 3,
              "heldout288": 6, "heldout289": 15, "heldout290": 4, "heldout291": 3, "heldout292": 10,
              "heldout293": 10, "heldout294": 1, "heldout295": 12, "heldout296": 5, "heldout297": 8, "heldout298": 8,
              "heldout299": 4, "heldout300": 10, "heldout301": 13, "heldout302": 22, "heldout303": 3,
              "heldout304": 12, "heldout305": 6, "heldout306": 5, "heldout307": 11, "heldout308": 13,
              "heldout309": 13, "heldout310": 9, "heldout311": 11, "heldout312": 9, "heldout313": 11,
              "heldout314": 15, "heldout315": 14, "heldout316": 16, "heldout317": 12, "heldout318": 11,
              "heldout319": 12, "heldout320": 17, "heldout321": 5, "heldout322": 6, "heldout323": 13,
              "heldout324": 3, "heldout325": 12, "heldout326": 4, "heldout327": 9, "heldout328": 6, "heldout329": 4,
              "heldout330": 9, "heldout331": 5, "heldout332": 6, "heldout333": 5, "heldout334": 8, "heldout335": 6,
              "heldout336": 6, "heldout337": 5, "heldout338": 17, "heldout339": 6, "heldout340": 18,
              "heldout341": 16, "heldout342": 10, "heldout343": 3, "heldout344": 3, "heldout345": 11,
              "heldout346": 13, "heldout347": 10, "heldout348": 13, "heldout349": 16, "heldout350": 13,
              "heldout351": 13, "heldout352": 18, "heldout353": 18, "heldout354": 16, "heldout355": 4,
              "heldout356": 12, "heldout357": 14, "heldout358": 15, "heldout359": 7, "heldout360": 19,
              "heldout361": 9, "heldout362": 12, "heldout363": 6, "heldout364": 4, "heldout365": 19,
              "heldout366": 21, "heldout367": 12, "heldout368": 10, "heldout369": 13, "heldout370": 11,
              "heldout371": 4, "heldout372": 11, "heldout373": 7, "heldout374": 3,
              "heldout375": 3, "heldout376": 9, "heldout377": 6, "heldout378": 1, "heldout379": 11, "heldout380": 6, "heldout381": 8, "heldout382": 15, "heldout383": 8, "heldout384": 6, "heldout385": 9, "heldout386": 10, "heldout387": 11, "heldout388": 7, "heldout389": 3, "heldout390": 13,
              "heldout391": 1, "heldout392": 3, "heldout393": 2, "heldout394": 9, "heldout395": 10, "heldout396": 10, "heldout397": 4,
              "heldout398": 5, "heldout399": 7, "heldout400": 8, "heldout401": 5, "heldout402": 14, "heldout403": 11,
              "heldout404": 8, "heldout405": 7, "heldout406": 6, "heldout407": 2, "heldout408": 2,
              "heldout409": 7, "heldout410": 10, "heldout411": 5, "heldout412": 2, "heldout413": 1, "heldout414": 21,
              "heldout415": 20, "heldout416": 9, "heldout417": 15, "heldout418": 16, "heldout419": 19, "heldout420": 7,
              "heldout421": 2, "heldout422": 21, "heldout423": 10, "heldout424": 9, "heldout425": 18, "heldout426": 6,
              "heldout427": 5, "heldout428": 7,
              "heldout429": 8, "heldout430": 9, "heldout431": 12, "heldout432": 8, "heldout433": 10, "heldout434": 12, "heldout435": 9,
              "heldout436": 10, "heldout437": 9, "heldout438": 13, "heldout439": 15, "heldout440": 20, "heldout441": 9, "heldout442": 16,
              "heldout443": 10, "heldout444": 12, "heldout445": 9, "heldout446": 6, "heldout447": 8, "heldout448": 8, "heldout449": 11,
              "heldout450": 3, "heldout451": 5, "heldout452": 7, "heldout453": 11, "heldout454": 15, "heldout455": 17, "heldout456": 12,
              "heldout457": 4, "heldout458": 16, "heldout459": 2, "heldout460": 13, "heldout461": 11, "heldout462": 13, "heldout463": 11,
              "heldout464": 3, "heldout465": 6, "heldout466": 4, "heldout467": 3, "heldout468": 10, "heldout469": 12, "heldout470": 11,
              "heldout471": 9, "heldout472": 4, "heldout473": 6, "heldout474": 5, "heldout475": 7, "heldout476": 8, "heldout477": 16,
              "heldout478": 8, "heldout479": 5, "heldout480": 11, "heldout481": 4, "heldout482": 6, "heldout483": 9, "heldout484": 15,
              "heldout485": 13, "heldout486": 15, "heldout488": 7, "heldout489": 14, "heldout490": 13, "heldout491": 15, "heldout492": 16,
              "heldout493": 13, "heldout494": 4, "heldout495": 8, "heldout496": 4, "heldout497": 2, "heldout498": 11, "heldout499": 17,
              "heldout500": 12, "heldout501": 13, "heldout502": 3, "heldout503": 20, "heldout504": 9, "heldout505": 8, "heldout506": 4,
              "heldout507": 8, "heldout508": 7, "heldout510": 4, "heldout511": 5, "heldout512": 9, "heldout513": 6, "heldout514": 9,
              "heldout515": 8, "heldout516": 9, "heldout517": 9, "heldout518": 4, "heldout519": 11, "heldout520": 12, "heldout521": 11,
              "heldout522": 14, "heldout523": 7, "heldout524": 10, "heldout525": 11, "heldout526": 7, "heldout527": 10, "heldout528": 17,
              "heldout529": 12, "heldout530": 4, "heldout531": 15, "heldout532": 6, "heldout533": 1, "heldout534": 10, "heldout535": 3,
              "heldout536": 16, "heldout537": 12, "heldout538": 13, "heldout539": 10, "heldout540": 10, "heldout541": 6, "heldout542": 20, "heldout543": 15, "heldout544": 14, "heldout545": 11, "heldout546": 12, "heldout547": 17,
              "heldout548": 6, "heldout549": 11, "heldout550": 17, "heldout551": 18, "heldout552": 16, "heldout553": 10,
              "heldout554": 17, "heldout555": 22, "heldout556": 13, "heldout557": 17, "heldout558": 7, "heldout559": 12,
              "heldout560": 9, "heldout561": 13, "heldout562": 17, "heldout563": 14, "heldout564": 7, "heldout565": 9,
              "heldout566": 11, "heldout567": 11, "heldout568": 15, "heldout569": 15, "heldout570": 14, "heldout571": 13,
              "heldout572": 5, "heldout573": 19, "heldout574": 15, "heldout575": 16, "heldout576": 14, "heldout577": 10}


@pytest.fixture(scope="module")
def scored(geo):
    return {name: totals(score_folder(GOLD_SETS[name], geocoder=geo)) for name, _, _ in FLOORS}


@pytest.mark.parametrize("name,f1_floor,deaths_floor", FLOORS)
def test_gold_set_scores_hold(scored, name: str, f1_floor: float, deaths_floor: float) -> None:
    total = scored[name]
    assert total.required >= SMALL_SETS.get(name, 25), "the gold set lost items"
    assert total.f1 >= f1_floor, total.line(name)
    assert total.deaths_right >= deaths_floor * total.deaths_stated, total.line(name)


def test_every_gold_set_has_its_floor() -> None:
    # GOLD_SETS is read from the folders: a set merged without its floor would be scored by nothing
    assert [name for name, _, _ in FLOORS] == list(GOLD_SETS)


@pytest.mark.parametrize("name", [name for name, _, _ in FLOORS])
def test_gold_sets_have_no_trap_hit_or_no_more_than_left(scored, name: str) -> None:
    assert scored[name].traps <= TRAP_CEILINGS.get(name, 0), scored[name].line(name)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not available")
def test_shared_corpus_scores_hold(geo) -> None:
    total = totals(score_folder(CORPUS, geocoder=geo))
    assert total.f1 >= 0.93 and total.traps == 0, total.line("corpus")
    assert total.deaths_right >= 0.8 * total.deaths_stated, total.line("corpus")


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_items_are_well_formed_and_can_be_matched(name: str) -> None:
    """Every item has its fields, a date the scorer reads, and can match some record: with both
    ``places`` and ``state_level_only`` the record must be state level and located in ``places``,
    so the state itself must be one of them (an annotator meaning "these towns or the state"
    writes the state's name in ``places`` instead)."""
    folder = GOLD_SETS[name]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for key, entry in gold.items():
        if key.startswith("_"):
            continue
        assert (folder / f"{key}.txt").is_file(), key
        for item in entry.get("required", []) + entry.get("optional", []):
            assert item.get("types") and ("admin1" in item or "country" in item), (key, item)
            assert item.get("date") is None or _DATE.fullmatch(item["date"]), (key, item)
            if item.get("state_level_only") and item.get("places"):
                names = {place.casefold() for place in item["places"]}
                assert (item.get("admin1") or "").casefold() in names, (key, item.get("note", "")[:80])
