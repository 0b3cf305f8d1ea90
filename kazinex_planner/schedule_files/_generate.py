"""Synthetic, realistic XER files: sample schedules for the demo, the emulator and benchmarks.

Real customer files cannot ship with the SDK, so this writes one that looks like a P6
export: the tables and columns P6 writes (``ERMHDR``, ``CURRTYPE``, ``UMEASURE``,
``PROJECT``, ``CALENDAR``, ``PROJWBS``, ``RSRC``, ``RSRCRATE``, ``TASK``, ``TASKMEMO``,
``TASKPRED``, ``TASKRSRC``, ``%E``), a CPM-scheduled logic network with progress up to a
data date, and the flaws a quality check should find: a few open ends, a hard constraint,
negative float behind a "finish on or before" constraint, one out-of-sequence activity,
lags and leads. Names include non-ASCII characters and quotes, memos and calendar data use
P6's DEL line breaks. Output is UTF-8 and deterministic for a given set of arguments;
``iter_generate_xer`` yields ~1 MB chunks so that a 500 MB file never sits in memory.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from datetime import date, timedelta

from ._generate_network import HOURS_PER_DAY, Network, WorkClock

__all__ = ["generate_xer", "iter_generate_xer"]

_DEL = "\x7f"
_CHUNK = 1 << 20


def _fields(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_TASK = _fields(
    "task_id proj_id wbs_id clndr_id phys_complete_pct rev_fdbk_flag est_wt lock_plan_flag "
    "auto_compute_act_flag complete_pct_type task_type duration_type status_code task_code "
    "task_name rsrc_id total_float_hr_cnt free_float_hr_cnt remain_drtn_hr_cnt act_work_qty "
    "remain_work_qty target_work_qty target_drtn_hr_cnt target_equip_qty act_equip_qty "
    "remain_equip_qty cstr_date act_start_date act_end_date late_start_date late_end_date "
    "expect_end_date early_start_date early_end_date restart_date reend_date target_start_date "
    "target_end_date rem_late_start_date rem_late_end_date cstr_type priority_type suspend_date "
    "resume_date float_path float_path_order guid tmpl_guid cstr_date2 cstr_type2 "
    "driving_path_flag act_this_per_work_qty act_this_per_equip_qty external_early_start_date "
    "external_late_end_date create_date update_date create_user update_user location_id"
)
_PROJECT = _fields(
    "proj_id fy_start_month_num rsrc_self_add_flag allow_complete_flag rsrc_multi_assign_flag "
    "checkout_flag project_flag step_complete_flag cost_qty_recalc_flag batch_sum_flag "
    "name_sep_char def_complete_pct_type proj_short_name acct_id orig_proj_id source_proj_id "
    "base_type_id clndr_id sum_base_proj_id task_code_base task_code_step priority_num "
    "wbs_max_sum_level strgy_priority_num last_checksum critical_drtn_hr_cnt def_cost_per_qty "
    "last_recalc_date plan_start_date plan_end_date scd_end_date add_date last_tasksum_date "
    "fcst_start_date def_duration_type task_code_prefix guid def_qty_type add_by_name "
    "web_local_root_path proj_url def_rate_type add_act_remain_flag act_this_per_link_flag "
    "def_task_type act_pct_link_flag critical_path_type task_code_prefix_flag "
    "def_rollup_dates_flag use_project_baseline_flag rem_target_link_flag reset_planned_flag "
    "allow_neg_act_flag sum_assign_level last_fin_dates_id last_baseline_update_date "
    "cr_external_key apply_actuals_date location_id loaded_scope_level export_flag "
    "new_fin_dates_id baselines_to_export baseline_names_to_export next_data_date "
    "close_period_flag sum_refresh_date trsrcsum_loaded"
)
_CURRTYPE = _fields(
    "curr_id decimal_digit_cnt curr_symbol decimal_symbol digit_group_symbol pos_curr_fmt_type "
    "neg_curr_fmt_type curr_type curr_short_name group_digit_cnt base_exch_rate"
)
_UMEASURE = _fields("unit_id seq_num unit_abbrev unit_name")
_CALENDAR = _fields(
    "clndr_id default_flag clndr_name proj_id base_clndr_id last_chng_date clndr_type "
    "day_hr_cnt week_hr_cnt month_hr_cnt year_hr_cnt rsrc_private clndr_data"
)
_WBS = _fields(
    "wbs_id proj_id obs_id seq_num est_wt proj_node_flag sum_data_flag status_code "
    "wbs_short_name wbs_name phase_id parent_wbs_id ev_user_pct ev_etc_user_value orig_cost "
    "indep_remain_total_cost ann_dscnt_rate_pct dscnt_period_type indep_remain_work_qty "
    "anticip_start_date anticip_end_date ev_compute_type ev_etc_compute_type guid tmpl_guid "
    "plan_open_state"
)
_RSRC = _fields(
    "rsrc_id parent_rsrc_id clndr_id role_id shift_id user_id pobs_id guid rsrc_seq_num "
    "email_addr employee_code office_phone other_phone rsrc_name rsrc_short_name "
    "rsrc_title_name def_qty_per_hr cost_qty_type ot_factor active_flag auto_compute_act_flag "
    "def_cost_qty_link_flag ot_flag curr_id unit_id rsrc_type location_id rsrc_notes "
    "load_tasks_flag level_flag last_checksum"
)
_RSRCRATE = _fields(
    "rsrc_rate_id rsrc_id max_qty_per_hr cost_per_qty start_date shift_period_id cost_per_qty2 "
    "cost_per_qty3 cost_per_qty4 cost_per_qty5"
)
_TASKMEMO = _fields("memo_id task_id memo_type_id task_notes proj_id")
_TASKPRED = _fields(
    "task_pred_id task_id pred_task_id proj_id pred_proj_id pred_type lag_hr_cnt float_path "
    "aref arls"
)
_TASKRSRC = _fields(
    "taskrsrc_id task_id proj_id cost_qty_link_flag role_id acct_id rsrc_id pobs_id skill_level "
    "remain_qty target_qty remain_qty_per_hr target_lag_drtn_hr_cnt target_qty_per_hr "
    "act_ot_qty act_reg_qty relag_drtn_hr_cnt ot_factor cost_per_qty target_cost act_reg_cost "
    "act_ot_cost remain_cost act_start_date act_end_date restart_date reend_date "
    "target_start_date target_end_date rem_late_start_date rem_late_end_date rollup_dates_flag "
    "target_crv remain_crv actual_crv ts_pend_act_end_flag guid rate_type act_this_per_cost "
    "act_this_per_qty curv_id rsrc_type cost_per_qty_source_type create_user create_date "
    "has_rsrchours taskrsrc_sum_id"
)

_VERBS = (
    "Install", "Excavate", "Pour", "Erect", "Fabricate", "Inspect", "Commission", "Design",
    "Procure", "Test", "Survey", "Backfill", "Paint", "Wire", "Approve", "Deliver",
)  # fmt: skip
_OBJECTS = (
    "foundations", "steel frame", "roof deck", "HVAC ducts", "switchgear", "façade panels",
    "drainage", "pile caps", "lift shaft", "fire stopping", "cable trays", "Café fit-out",
    "Lüftung level 2", '12" water main', "sprinklers", "curtain wall",
)  # fmt: skip
_AREAS = ("Zone A", "Zone B", "Zone C", "North Wing", "South Wing", "Podium", "Tower", "Basement")
_PHASES = (
    "Engineering", "Procurement", "Civil Works", "Structure", "Envelope", "MEP", "Fit-out",
    "Commissioning",
)  # fmt: skip
_RESOURCES = (
    ("Labourer", "RT_Labor"), ("Carpenter", "RT_Labor"), ("Electrician", "RT_Labor"),
    ("Crane 50t", "RT_Equip"), ("Excavator", "RT_Equip"), ("Concrete C30", "RT_Mat"),
    ("Rebar", "RT_Mat"), ("Site Engineer", "RT_Labor"), ("Welder", "RT_Labor"),
    ("Scaffolding", "RT_Equip"),
)  # fmt: skip

_WORKDAY = "(0||0(s|08:00|f|16:00)())"
_CALENDAR_DATA = _DEL.join(
    [
        "(0||CalendarData()(",
        "  (0||DaysOfWeek()(",
        *(f"    (0||{d}()({'' if d in (1, 7) else _WORKDAY}))" for d in range(1, 8)),
        "  ))",
        "  (0||Exceptions()())",
        "))",
    ]
)


class _Writer:
    """Collects XER lines and hands out ~1 MB UTF-8 chunks."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.fields: tuple[str, ...] = ()
        self.blank: dict[str, str] = {}

    def table(self, name: str, fields: tuple[str, ...]) -> None:
        self.fields = fields
        self.blank = dict.fromkeys(fields, "")
        self.add(f"%T\t{name}")
        self.add("%F\t" + "\t".join(fields))

    def add(self, line: str) -> None:
        self.lines.append(line)
        self.size += len(line)

    def row(self, **values: str) -> None:
        """A row of the current table; columns not given are empty."""
        row = self.blank.copy()
        row.update(values)
        self.add("%R\t" + "\t".join(row.values()))

    def full(self) -> bool:
        return self.size >= _CHUNK

    def take(self) -> bytes:
        data = ("\n".join(self.lines) + "\n").encode("utf-8")
        self.lines = []
        self.size = 0
        return data


def _guid(rng: random.Random) -> str:
    return base64.b64encode(rng.getrandbits(128).to_bytes(16, "big")).decode("ascii")[:22]


class _Generator:
    def __init__(self, projects: int, activities: int, seed: int, version: str) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.version = version
        self.out = _Writer()
        self.clock = WorkClock(date(2024, 1, 8) + timedelta(days=7 * (seed % 13)))
        first = 10_000 + 1_000 * (seed % 7)
        self.proj_ids = [str(first + p) for p in range(projects)]
        self.networks = [Network(self.rng, activities) for _ in range(projects)]
        self.task_ids: list[list[str]] = []
        self.leaves: list[list[str]] = []
        self.status: list[list[str]] = []
        self.resources = max(6, min(400, projects * activities // 40))
        self.rsrc_types = [_RESOURCES[r % len(_RESOURCES)][1] for r in range(self.resources)]
        start = 100_000
        for net in self.networks:
            self.task_ids.append([str(start + i) for i in range(net.n)])
            start += net.n

    def chunks(self) -> Iterator[bytes]:
        self._header()
        self._projects()
        self._calendars()
        yield from self._wbs()
        self._resources()
        for p in range(len(self.networks)):
            yield from self._tasks(p)
        self._memos()
        yield from self._links()
        yield from self._assignments()
        self.out.add("%E")
        yield self.out.take()

    def _header(self) -> None:
        out = self.out
        header = ("ERMHDR", self.version, "2024-03-01", "Project", "admin", "Kazinex Demo")
        out.add("\t".join((*header, "dbxDatabaseNoName", "Project Management", "USD")))
        out.table("CURRTYPE", _CURRTYPE)
        out.row(curr_id="1", decimal_digit_cnt="2", curr_symbol="$", decimal_symbol=".",
                digit_group_symbol=",", pos_curr_fmt_type="#1.1", neg_curr_fmt_type="(#1.1)",
                curr_type="US Dollar", curr_short_name="USD", group_digit_cnt="3",
                base_exch_rate="1")  # fmt: skip
        out.table("UMEASURE", _UMEASURE)
        out.row(unit_id="1", seq_num="0", unit_abbrev="m3", unit_name="Cubic metre")
        out.row(unit_id="2", seq_num="1", unit_abbrev="t", unit_name="Tonne")

    def _projects(self) -> None:
        out, clock = self.out, self.clock
        out.table("PROJECT", _PROJECT)
        for p, net in enumerate(self.networks):
            out.row(
                proj_id=self.proj_ids[p], fy_start_month_num="1", rsrc_self_add_flag="Y",
                allow_complete_flag="Y", rsrc_multi_assign_flag="Y", checkout_flag="N",
                project_flag="Y", step_complete_flag="N", cost_qty_recalc_flag="N",
                batch_sum_flag="Y", name_sep_char=".", def_complete_pct_type="CP_Drtn",
                proj_short_name=self._code(p), clndr_id="1", task_code_base="1000",
                task_code_step="10", priority_num="10", wbs_max_sum_level="2",
                strgy_priority_num="500", critical_drtn_hr_cnt="0", def_cost_per_qty="0.0000",
                last_recalc_date=clock(net.data_date), plan_start_date=clock(0),
                scd_end_date=clock(net.finish, finish=True), add_date="2024-01-02 09:00",
                def_duration_type="DT_FixedDUR2", task_code_prefix="A", guid=_guid(self.rng),
                def_qty_type="QT_Hour", add_by_name="admin", def_rate_type="COST_PER_QTY",
                add_act_remain_flag="N", act_this_per_link_flag="Y", def_task_type="TT_Task",
                act_pct_link_flag="N", critical_path_type="CT_TotFloat",
                task_code_prefix_flag="Y", def_rollup_dates_flag="Y",
                use_project_baseline_flag="Y", rem_target_link_flag="Y",
                reset_planned_flag="N", allow_neg_act_flag="N", sum_assign_level="SL_Taskrsrc",
                export_flag="Y",
            )  # fmt: skip

    def _code(self, p: int) -> str:
        return f"KZX-{self.seed}-{p + 1:02d}"

    def _calendars(self) -> None:
        out = self.out
        out.table("CALENDAR", _CALENDAR)
        common = {
            "last_chng_date": "2024-01-02 00:00", "day_hr_cnt": "8", "week_hr_cnt": "40",
            "month_hr_cnt": "172", "year_hr_cnt": "2000", "rsrc_private": "N",
            "clndr_data": _CALENDAR_DATA,
        }  # fmt: skip
        out.row(clndr_id="1", default_flag="Y", clndr_name="Standard 5x8", clndr_type="CA_Base",
                **common)  # fmt: skip
        out.row(clndr_id="2", default_flag="N", clndr_name="Equipment 5x8", clndr_type="CA_Rsrc",
                **common)  # fmt: skip
        for p, proj_id in enumerate(self.proj_ids):
            out.row(clndr_id=str(3 + p), default_flag="N", clndr_name=f"Project {p + 1} 5x8",
                    proj_id=proj_id, base_clndr_id="1", clndr_type="CA_Project",
                    **common)  # fmt: skip

    def _wbs(self) -> Iterator[bytes]:
        """The project root, one node per phase, and work packages of ~25 activities."""
        out, rng = self.out, self.rng
        out.table("PROJWBS", _WBS)
        next_id = 50_000
        common = {"obs_id": "1", "est_wt": "1", "sum_data_flag": "N", "status_code": "WS_Open",
                  "ev_compute_type": "EC_Cmp_pct", "ev_etc_compute_type": "EE_Rem_hr",
                  "orig_cost": "0.0000", "indep_remain_total_cost": "0.0000"}  # fmt: skip
        for p, net in enumerate(self.networks):
            proj_id, root = self.proj_ids[p], str(next_id)
            next_id += 1
            out.row(wbs_id=root, proj_id=proj_id, seq_num="0", proj_node_flag="Y",
                    wbs_short_name=self._code(p), parent_wbs_id="100", guid=_guid(rng),
                    wbs_name=f"Kazinex demo project {p + 1} – Café & Façade works",
                    **common)  # fmt: skip
            packages = max(1, net.n // 25)
            phases = min(len(_PHASES), max(1, packages // 4))
            phase_ids = [str(next_id + k) for k in range(phases)]
            next_id += phases
            for k, phase_id in enumerate(phase_ids):
                out.row(wbs_id=phase_id, proj_id=proj_id, seq_num=str(k), proj_node_flag="N",
                        wbs_short_name=str(k + 1), wbs_name=_PHASES[k], parent_wbs_id=root,
                        guid=_guid(rng), **common)  # fmt: skip
            leaves = []
            for k in range(packages):
                leaf = str(next_id)
                next_id += 1
                leaves.append(leaf)
                out.row(wbs_id=leaf, proj_id=proj_id, seq_num=str(k), proj_node_flag="N",
                        wbs_short_name=str(k % 4 + 1),
                        parent_wbs_id=phase_ids[k * phases // packages],
                        wbs_name=f"{_AREAS[k % len(_AREAS)]} package {k + 1}", guid=_guid(rng),
                        **common)  # fmt: skip
                if out.full():
                    yield out.take()
            self.leaves.append(leaves)

    def _resources(self) -> None:
        out = self.out
        out.table("RSRC", _RSRC)
        for r, rtype in enumerate(self.rsrc_types):
            name = _RESOURCES[r % len(_RESOURCES)][0]
            out.row(rsrc_id=str(900 + r), clndr_id="2" if rtype == "RT_Equip" else "1",
                    guid=_guid(self.rng), rsrc_seq_num=str(r), rsrc_short_name=f"R{r:04d}",
                    rsrc_name=f"{name} {r // len(_RESOURCES) + 1}", def_qty_per_hr="1",
                    cost_qty_type="QT_Hour", active_flag="Y", auto_compute_act_flag="N",
                    def_cost_qty_link_flag="Y", ot_flag="N", curr_id="1",
                    unit_id="1" if rtype == "RT_Mat" else "", rsrc_type=rtype)  # fmt: skip
        out.table("RSRCRATE", _RSRCRATE)
        for r in range(self.resources):
            out.row(rsrc_rate_id=str(5000 + r), rsrc_id=str(900 + r), max_qty_per_hr="1",
                    cost_per_qty=f"{self._rate(r)}.0000",
                    start_date="2024-01-01 00:00")  # fmt: skip

    @staticmethod
    def _rate(r: int) -> int:
        return 45 + (r * 7) % 80

    def _tasks(self, p: int) -> Iterator[bytes]:
        """One project's TASK rows (the table header comes with the first project)."""
        out, rng, clock, net = self.out, self.rng, self.clock, self.networks[p]
        if p == 0:
            out.table("TASK", _TASK)
        n, data_date, ids, leaves = net.n, net.data_date, self.task_ids[p], self.leaves[p]
        # One activity progressed out of sequence: started while its FS predecessor has not.
        oos = next(
            (i for i in range(n // 2, n - 1)
             if net.es[i] > data_date and net.dur[i] > 0
             and any(k == "PR_FS" and net.es[q] > data_date for q, k, _ in net.preds[i])),
            None,
        )  # fmt: skip
        per_leaf = -(-n // len(leaves))
        statuses = []
        for i in range(n):
            es, dur, lf, kind = net.es[i], net.dur[i], net.lf[i], net.kind[i]
            ef = es + dur
            act_start = act_end = -1
            if ef <= data_date and (dur > 0 or es < data_date):
                status, act_start, act_end, remain = "TK_Complete", es, ef, 0
            elif es < data_date or i == oos:
                status = "TK_Active"
                act_start = es if i != oos else data_date - HOURS_PER_DAY
                remain = max(ef - data_date, HOURS_PER_DAY if dur else 0)
            else:
                status, remain = "TK_NotStart", dur
            statuses.append(status)
            if status == "TK_Complete":
                total_float = free_float = ""
                early_start, early_finish = clock(act_start), clock(act_end, finish=True)
                phys = "100"
            else:
                now = max(es, data_date) if status == "TK_Active" else es
                early_start, early_finish = clock(now), clock(now + remain, finish=True)
                total_float = str(lf - ef)
                free_float = str(max(0, min(lf - ef, HOURS_PER_DAY * rng.randrange(3))))
                phys = "0" if status == "TK_NotStart" else str(rng.randrange(10, 90))
            constraint, constraint_date = "", ""
            if i in net.constraints:
                constraint, hours = net.constraints[i]
                constraint_date = clock(hours, finish=constraint == "CS_MEOB")
            late_start, late_finish = clock(lf - dur), clock(lf, finish=True)
            work = str(dur)
            out.row(
                task_id=ids[i], proj_id=self.proj_ids[p],
                wbs_id=leaves[min(i // per_leaf, len(leaves) - 1)],
                clndr_id=str(3 + p), phys_complete_pct=phys, rev_fdbk_flag="N", est_wt="1",
                lock_plan_flag="N", auto_compute_act_flag="N",
                complete_pct_type="CP_Phys" if i % 7 == 0 else "CP_Drtn", task_type=kind,
                duration_type="DT_FixedDUR2" if i % 5 else "DT_FixedDrtn", status_code=status,
                task_code=f"A{1000 + 10 * i}", task_name=self._name(i, n, kind),
                total_float_hr_cnt=total_float, free_float_hr_cnt=free_float,
                remain_drtn_hr_cnt=str(remain),
                act_work_qty=work if status == "TK_Complete" else "0",
                remain_work_qty="0" if status == "TK_Complete" else work, target_work_qty=work,
                target_drtn_hr_cnt=work, target_equip_qty="0", act_equip_qty="0",
                remain_equip_qty="0", cstr_date=constraint_date,
                act_start_date=clock(act_start) if act_start >= 0 else "",
                act_end_date=clock(act_end, finish=True) if act_end >= 0 else "",
                late_start_date=late_start, late_end_date=late_finish,
                early_start_date=early_start, early_end_date=early_finish,
                restart_date=early_start, reend_date=early_finish,
                target_start_date=clock(es), target_end_date=clock(ef, finish=True),
                rem_late_start_date=late_start, rem_late_end_date=late_finish,
                cstr_type=constraint, priority_type="PT_Normal", guid=_guid(rng),
                driving_path_flag="Y" if total_float and int(total_float) <= 0 else "N",
                act_this_per_work_qty="0", act_this_per_equip_qty="0",
                create_date="2024-01-02 09:00", update_date="2024-03-01 17:00",
                create_user="admin", update_user="admin",
            )  # fmt: skip
            if out.full():
                yield out.take()
        self.status.append(statuses)

    def _name(self, i: int, n: int, kind: str) -> str:
        rng, area = self.rng, _AREAS[i % len(_AREAS)]
        name = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} – {area}"
        if kind == "TT_Mile":
            return "Notice to proceed" if i == 0 else f"Milestone: {name}"
        if kind == "TT_FinMile":
            return "Project complete" if i == n - 1 else f"Milestone: {name} done"
        if kind == "TT_LOE":
            return f"Supervision (LOE) – {area}"
        return name

    def _memos(self) -> None:
        out = self.out
        out.table("TASKMEMO", _TASKMEMO)
        memo = 1
        for p, net in enumerate(self.networks):
            for i in range(0, net.n, max(1, net.n // 5)):
                note = _DEL.join((
                    "<HTML><BODY>", f'Scope note for activity {i}: see "RFI-{i:03d}".',
                    "Coordinate with the site team.", "</BODY></HTML>",
                ))  # fmt: skip
                out.row(memo_id=str(memo), task_id=self.task_ids[p][i], memo_type_id="1",
                        task_notes=note, proj_id=self.proj_ids[p])  # fmt: skip
                memo += 1

    def _links(self) -> Iterator[bytes]:
        out = self.out
        out.table("TASKPRED", _TASKPRED)
        link_id = 200_000
        for p, net in enumerate(self.networks):
            ids, proj_id = self.task_ids[p], self.proj_ids[p]
            for i in range(net.n):
                for pred, kind, lag in net.preds[i]:
                    out.row(task_pred_id=str(link_id), task_id=ids[i], pred_task_id=ids[pred],
                            proj_id=proj_id, pred_proj_id=proj_id, pred_type=kind,
                            lag_hr_cnt=str(lag))  # fmt: skip
                    link_id += 1
                if out.full():
                    yield out.take()

    def _assignments(self) -> Iterator[bytes]:
        out, rng, clock = self.out, self.rng, self.clock
        out.table("TASKRSRC", _TASKRSRC)
        assignment_id = 300_000
        for p, net in enumerate(self.networks):
            ids, proj_id = self.task_ids[p], self.proj_ids[p]
            for i in range(net.n):
                if net.kind[i] not in ("TT_Task", "TT_Rsrc") or rng.random() > 0.7:
                    continue
                status = self.status[p][i]
                qty = float(net.dur[i])
                done = qty if status == "TK_Complete" else qty / 2 if status == "TK_Active" else 0
                start = clock(net.es[i])
                finish = clock(net.es[i] + net.dur[i], finish=True)
                for _ in range(1 if rng.random() < 0.8 else 2):
                    r = rng.randrange(self.resources)
                    cost = self._rate(r)
                    out.row(
                        taskrsrc_id=str(assignment_id), task_id=ids[i], proj_id=proj_id,
                        cost_qty_link_flag="Y", rsrc_id=str(900 + r),
                        remain_qty=f"{qty - done:.0f}",
                        target_qty=f"{qty:.0f}", remain_qty_per_hr="1", target_lag_drtn_hr_cnt="0",
                        target_qty_per_hr="1", act_ot_qty="0", act_reg_qty=f"{done:.0f}",
                        relag_drtn_hr_cnt="0", cost_per_qty=f"{cost}.0000",
                        target_cost=f"{qty * cost:.2f}", act_reg_cost=f"{done * cost:.2f}",
                        act_ot_cost="0.00", remain_cost=f"{(qty - done) * cost:.2f}",
                        act_start_date=start if status != "TK_NotStart" else "",
                        act_end_date=finish if status == "TK_Complete" else "",
                        restart_date="" if status == "TK_Complete" else start,
                        reend_date="" if status == "TK_Complete" else finish,
                        target_start_date=start, target_end_date=finish, rollup_dates_flag="Y",
                        ts_pend_act_end_flag="N", guid=_guid(rng), rate_type="COST_PER_QTY",
                        act_this_per_cost="0.00", act_this_per_qty="0",
                        rsrc_type=self.rsrc_types[r], cost_per_qty_source_type="ST_Rsrc",
                        create_user="admin", create_date="2024-01-02 09:00",
                    )  # fmt: skip
                    assignment_id += 1
                if out.full():
                    yield out.take()


def iter_generate_xer(
    *, projects: int = 1, activities_per_project: int = 100, seed: int = 0, version: str = "19.12"
) -> Iterator[bytes]:
    """Yield a synthetic XER file in ~1 MB chunks (see :func:`generate_xer`)."""
    if projects < 1 or activities_per_project < 1:
        raise ValueError("projects and activities_per_project must be at least 1")
    return _Generator(projects, activities_per_project, seed, version).chunks()


def generate_xer(
    *, projects: int = 1, activities_per_project: int = 100, seed: int = 0, version: str = "19.12"
) -> bytes:
    """A deterministic, realistic synthetic XER file (UTF-8 bytes).

    It holds ``projects`` projects of ``activities_per_project`` activities each (mixed
    types: tasks, resource-dependent, level of effort, start and finish milestones), their
    WBS with one root node per project, calendars, resources with rates, assignments, memos
    and a logic network with lags and leads. ``seed`` varies names, durations, logic and
    which activities carry the deliberate flaws (open ends, a hard constraint, negative
    float, out-of-sequence progress).
    """
    return b"".join(
        iter_generate_xer(
            projects=projects,
            activities_per_project=activities_per_project,
            seed=seed,
            version=version,
        )
    )
