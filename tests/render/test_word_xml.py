"""Elements the DOCX writer adds go where Word's schema puts them (Word refuses a file whose children are out of
order), and an element set twice is replaced, never doubled."""

from __future__ import annotations

from docx.oxml.ns import qn

from toolkit.render.word_xml import RPR_ORDER, element, set_child


def _names(parent) -> list[str]:
    return [child.tag.split("}")[1] for child in parent]


def test_a_child_goes_in_its_schema_place_whatever_order_it_is_added_in():
    properties = element("w:rPr")
    set_child(properties, element("w:lang", val="en-US"), RPR_ORDER)
    set_child(properties, element("w:b"), RPR_ORDER)
    set_child(properties, element("w:sz", val=19), RPR_ORDER)
    set_child(properties, element("w:rFonts", ascii="Lato"), RPR_ORDER)
    assert _names(properties) == ["rFonts", "b", "sz", "lang"]


def test_setting_a_child_again_replaces_it():
    properties = element("w:rPr")
    set_child(properties, element("w:sz", val=19), RPR_ORDER)
    set_child(properties, element("w:sz", val=22), RPR_ORDER)
    assert _names(properties) == ["sz"] and properties[0].get(qn("w:val")) == "22"


def test_an_element_carries_its_attributes_in_the_word_namespace():
    size = element("w:sz", val=19)
    assert size.tag == qn("w:sz") and size.get(qn("w:val")) == "19"
