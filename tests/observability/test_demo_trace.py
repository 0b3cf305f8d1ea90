"""``kazinex-planner demo --trace`` prints the run's span tree, groups above their calls."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kazinex_planner.cli._app import cli


def test_demo_trace_prints_a_folded_tree(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "out"), "--trace"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("trace (siblings of one name folded: count, summed duration)")
    tree = lines[start + 1 :]
    assert tree[0].startswith("kazinex-planner demo ")
    # Each upload groups one call with one POST attempt under it; export groups its reads.
    upload = next(
        i for i, line in enumerate(tree) if line.startswith("  kazinex_planner upload ×3")
    )
    assert tree[upload + 1].startswith("    kazinex_planner schedules.upload ×3")
    assert tree[upload + 2].startswith("      POST ×3")
    export = next(i for i, line in enumerate(tree) if line.startswith("  kazinex_planner export"))
    assert tree[export + 1].startswith("    kazinex_planner ")
    assert any(line.startswith("  kazinex_planner wait ×3") for line in tree)
