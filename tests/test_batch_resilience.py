"""A bug on one document of a batch gives that line an error; the batch goes on."""

import json

from click.testing import CliRunner

from eventatlas.cli import cli


def test_internal_error_on_one_line_does_not_end_the_batch(home, tmp_path, monkeypatch):
    from eventatlas.pipeline import Pipeline

    real = Pipeline.extract

    def flaky(self, text, published=None, **kw):
        if "BOOM" in text:
            raise RuntimeError("simulated bug")
        return real(self, text, published, **kw)

    monkeypatch.setattr(Pipeline, "extract", flaky)
    lines = [
        {"id": "a", "text": "Gunmen shot dead a trader in Khulna city on 2 June 2018."},
        {"id": "b", "text": "BOOM"},
        {"id": "c", "text": "Students staged a protest in Rajshahi on 5 May 2019."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(src)], env={"EVENTATLAS_HOME": str(home)})
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.output.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert "internal error" in out[1]["error"] and "Traceback" not in result.output
    assert out[0]["events"] and out[2]["events"]
