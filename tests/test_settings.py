"""Settings: enumerated values are typed, and a bad environment value is one clean line."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from livret_qa.errors import SettingsError
from livret_qa.serving import cli
from livret_qa.settings import get_settings


def test_a_bad_backend_names_the_variable_and_the_allowed_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LIVRET_QA_QUERY_BACKEND", "gpu")
    with pytest.raises(SettingsError) as caught:
        get_settings()
    message = str(caught.value)
    assert "\n" not in message
    assert "LIVRET_QA_QUERY_BACKEND='gpu'" in message and "'torch' or 'nano'" in message


def test_every_bad_setting_is_named_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVRET_QA_QUERY_BACKEND", "gpu")
    monkeypatch.setenv("LIVRET_QA_DENSE_WEIGHT", "heavy")
    with pytest.raises(SettingsError) as caught:
        get_settings()
    message = str(caught.value)
    assert "\n" not in message
    assert "LIVRET_QA_QUERY_BACKEND" in message and "LIVRET_QA_DENSE_WEIGHT='heavy'" in message


def test_a_backend_typed_by_hand_is_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVRET_QA_QUERY_BACKEND", " Nano ")
    assert get_settings().query_backend == "nano"


@pytest.mark.parametrize("command", [["search", "x"], ["ask", "x"], ["serve"], ["fiches"]])
def test_the_cli_reports_a_bad_setting_as_one_line(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LIVRET_QA_QUERY_BACKEND", "gpu")
    monkeypatch.setattr(sys, "argv", ["livret-qa", *command])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: Bad setting: LIVRET_QA_QUERY_BACKEND='gpu'")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_backend_option_takes_only_the_two_backends() -> None:
    result = CliRunner().invoke(cli.app, ["search", "--backend", "gpu", "x"])
    assert result.exit_code == 2
    assert "Invalid value for '--backend'" in result.output
    assert "'gpu' is not one of" in result.output
