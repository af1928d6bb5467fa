"""The checksums: a BSN passes the 11-test, an IBAN mod-97; shapes alone do not."""

from klachtanalyse.privacy.checks import elfproef, iban_valid


def test_elfproef_accepts_valid_bsn_and_rejects_a_changed_digit():
    assert elfproef("123456782")
    assert elfproef("111222333")
    assert not elfproef("123456781")
    assert not elfproef("000000000")
    assert elfproef("12345672") and elfproef("012345672")  # an old 8-digit BSN counts with a leading 0


def test_iban_checksum_with_and_without_spaces():
    assert iban_valid("NL91 ABNA 0417 1643 00")
    assert iban_valid("NL20INGB0001234567")
    assert not iban_valid("NL02 RABO 0123 4567 89")  # check digits wrong
    assert not iban_valid("NL91 ABNA 0417 1643 0")  # one digit short
